package org.shoumi.portal.incidents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.employees.boundary.PersonnelHistory;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.portal.incidents.control.Refusal;
import org.shoumi.content.text.Texts;
import org.shoumi.portal.incidents.entity.ConductEntry;
import org.shoumi.portal.incidents.entity.Incident;

/**
 * Rewards and sanctions entered into a person's secrecy file (保密档案), by the secrecy office or HR. An entry is
 * never changed; a correction is a new entry naming the one it corrects, which then no longer stands. Each entry
 * is appended to the evidence log.
 */
@ApplicationScoped
@Boundary
public class ConductEntries {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    EvidenceLog evidence;

    @Inject
    PersonnelHistory history;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    Clock clock = Clock.systemUTC();

    /** Enters one reward or sanction; refused with every problem found, nothing stored then. Returns its id. */
    public long record(ConductDraft d, String by) {
        Instant now = clock.instant();
        List<Refusal> problems = new ArrayList<>();
        Map<Refusal, List<Object>> args = new HashMap<>();
        String no = Texts.clean(d.employeeNo());
        Employee person = no == null ? null : Employee.byNumber(em, no).getResultStream().findFirst().orElse(null);
        if (no == null) {
            problems.add(Refusal.PERSON_MISSING); // not "no such person" for an empty field (outside check)
        } else if (person == null) {
            problems.add(Refusal.PERSON_UNKNOWN);
        } else if (Employee.isLoginOf(em, person, by)) {
            // no one enters or corrects a reward or sanction in their own file (HR cancelled a sanction against
            // herself): another officer or HR does, as for one's own vetting
            problems.add(Refusal.OWN_RECORD);
        }
        if (d.kind() == null) {
            problems.add(Refusal.CONDUCT_KIND_MISSING);
        }
        if (d.decidedOn() == null) {
            problems.add(Refusal.DECIDED_ON_MISSING);
        } else if (d.decidedOn().isAfter(now.atZone(ZoneId.of(zone)).toLocalDate())) {
            problems.add(Refusal.DECIDED_ON_IN_FUTURE);
        } else if (person != null && person.getHireDate() != null && d.decidedOn().isBefore(person.getHireDate())) {
            // a reward or sanction of the unit's for its own people: not before they joined (1900-01-01 was taken)
            problems.add(Refusal.DECIDED_ON_BEFORE_HIRE);
            args.put(Refusal.DECIDED_ON_BEFORE_HIRE, List.of(person.getHireDate().toString()));
        } else if (person != null && d.corrects() == null && person.getStatus() == EmployeeStatus.LEFT_UNIT) {
            // nor after they left the unit (a 批评教育 decided ten months after the person left was taken, where the
            // vetting and topic-pledge forms refuse leavers; outside check). An entry decided before the last day
            // and entered late stands; a correction of an entry stands whenever it is made
            history.leftUnitOn(person).filter(d.decidedOn()::isAfter).ifPresent(left -> {
                problems.add(Refusal.DECIDED_ON_AFTER_LEAVING);
                args.put(Refusal.DECIDED_ON_AFTER_LEAVING, List.of(left.toString()));
            });
        }
        String reason = Texts.clean(d.reason());
        // the reason of a reward or sanction is kept for good: "-" or "无" says nothing (outside check)
        if (reason == null || !Texts.saysSomething(reason)) {
            problems.add(Refusal.REASON_MISSING);
        } else if (Texts.tooLong(reason, ConductEntry.MAX_REASON)) {
            problems.add(Refusal.REASON_TOO_LONG);
        }
        String authority = Texts.clean(d.decidedBy());
        if (authority == null || !Texts.saysSomething(authority)) {
            problems.add(Refusal.AUTHORITY_MISSING);
        } else if (Texts.tooLong(authority, ConductEntry.MAX_SHORT)) {
            problems.add(Refusal.AUTHORITY_TOO_LONG);
        }
        String document = Texts.clean(d.documentRef());
        if (Texts.tooLong(document, ConductEntry.MAX_SHORT)) {
            problems.add(Refusal.DOCUMENT_TOO_LONG);
        }
        Long incidentId = null;
        String incidentRef = Texts.clean(d.incidentReference());
        if (incidentRef != null) {
            Incident incident = incidentId(incidentRef).map(id -> em.find(Incident.class, id)).orElse(null);
            incidentId = incident == null ? null : incident.getId();
            if (incident == null) {
                problems.add(Refusal.UNKNOWN_INCIDENT);
            } else if (d.decidedOn() != null && incident.getOccurredOn() != null
                    && d.decidedOn().isBefore(incident.getOccurredOn())) {
                // a reward or sanction for an incident is decided after it happened (2024-01-01 was taken for an
                // incident of 2026-12-06; outside check)
                problems.add(Refusal.DECIDED_ON_BEFORE_INCIDENT);
                args.put(Refusal.DECIDED_ON_BEFORE_INCIDENT, List.of(incident.getReference(),
                        incident.getOccurredOn().toString()));
            }
        }
        if (d.corrects() != null) {
            ConductEntry corrected = em.find(ConductEntry.class, d.corrects());
            if (corrected == null || person == null || !corrected.getEmployee().getId().equals(person.getId())) {
                problems.add(Refusal.CORRECTED_UNKNOWN);
            } else if (correctedBy().containsKey(corrected.getId())) {
                problems.add(Refusal.CORRECTED_ALREADY);
            } else if (d.decidedOn() != null && d.decidedOn().isBefore(corrected.getDecidedOn())) {
                problems.add(Refusal.CORRECTION_BEFORE_ENTRY);
            }
        }
        if (problems.isEmpty()) {
            // the same entry once: a form sent twice made two identical rows (the person's row is locked so that
            // two posts at once are counted one after the other)
            em.lock(person, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            boolean entered = em.createNamedQuery(ConductEntry.OF_PERSON, ConductEntry.class)
                    .setParameter("employeeNo", person.getEmployeeNo()).getResultStream()
                    .anyMatch(c -> c.getKind() == d.kind() && c.getDecidedOn().equals(d.decidedOn())
                            && c.getReason().equals(reason) && java.util.Objects.equals(c.getCorrects(), d.corrects()));
            if (entered) {
                problems.add(Refusal.CONDUCT_ALREADY_ENTERED);
            }
        }
        if (!problems.isEmpty()) {
            throw new IncidentRefusedException(problems, args);
        }
        ConductEntry entry = new ConductEntry(person, d.kind(), d.decidedOn(), reason, authority, document, incidentId,
                d.corrects(), by, now);
        em.persist(entry);
        em.flush();
        evidence.append(EvidenceKind.CONDUCT_ENTRY, entry.getId());
        return entry.getId();
    }

    /** One person's entries, oldest first. */
    public List<Rows.Conduct> of(String employeeNo) {
        Map<Long, Long> correctedBy = correctedBy();
        return em.createNamedQuery(ConductEntry.OF_PERSON, ConductEntry.class).setParameter("employeeNo", employeeNo)
                .getResultStream().map(c -> row(c, correctedBy)).toList();
    }

    /** Everyone's entries, newest first. */
    public List<Rows.Conduct> all() {
        Map<Long, Long> correctedBy = correctedBy();
        return em.createNamedQuery(ConductEntry.ALL, ConductEntry.class).getResultStream()
                .map(c -> row(c, correctedBy)).toList();
    }

    /** The id of a case from its reference (SJ-000042) or its bare number. */
    static Optional<Long> incidentId(String reference) {
        String digits = reference.strip().toUpperCase(Locale.ROOT).replaceFirst("^SJ-?", "");
        if (!digits.matches("\\d{1,12}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }

    /** corrected entry id → the id of the entry that corrects it */
    private Map<Long, Long> correctedBy() {
        Map<Long, Long> map = new HashMap<>();
        em.createQuery("select c.corrects, c.id from ConductEntry c where c.corrects is not null", Object[].class)
                .getResultStream().forEach(r -> map.putIfAbsent((Long) r[0], (Long) r[1]));
        return map;
    }

    private static Rows.Conduct row(ConductEntry c, Map<Long, Long> correctedBy) {
        Employee e = c.getEmployee();
        return new Rows.Conduct(c.getId(), e.getEmployeeNo(), e.getName(), c.getKind(), c.getDecidedOn(),
                c.getReason(), c.getDecidedBy(), c.getDocumentRef(), c.getIncidentId(),
                c.getIncidentId() == null ? null : Incident.reference(c.getIncidentId()), c.getCorrects(),
                correctedBy.get(c.getId()), c.getRecordedBy(), c.getRecordedAt());
    }

}
