package org.shoumi.portal.web.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.content.documents.control.DocumentTimeline;
import org.shoumi.content.documents.control.MarkdownRenderer;
import org.shoumi.content.documents.entity.DocumentVersion;
import org.shoumi.portal.training.boundary.Acknowledgements;
import org.shoumi.portal.web.shared.NotFound;

/**
 * Every version of a rule, duty, pledge template or checklist as it was published, for the auditor and the
 * secrecy office: when each was in force, who published it and when, whether it changed the substance and why,
 * its fingerprint, how many acknowledged it, and its full text. Without a document, the list of documents.
 */
@Named
@RequestScoped
public class DocumentHistoryView {

    @Inject
    Documents documents;

    @Inject
    Acknowledgements acknowledgements;

    @Inject
    ExternalContext external;

    private String key;
    private String version;
    private List<DocumentVersion> versions = List.of();
    private List<Row> rows = List.of();
    private List<DocumentVersion> documentList = List.of();
    private DocumentVersion shown;
    private String shownHtml;

    /** One version as the history lists it; {@code replacedOn} null while it is the newest. */
    public record Row(DocumentVersion version, LocalDate replacedOn, boolean neverInForce, boolean inForce,
                      boolean upcoming, long acknowledged, boolean fromPack) {
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
        DocumentVersion current = DocumentTimeline.current(versions, today).orElse(null);
        Map<Integer, Long> acknowledged = acknowledgements.acknowledgedPerVersion(key);
        List<Row> list = new ArrayList<>();
        for (DocumentVersion v : versions) {
            list.add(new Row(v, DocumentTimeline.replacedOn(versions, v).orElse(null),
                    DocumentTimeline.neverInForce(versions, v), current != null && current.getVersion() == v.getVersion(),
                    v.getEffective().isAfter(today), acknowledged.getOrDefault(v.getVersion(), 0L),
                    Documents.PACK_PUBLISHER.equals(v.getPublishedBy())));
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

    /** The day before a version was replaced: the last day it was in force. */
    public LocalDate lastDay(Row row) {
        return row.replacedOn() == null ? null : row.replacedOn().minusDays(1);
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
