package org.shoumi.portal.web.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.content.documents.control.DocumentTimeline;
import org.shoumi.content.documents.control.MarkdownRenderer;
import org.shoumi.content.documents.entity.DocumentKind;
import org.shoumi.content.documents.entity.DocumentVersion;
import org.shoumi.portal.pledges.boundary.Pledges;
import org.shoumi.portal.training.boundary.Acknowledgements;
import org.shoumi.portal.web.shared.NotFound;
import org.shoumi.portal.web.shared.Times;

/**
 * Every version of a rule, duty, pledge template or checklist as it was published, for the auditor and the
 * secrecy office: when each was in force, who published it and when, whether it changed the substance and why,
 * its fingerprint, how many acknowledged it, and its full text. Without a document, the list of documents.
 */
@Named
@RequestScoped
public class DocumentHistoryView {

    @Inject
    org.shoumi.portal.web.shared.Messages messages;

    @Inject
    Documents documents;

    @Inject
    Acknowledgements acknowledgements;

    @Inject
    Pledges pledges;

    @Inject
    Times times;

    @Inject
    ExternalContext external;

    private String key;
    private String version;
    private List<DocumentVersion> versions = List.of();
    private List<Row> rows = List.of();
    private List<DocumentVersion> documentList = List.of();
    private DocumentVersion shown;
    private String shownHtml;

    /**
     * One version as the history lists it: in force from {@code from} until {@code until} (null while nothing has
     * replaced it), both written as a day when the change came at the start of a day, else to the minute;
     * {@code acknowledged} counts the acknowledgements of a rule or duty, the signatures of a pledge template.
     */
    public record Row(DocumentVersion version, String from, String until, boolean neverInForce, boolean inForce,
                      boolean upcoming, long acknowledged, boolean fromPack, Integer carriedBy, String carries) {
    }

    @org.shoumi.portal.web.shared.ChangesNothing
    public void load() throws IOException {
        if (key == null || key.isBlank()) {
            List<DocumentVersion> latest = new ArrayList<>();
            documents.all().values().forEach(list -> latest.add(list.get(list.size() - 1)));
            latest.sort(Comparator.comparing((DocumentVersion v) -> v.getKind().ordinal())
                    .thenComparing(DocumentVersion::getDocumentKey));
            documentList = latest;
            return;
        }
        versions = documents.versions(key);
        if (versions.isEmpty()) {
            NotFound.answer(external);
            return;
        }
        LocalDate today = documents.today();
        ZoneId zone = documents.zone();
        DocumentVersion current = DocumentTimeline.current(versions, today).orElse(null);
        Map<Integer, Long> counts = versions.get(0).getKind() == DocumentKind.PLEDGE ? pledges.signedPerVersion(key)
                : acknowledgements.acknowledgedPerVersion(key);
        List<Row> list = new ArrayList<>();
        for (DocumentVersion v : versions) {
            DocumentTimeline.Period period = DocumentTimeline.period(versions, v, zone, Documents::shipped);
            // a material version replaced before its day is read in the version in force on that day, which asks
            // everyone to read again (DocumentTimeline.requiredVersion); the labels say so (outside check)
            Integer carriedBy = period.neverInForce() ? DocumentTimeline.carrier(versions, v)
                    .map(DocumentVersion::getVersion).filter(c -> c != v.getVersion()).orElse(null) : null;
            String carries = v.isMaterialChange() ? null : DocumentTimeline.carried(versions, v).stream()
                    .map(c -> String.valueOf(c.getVersion())).reduce((a, b) -> a + messages.text("common.listSeparator") + b).orElse(null);
            list.add(new Row(v, moment(period.from(), zone, false),
                    period.until() == null ? null : moment(period.until(), zone, true), period.neverInForce(),
                    current != null && current.getVersion() == v.getVersion(),
                    v.getEffective().isAfter(today) && !period.neverInForce(),
                    counts.getOrDefault(v.getVersion(), 0L), Documents.shipped(v), carriedBy, carries));
        }
        java.util.Collections.reverse(list);
        rows = List.copyOf(list);
        shown = version == null || version.isBlank() ? (current != null ? current : versions.get(versions.size() - 1))
                : versions.stream().filter(v -> String.valueOf(v.getVersion()).equals(version.strip())).findFirst()
                        .orElse(null);
        if (shown == null) {
            NotFound.answer(external);
            return;
        }
        shownHtml = MarkdownRenderer.toHtml(shown.getBody());
    }

    /**
     * A change of version as the history writes it: the day when it came at the start of a day (for the end: the
     * last day in force, the day before), else the minute.
     */
    private String moment(Instant at, ZoneId zone, boolean end) {
        ZonedDateTime local = at.atZone(zone);
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return (end ? local.toLocalDate().minusDays(1) : local.toLocalDate()).toString();
        }
        return times.format(at);
    }

    /** Whether the page is the exit pledge's template, which HR may also record as signed on paper. */
    public boolean isExitPledge() {
        return isPledge() && shown.getPledgeKind() == org.shoumi.content.documents.entity.PledgeKind.EXIT;
    }

    /**
     * How many exit pledges were signed on paper: they belong to no version of the template, so the column counts
     * the signatures in the portal and this line the paper originals.
     */
    public long getPaperPledges() {
        return isExitPledge() ? pledges.paperExitPledges() : 0;
    }

    /** Whether the page counts signatures (a pledge template) rather than acknowledgements. */
    public boolean isPledge() {
        return shown != null && shown.getKind() == DocumentKind.PLEDGE;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<DocumentVersion> getDocumentList() {
        return documentList;
    }

    public DocumentVersion getShown() {
        return shown;
    }

    public String getShownHtml() {
        return shownHtml;
    }
}
