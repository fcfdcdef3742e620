package org.shoumi.content.documents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.documents.control.DocumentTimeline;
import org.shoumi.content.documents.control.MarkdownRenderer;
import org.shoumi.content.documents.control.PackReleases;
import org.shoumi.content.documents.entity.DocumentKind;
import org.shoumi.content.documents.entity.DocumentVersion;
import org.shoumi.content.pack.control.ContentPack;
import org.shoumi.content.pack.control.PackDocument;
import org.shoumi.content.pack.control.PackParser;
import org.shoumi.content.pack.control.PackProblem;
import org.shoumi.content.persistence.Boundary;

/** The versioned documents: import of the shipped pack, reading the versions in force, publishing new ones. */
@ApplicationScoped
@Boundary
public class Documents {

    private static final Logger LOG = Logger.getLogger(Documents.class.getName());
    public static final String PACK_PUBLISHER = PackReleases.PACK_PUBLISHER;

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Inject
    Event<DocumentPublished> published;

    Clock clock = Clock.systemUTC();

    /** Today in the unit's time zone: the day effective dates are compared with. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(zone)));
    }

    /** The unit's time zone. */
    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    /** Whether the version is one the content pack shipped (stored at installation), not one a person published. */
    public static boolean shipped(DocumentVersion version) {
        return PACK_PUBLISHER.equals(version.getPublishedBy());
    }

    public long count() {
        return em.createNamedQuery(DocumentVersion.COUNT, Long.class).getSingleResult();
    }

    /**
     * Stores each document of the pack that the database does not know yet, as the version the pack gives.
     * Questions are not documents; the quiz bank takes them. Returns how many documents were stored.
     */
    public int importPack(ContentPack pack) {
        return importPack(pack, java.util.EnumSet.complementOf(java.util.EnumSet.of(DocumentKind.QUESTIONS)));
    }

    /**
     * Stores each document of these kinds in the pack that the database does not know yet (by key), as the version
     * the pack gives. A document it knows takes a release's later version ({@link PackReleases#take}): a wording fix
     * (not a material change) with a higher version number, while every version stored came with the pack; it comes
     * into force on the pack's day, or today when that is past or before the version it follows (a text is not in
     * force before anyone could read it). A version of the unit's own stands, and so does a material change (its
     * people would owe it again with nobody told: an officer publishes such a text). Returns how many were stored.
     */
    public int importPack(ContentPack pack, java.util.Set<DocumentKind> kinds) {
        Instant now = clock.instant();
        int stored = 0;
        for (PackDocument d : pack.documents()) {
            if (d.kind() == DocumentKind.QUESTIONS || !kinds.contains(d.kind())) {
                continue;
            }
            List<DocumentVersion> known = versions(d.key());
            if (known.isEmpty()) {
                em.persist(new DocumentVersion(d.key(), d.version(), d.kind(), d.title(), d.postCode(),
                        d.pledgeKind(), d.effective(), d.materialChange(), d.body(), d.changeNote(), now,
                        PACK_PUBLISHER));
                stored++;
                continue;
            }
            PackReleases.Release release = PackReleases.take(d.version(), d.effective(), d.materialChange(),
                    known.stream().map(v -> new PackReleases.Stored(v.getVersion(), v.getEffective(),
                            v.getPublishedBy())).toList(), today());
            switch (release.outcome()) {
                case TAKEN -> {
                    em.persist(new DocumentVersion(d.key(), d.version(), d.kind(), d.title(), d.postCode(),
                            d.pledgeKind(), release.effective(), false, d.body(), d.changeNote(), now,
                            PACK_PUBLISHER));
                    stored++;
                    LOG.info(() -> "Content pack: version " + d.version() + " of " + d.key() + " from "
                            + release.effective());
                }
                case UNITS_OWN -> LOG.warning(() -> "Content pack: version " + d.version() + " of " + d.key()
                        + " is not taken: the unit published a version of its own, which stays in force");
                case MATERIAL -> LOG.warning(() -> "Content pack: version " + d.version() + " of " + d.key()
                        + " is a material change and is not taken: a secrecy officer publishes it");
                case KNOWN -> {
                }
            }
        }
        LOG.info("Imported " + stored + " content documents");
        return stored;
    }

    public List<DocumentVersion> versions(String key) {
        return em.createNamedQuery(DocumentVersion.BY_KEY, DocumentVersion.class).setParameter("key", key).getResultList();
    }

    public Optional<DocumentVersion> version(String key, int version) {
        return versions(key).stream().filter(v -> v.getVersion() == version).findFirst();
    }

    /** The version of a document in force today. */
    public Optional<DocumentVersion> current(String key) {
        return DocumentTimeline.current(versions(key), today());
    }

    /** The version in force today of every document of a kind, in the order they were first published. */
    public List<DocumentVersion> inForce(DocumentKind kind) {
        LocalDate today = today();
        return all(kind).values().stream().flatMap(v -> DocumentTimeline.current(v, today).stream()).toList();
    }

    /** A version's words without Markdown or clause markers, for the portal's search. */
    public String textOf(DocumentVersion version) {
        return MarkdownRenderer.toText(version.getBody());
    }

    /** A clause by its document's title and its heading, in the version in force; empty if it is gone or unknown. */
    public Optional<CitedClause> cited(String clauseId) {
        if (clauseId == null || clauseId.isBlank()) {
            return Optional.empty();
        }
        String key = CitedClause.documentKeyOf(clauseId);
        return current(key).flatMap(v -> CitedClause.in(clauseId, key, v.getKind(), v.getTitle(), v.getBody()));
    }

    /**
     * A clause as the version in force at a moment words it (an attempt's result cites the clause as the taker
     * could read it then, not as a later wording fix renamed it); empty if that version did not have it, or none
     * was in force then.
     */
    public Optional<CitedClause> citedAt(String clauseId, Instant moment) {
        if (clauseId == null || clauseId.isBlank() || moment == null) {
            return Optional.empty();
        }
        String key = CitedClause.documentKeyOf(clauseId);
        return DocumentTimeline.at(versions(key), moment, zone(), Documents::shipped)
                .flatMap(v -> CitedClause.in(clauseId, key, v.getKind(), v.getTitle(), v.getBody()));
    }

    /**
     * A clause the version in force no longer has, as the newest version that had it cites it (a result of before the
     * change names it so, not by its id); empty if no version ever had it.
     */
    public Optional<CitedClause> citedEarlier(String clauseId) {
        if (clauseId == null || clauseId.isBlank()) {
            return Optional.empty();
        }
        String key = CitedClause.documentKeyOf(clauseId);
        List<DocumentVersion> versions = new ArrayList<>(versions(key));
        java.util.Collections.reverse(versions);
        return versions.stream().map(v -> CitedClause.in(clauseId, key, v.getKind(), v.getTitle(), v.getBody()))
                .flatMap(Optional::stream).findFirst();
    }

    /** Every document's versions, by key, documents in the order they were first published (the pack's order). */
    public Map<String, List<DocumentVersion>> all() {
        return group(em.createNamedQuery(DocumentVersion.ALL, DocumentVersion.class).getResultList());
    }

    /** Every document of a kind, by key in the order first published, each with all its versions. */
    public Map<String, List<DocumentVersion>> all(DocumentKind kind) {
        return group(em.createNamedQuery(DocumentVersion.BY_KIND, DocumentVersion.class)
                .setParameter("kind", kind).getResultList());
    }

    /**
     * Publishes the next version of a document (version 1 for a new key). The text is checked first: rules and
     * duties need clauses with ids of this document, checklists items with remediation hints, pledges only known
     * placeholders. On any problem nothing is stored and {@link PublishRefusedException} lists them.
     */
    public DocumentVersion publish(DocumentDraft draft, String publishedBy) {
        return publish(draft, publishedBy, null);
    }

    /**
     * Publishes the next version of a document edited from version {@code basedOn}: refused (problem code
     * {@code outdated}, with the version now in force as its line and who published it as its detail) when
     * someone published another version since the editor opened it, so that nobody's edit silently replaces
     * another's. Null publishes on top of whatever is latest (the content pack, tools).
     */
    public DocumentVersion publish(DocumentDraft draft, String publishedBy, Integer basedOn) {
        List<PackProblem> problems = new ArrayList<>();
        if (draft.key() == null || !draft.key().matches("[a-z0-9][a-z0-9._-]*")) {
            problems.add(new PackProblem(String.valueOf(draft.key()), 0, "key", String.valueOf(draft.key()),
                    "a document key is lower-case letters, digits, '.', '_' or '-'"));
        }
        if (draft.title() == null || draft.title().isBlank() || draft.title().length() > 200) {
            problems.add(new PackProblem(String.valueOf(draft.key()), 0, "title", "", "a title of 1 to 200 characters"));
        }
        if (draft.body() != null && draft.body().length() > DocumentVersion.MAX_BODY_LENGTH) {
            problems.add(new PackProblem(String.valueOf(draft.key()), 0, "tooLong",
                    String.valueOf(DocumentVersion.MAX_BODY_LENGTH), "the text is too long"));
        }
        if (draft.effective() == null) {
            problems.add(new PackProblem(String.valueOf(draft.key()), 0, "effective", "", "an effective date is needed"));
        }
        List<DocumentVersion> existing = draft.key() == null ? List.of() : versions(draft.key());
        if (basedOn != null && !existing.isEmpty() && existing.get(existing.size() - 1).getVersion() != basedOn) {
            DocumentVersion meanwhile = existing.get(existing.size() - 1);
            throw new PublishRefusedException(List.of(new PackProblem(draft.key(), meanwhile.getVersion(), "outdated",
                    meanwhile.getPublishedBy(), "version " + meanwhile.getVersion() + " was published by "
                    + meanwhile.getPublishedBy() + " after this edit began")));
        }
        DocumentVersion latest = existing.isEmpty() ? null : existing.get(existing.size() - 1);
        if (latest != null && draft.effective() != null && draft.effective().isBefore(latest.getEffective())) {
            // versions come into force in their order: an earlier date would back-date the new text before the one
            // in force, or leave a version scheduled for later never in force (the newest whose day has come wins)
            problems.add(new PackProblem(draft.key(), latest.getVersion(), "effectiveBefore",
                    latest.getEffective().toString(), "the effective date is before version " + latest.getVersion()
                    + "'s " + latest.getEffective()));
        }
        if (basedOn != null && draft.effective() != null && draft.effective().isBefore(today())) {
            // a version published from the editor comes into force today at the earliest: dated back, the record
            // said a text was in force months before anyone could read it (outside check)
            problems.add(new PackProblem(draft.key(), 0, "effectivePast", today().toString(),
                    "the effective date is before the day of publishing"));
        }
        if (basedOn != null && latest != null && draft.title() != null && draft.body() != null
                && sameTitle(draft.title(), latest.getTitle()) && MarkdownRenderer.toHtml(draft.body())
                        .equals(MarkdownRenderer.toHtml(latest.getBody() == null ? "" : latest.getBody()))) {
            // compared as readers see them: a space added to the title, a blank line or a trailing space in the
            // text published the same text again as a new version (outside check)
            // the same text again made everyone owe a new reading of nothing new (outside check)
            problems.add(new PackProblem(draft.key(), latest.getVersion(), "unchanged", String.valueOf(latest.getVersion()),
                    "the text and title are those of version " + latest.getVersion()));
        }
        if (basedOn != null && draft.materialChange() && (draft.changeNote() == null || draft.changeNote().isBlank())) {
            // everyone concerned reads it again: they are told what changed
            problems.add(new PackProblem(draft.key(), 0, "materialNoteRequired", "",
                    "a material change needs a note of what changed"));
        }
        if (draft.effective() != null && draft.effective().isAfter(today().plusYears(1))) {
            // a version scheduled years ahead would hold back every later one (they may not come into force
            // before it): 9999-12-31 locked a rule for good
            problems.add(new PackProblem(draft.key(), 0, "effectiveTooFar", today().plusYears(1).toString(),
                    "the effective date is more than a year ahead"));
        }
        DocumentKind kind = existing.isEmpty() ? draft.kind() : existing.get(existing.size() - 1).getKind();
        if (kind == null || kind == DocumentKind.QUESTIONS) {
            problems.add(new PackProblem(String.valueOf(draft.key()), 0, "kind", "", "rules, duties, pledges or checklists only"));
        }
        if (kind != null && problems.isEmpty()) {
            problems.addAll(PackParser.parseBody(draft.key(), draft.key(), kind, draft.body(), 1).problems());
        }
        if (!problems.isEmpty()) {
            throw new PublishRefusedException(problems);
        }
        DocumentVersion previous = existing.isEmpty() ? null : existing.get(existing.size() - 1);
        String body = draft.body().replace("\r\n", "\n").strip() + "\n";
        DocumentVersion next = new DocumentVersion(draft.key(), previous == null ? 1 : previous.getVersion() + 1, kind,
                draft.title().strip(),
                previous == null ? draft.postCode() : previous.getPostCode(),
                previous == null ? draft.pledgeKind() : previous.getPledgeKind(),
                draft.effective(), draft.materialChange(), body,
                draft.changeNote() == null || draft.changeNote().isBlank() ? null : draft.changeNote().strip(),
                clock.instant(), publishedBy);
        em.persist(next);
        em.flush();
        if (published != null) {
            // observers (pledges re-opened by a material change) act in this transaction
            published.fire(new DocumentPublished(next.getDocumentKey(), next.getVersion(), next.getKind(),
                    next.getPledgeKind(), next.getTitle(), next.getEffective(), next.isMaterialChange(), publishedBy,
                    next.getId()));
        }
        return next;
    }

    /** Titles compared as read: runs of spaces (full-width ones too) count as one, at the ends as none. */
    static boolean sameTitle(String a, String b) {
        return b != null && a.strip().replaceAll("[\\s\u3000]+", " ").equals(b.strip().replaceAll("[\\s\u3000]+", " "));
    }

    private static Map<String, List<DocumentVersion>> group(List<DocumentVersion> versions) {
        Map<String, List<DocumentVersion>> byKey = new LinkedHashMap<>();
        versions.forEach(v -> byKey.computeIfAbsent(v.getDocumentKey(), k -> new ArrayList<>()).add(v));
        return byKey;
    }
}
