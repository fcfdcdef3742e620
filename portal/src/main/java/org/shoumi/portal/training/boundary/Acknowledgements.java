package org.shoumi.portal.training.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.content.documents.control.DocumentTimeline;
import org.shoumi.content.documents.control.MarkdownRenderer;
import org.shoumi.content.documents.entity.DocumentKind;
import org.shoumi.content.documents.entity.DocumentVersion;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.portal.training.boundary.AcknowledgementRefusedException.Reason;
import org.shoumi.portal.training.control.ReadingPolicy;
import org.shoumi.portal.training.control.ReadingPolicy.ReadingTask;
import org.shoumi.portal.training.entity.Acknowledgement;

/** Reading and acknowledging rules and post duties; what each person still owes; progress per document. */
@ApplicationScoped
@Boundary
public class Acknowledgements {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<Acknowledged> acknowledgedEvents;

    @Inject
    EvidenceLog evidence;

    @Inject
    Employees employees;

    @Inject
    Documents documents;

    @Inject
    @ConfigProperty(name = "shoumi.portal.training.min-reading-seconds", defaultValue = "30")
    long minReadingSeconds;

    Clock clock = Clock.systemUTC();

    public long minReadingSeconds() {
        return minReadingSeconds;
    }

    /** The rules and duties the person behind this login still has to (re-)acknowledge; empty for logins without a person. */
    public List<ReadingTask> openFor(String username) {
        return person(username).map(this::openFor).orElse(List.of());
    }

    /** The rules and duties this person still has to (re-)acknowledge. */
    public List<ReadingTask> openFor(Employee person) {
        return ReadingPolicy.openTasks(acknowledgeable(), acknowledgedBy(person), person.getPost().getCode(),
                person.getStatus(), documents.today());
    }

    /** The rules and duties in force that concern this person, each as they stand with it. */
    public List<Reading> libraryOf(String username) {
        Optional<Employee> person = person(username);
        List<Acknowledgement> mine = acknowledgementsOf(person);
        List<Reading> library = new ArrayList<>();
        acknowledgeable().forEach((key, versions) -> reading(person, key, versions, mine, false)
                .filter(r -> r.concernsMe() || (person.isEmpty() && r.kind() == DocumentKind.RULE))
                .ifPresent(library::add));
        return library;
    }

    /** A document in force, rendered, with this person's standing; empty for an unknown key or one not in force. */
    public Optional<Reading> read(String username, String key) {
        List<DocumentVersion> versions = documents.versions(key);
        if (versions.isEmpty() || !versions.get(versions.size() - 1).getKind().isAcknowledged()) {
            // pledge templates and checklists are not read and acknowledged: not found (they showed their
            // placeholders raw, headed like a rule in force; outside check)
            return Optional.empty();
        }
        Optional<Employee> person = person(username);
        return reading(person, key, versions, acknowledgementsOf(person), true);
    }

    /**
     * Records that the person read and understood {@code version} of the document, which must be the version in
     * force (or one only a wording fix replaced since the page was opened), concern them, and have been open at least the configured minimum. Acknowledging the same version
     * again changes nothing and returns the first record.
     */
    public Acknowledgement acknowledge(String username, String key, int version, Instant openedAt) {
        Employee person = person(username).orElseThrow(() -> refused(Reason.NO_PERSON));
        List<DocumentVersion> versions = documents.versions(key);
        DocumentVersion current = DocumentTimeline.current(versions, documents.today())
                .filter(v -> v.getKind().isAcknowledged())
                .orElseThrow(() -> refused(Reason.UNKNOWN_DOCUMENT));
        if (!ReadingPolicy.concerns(current.getKind(), current.getPostCode(), person.getPost().getCode(),
                person.getStatus())) {
            throw refused(Reason.NOT_CONCERNED);
        }
        // the version read must be the one in force, or one a wording fix replaced while the page was open: what it
        // says still holds (the required version has not moved past it), so the reading is not thrown away
        DocumentVersion read = versions.stream().filter(v -> v.getVersion() == version).findFirst().orElse(null);
        if (read == null || version > current.getVersion()
                || version < DocumentTimeline.requiredVersion(versions, documents.today())) {
            throw refused(Reason.OUTDATED_VERSION);
        }
        Optional<Acknowledgement> earlier = acknowledgementsOf(Optional.of(person)).stream()
                .filter(a -> a.getDocumentKey().equals(key) && a.getVersion() == version).findFirst();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = clock.instant();
        if (!ReadingPolicy.readLongEnough(openedAt, now, minReadingSeconds)) {
            throw refused(Reason.TOO_QUICK);
        }
        Acknowledgement ack = new Acknowledgement(person, key, version, read.getSha256(), now,
                Duration.between(openedAt, now).getSeconds());
        em.persist(ack);
        em.flush();
        evidence.append(EvidenceKind.ACKNOWLEDGEMENT, ack.getId());
        acknowledgedEvents.fire(new Acknowledged(ack.getId(), person.getEmployeeNo()));
        return ack;
    }

    /** How many acknowledgements each version of a document has (versions nobody acknowledged are absent). */
    public Map<Integer, Long> acknowledgedPerVersion(String key) {
        Map<Integer, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select a.version, count(a) from Acknowledgement a "
                + "where a.documentKey = :key group by a.version", Object[].class).setParameter("key", key)
                .getResultList()) {
            counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** Per rule and duty document: how many people it concerns and how many have acknowledged what is required. */
    public List<DocumentProgress> progress() {
        LocalDate today = documents.today();
        List<Object[]> people = em.createQuery(
                "select e.id, p.code, e.status from Employee e join e.post p", Object[].class).getResultList();
        Map<Long, Map<String, Integer>> acked = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Acknowledgement.LATEST_PER_PERSON, Object[].class).getResultList()) {
            acked.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((String) row[1], (Integer) row[2]);
        }
        List<DocumentProgress> progress = new ArrayList<>();
        documents.all().forEach((key, versions) -> {
            DocumentVersion latest = versions.get(versions.size() - 1);
            DocumentVersion current = DocumentTimeline.current(versions, today).orElse(latest);
            int required = DocumentTimeline.requiredVersion(versions, today);
            long concerned = 0;
            long done = 0;
            if (current.getKind().isAcknowledged()) {
                for (Object[] p : people) {
                    if (ReadingPolicy.concerns(current.getKind(), current.getPostCode(), (String) p[1],
                            (EmployeeStatus) p[2])) {
                        concerned++;
                        int mine = acked.getOrDefault((Long) p[0], Map.of()).getOrDefault(key, 0);
                        if (required > 0 && mine >= required) {
                            done++;
                        }
                    }
                }
            }
            progress.add(new DocumentProgress(key, current.getKind(), current.getTitle(), current.getVersion(),
                    latest.getVersion(), current.getEffective(), concerned, done));
        });
        return progress;
    }

    /**
     * The people a document concerns (the count behind {@link #progress}), by department and staff number: who has
     * acknowledged the version required now and who still owes it; {@code department} null for all. Empty for an
     * unknown document or one that is not acknowledged (a pledge template).
     */
    public List<ReaderRow> readers(String key, String department) {
        List<DocumentVersion> versions = documents.versions(key);
        LocalDate today = documents.today();
        if (versions.isEmpty()) {
            return List.of();
        }
        DocumentVersion current = DocumentTimeline.current(versions, today).orElse(versions.get(versions.size() - 1));
        if (!current.getKind().isAcknowledged()) {
            return List.of();
        }
        int required = DocumentTimeline.requiredVersion(versions, today);
        Map<Long, Integer> newest = new HashMap<>();
        em.createQuery("select a.employee.id, max(a.version) from Acknowledgement a where a.documentKey = :k "
                        + "group by a.employee.id", Object[].class).setParameter("k", key).getResultStream()
                .forEach(r -> newest.put((Long) r[0], (Integer) r[1]));
        return em.createQuery("select e from Employee e join fetch e.department join fetch e.post "
                        + "order by e.department.code, e.employeeNo", Employee.class).getResultStream()
                .filter(e -> department == null || department.equals(e.getDepartment().getCode()))
                .filter(e -> ReadingPolicy.concerns(current.getKind(), current.getPostCode(), e.getPost().getCode(),
                        e.getStatus()))
                .map(e -> {
                    int mine = newest.getOrDefault(e.getId(), 0);
                    return new ReaderRow(e.getEmployeeNo(), e.getName(), e.getDepartment().getCode(),
                            e.getDepartment().getName(), e.getDepartment().getNameEn(), mine,
                            required > 0 && mine >= required);
                }).toList();
    }

    private Optional<Reading> reading(Optional<Employee> person, String key, List<DocumentVersion> versions,
                                      List<Acknowledgement> acknowledgements, boolean render) {
        Optional<DocumentVersion> inForce = DocumentTimeline.current(versions, documents.today());
        if (inForce.isEmpty()) {
            return Optional.empty();
        }
        DocumentVersion current = inForce.get();
        boolean concerns = person.map(e -> ReadingPolicy.concerns(current.getKind(), current.getPostCode(),
                e.getPost().getCode(), e.getStatus())).orElse(false);
        // acknowledgements come ordered by key and version: the last one of this key is the newest
        Optional<Acknowledgement> mine = acknowledgements.stream().filter(a -> a.getDocumentKey().equals(key))
                .reduce((first, second) -> second);
        int acknowledged = mine.map(Acknowledgement::getVersion).orElse(0);
        // what changed since the version this person read: the notes of the later versions in force
        List<Reading.Change> changes = acknowledged == 0 ? List.of() : versions.stream()
                .filter(v -> v.getVersion() > acknowledged && v.getVersion() <= current.getVersion()
                        && v.getChangeNote() != null)
                .map(v -> new Reading.Change(v.getVersion(), v.getChangeNote())).toList();
        return Optional.of(new Reading(key, current.getKind(), current.getTitle(), current.getVersion(),
                current.getEffective(), current.getSha256(), render ? MarkdownRenderer.toHtml(current.getBody()) : null,
                concerns, DocumentTimeline.requiredVersion(versions, documents.today()),
                acknowledged, mine.map(Acknowledgement::getAcknowledgedAt).orElse(null), changes));
    }

    private Map<String, List<DocumentVersion>> acknowledgeable() {
        Map<String, List<DocumentVersion>> docs = new LinkedHashMap<>(documents.all(DocumentKind.RULE));
        docs.putAll(documents.all(DocumentKind.DUTY));
        return docs;
    }

    private List<Acknowledgement> acknowledgementsOf(Optional<Employee> person) {
        return person.map(e -> em.createNamedQuery(Acknowledgement.OF_EMPLOYEE, Acknowledgement.class)
                .setParameter("employee", e).getResultList()).orElse(List.of());
    }

    private Map<String, Integer> acknowledgedBy(Employee person) {
        Map<String, Integer> newest = new HashMap<>();
        acknowledgementsOf(Optional.of(person))
                .forEach(a -> newest.merge(a.getDocumentKey(), a.getVersion(), Math::max));
        return newest;
    }

    private Optional<Employee> person(String username) {
        return employees.personOf(username);
    }

    private AcknowledgementRefusedException refused(Reason reason) {
        return new AcknowledgementRefusedException(reason, minReadingSeconds);
    }
}
