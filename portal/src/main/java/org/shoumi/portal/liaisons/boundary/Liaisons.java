package org.shoumi.portal.liaisons.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.PersonnelChange;
import org.shoumi.portal.events.LeavingThePostAsked;
import org.shoumi.portal.events.LiaisonChanged;
import org.shoumi.portal.events.PersonnelChanged;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.portal.liaisons.boundary.LiaisonRefusedException.Reason;
import org.shoumi.portal.liaisons.control.LiaisonRules;
import org.shoumi.portal.liaisons.entity.LiaisonEntry;
import org.shoumi.portal.liaisons.entity.LiaisonEntryKind;
import org.shoumi.portal.notifications.boundary.Notifications;
import org.shoumi.portal.notifications.entity.Notification;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.content.text.Texts;

/**
 * The register of part-time secrecy liaisons (兼职保密员). The secrecy office appoints one of a department's own
 * people from a day, with the appointing document, and ends an appointment with its day and reason; each is an
 * entry of its own, appended to the evidence log in its transaction. The appointed person is told (the bell).
 * Read by the secrecy office and auditors; every department's cover is computed from the entries and the roster
 * as it is now, so a liaison who left or moved shows at once as needing a replacement.
 */
@ApplicationScoped
@Boundary
public class Liaisons {

    private static final String CURRENT = "select a from LiaisonEntry a join fetch a.employee e "
            + "join fetch e.department join fetch a.department where a.kind = :appointed "
            + "and not exists (select x from LiaisonEntry x where x.ends = a)";
    private static final String ENTRIES = "select l from LiaisonEntry l join fetch l.employee e "
            + "join fetch l.department d ";

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    EvidenceLog evidence;

    @Inject
    Notifications notifications;

    @Inject
    Accounts accounts;

    @Inject
    Event<LiaisonChanged> changes;

    @Inject
    Event<LeavingThePostAsked> leavingAsked;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    Clock clock = Clock.systemUTC();

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(zone)));
    }

    /** Appoints the person with staff number {@code employeeNo} as the department's liaison; returns the entry's id. */
    public long appoint(String departmentCode, String employeeNo, LocalDate day, String reference, String by) {
        if (departmentCode == null || departmentCode.isBlank()) {
            throw new LiaisonRefusedException(Reason.DEPARTMENT_MISSING);
        }
        Department department = em.createQuery("select d from Department d where d.code = :c", Department.class)
                .setParameter("c", departmentCode.strip()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new LiaisonRefusedException(Reason.UNKNOWN_DEPARTMENT));
        if (employeeNo == null || employeeNo.isBlank()) {
            throw new LiaisonRefusedException(Reason.PERSON_MISSING);
        }
        Employee person = Employee.byNumber(em, Texts.halfWidth(employeeNo)).getResultStream().findFirst()
                .orElseThrow(() -> new LiaisonRefusedException(Reason.UNKNOWN_PERSON));
        requireNotOwn(person, by);
        if (day == null) {
            throw new LiaisonRefusedException(Reason.DAY_MISSING);
        }
        boolean serving = current().stream().anyMatch(a -> a.getDepartment().getId().equals(department.getId())
                && a.getEmployee().getId().equals(person.getId()));
        // whether a 离岗 or 离职 of the person's is under way: the departures feature answers (an event: liaisons knows
        // nothing of departures)
        LeavingThePostAsked leaving = new LeavingThePostAsked(person.getEmployeeNo());
        leavingAsked.fire(leaving);
        LiaisonRules.appointment(person.getStatus(), person.getDepartment().getId().equals(department.getId()),
                serving, leaving.isLeaving(), day, today(), person.getHireDate()).ifPresent(problem -> {
            if (problem == LiaisonRules.Problem.LEAVING) {
                // the message names the open departure, which HR withdraws if it was opened by mistake
                throw new LiaisonRefusedException(leaving.leavesUnit() ? Reason.LEAVING_UNIT : Reason.LEAVING_POST,
                        List.of(String.valueOf(leaving.departureId()), String.valueOf(leaving.plannedLastDay())));
            }
            throw new LiaisonRefusedException(Reason.valueOf(problem.name()));
        });
        // not back-dated against the person's history: an appointment dated before the end of an earlier one of
        // theirs (the register read 任职 12-06, 离任 12-06, 任职 11-01, and the letter signed for the first counted
        // for the third), or before they joined the department (the day of the change that brought them into it)
        LocalDate lastEnd = em.createQuery("select max(x.effectiveOn) from LiaisonEntry x where x.kind = :ended "
                        + "and x.employee = :e", LocalDate.class).setParameter("ended", LiaisonEntryKind.ENDED)
                .setParameter("e", person).getSingleResult();
        LocalDate joined = em.createQuery("select max(c.effectiveOn) from PersonnelChange c where c.employee = :e "
                        + "and c.newDepartment = :d and c.oldDepartment is not null and c.oldDepartment <> :d",
                LocalDate.class).setParameter("e", person).setParameter("d", department.getCode()).getSingleResult();
        LiaisonRules.earliestAppointment(lastEnd, joined, day).ifPresent(problem -> {
            throw new LiaisonRefusedException(Reason.valueOf(problem.problem().name()), problem.earliest());
        });
        LiaisonEntry entry = LiaisonEntry.appointment(department, person, day,
                optional(reference, LiaisonEntry.REFERENCE_MAX, Reason.REFERENCE_TOO_LONG), by, clock.instant());
        append(entry);
        accounts.enabledLoginsOf(person).forEach(login -> notifications.tell(login, "liaisons.notice.appointed",
                        List.of(Notification.inBoth(department.getName(), department.getNameEn()), day.toString()),
                        "/pledges/mine.xhtml"));
        return entry.getId();
    }

    /**
     * Nobody enters their own appointment or its end (the officer appointed himself; outside check): another officer
     * does, as for one's own vetting or reward and sanction.
     */
    private void requireNotOwn(Employee person, String by) {
        if (Employee.isLoginOf(em, person, by)) {
            throw new LiaisonRefusedException(Reason.OWN_RECORD);
        }
    }

    /** Ends a current appointment on {@code day}, for {@code reason}. */
    public void end(long appointmentId, LocalDate day, String reason, String reference, String by) {
        LiaisonEntry appointment = em.find(LiaisonEntry.class, appointmentId, LockModeType.PESSIMISTIC_WRITE);
        if (appointment == null || appointment.getKind() != LiaisonEntryKind.APPOINTED || ended(appointment)) {
            throw new LiaisonRefusedException(Reason.NOT_CURRENT);
        }
        requireNotOwn(appointment.getEmployee(), by);
        // the end's own field named (a future day was answered "日期：不能晚于今天"; outside check)
        if (day == null) {
            throw new LiaisonRefusedException(Reason.END_DAY_MISSING);
        }
        LiaisonRules.end(appointment.getEffectiveOn(), day, today()).ifPresent(problem -> {
            throw new LiaisonRefusedException(problem == LiaisonRules.Problem.DAY_IN_FUTURE ? Reason.END_DAY_IN_FUTURE
                    : Reason.valueOf(problem.name()));
        });
        // a reason that says nothing ("-", "无", "同意") is kept for good in the register (outside check ex-s36h 2)
        if (!Texts.saysSomething(reason)) {
            throw new LiaisonRefusedException(Reason.REASON_MISSING);
        }
        if (Texts.tooLong(reason, LiaisonEntry.REASON_MAX)) {
            throw new LiaisonRefusedException(Reason.REASON_TOO_LONG);
        }
        append(LiaisonEntry.end(appointment, day, Texts.clean(reason),
                optional(reference, LiaisonEntry.REFERENCE_MAX, Reason.REFERENCE_TOO_LONG), by, clock.instant()));
        // the liaison is told that the appointment ended, as they were told it began (outside check: only the
        // appointment had a notice)
        Department department = appointment.getDepartment();
        accounts.enabledLoginsOf(appointment.getEmployee()).forEach(login -> notifications.tell(login,
                "liaisons.notice.ended", List.of(Notification.inBoth(department.getName(), department.getNameEn()),
                        day.toString(), reason.strip()), null));
    }

    /**
     * A change in a person's history (in its transaction) that takes a serving liaison out of the department they
     * serve: moved to another department, or gone from the post or the unit. The appointment stays on the register
     * until the office ends it (the register shows it as no longer served); every secrecy officer is told under the
     * bell, so that the department gets a new liaison.
     */
    void personnelChanged(@Observes PersonnelChanged changed) {
        PersonnelChange change = em.find(PersonnelChange.class, changed.changeId());
        if (change == null || change.getOldDepartment() == null || change.getOldStatus() == null
                || LiaisonRules.standing(change.getOldStatus(), true) != LiaisonRules.Standing.SERVING) {
            return; // a hire, or someone not serving before the change
        }
        boolean moved = !change.getOldDepartment().equals(change.getNewDepartment());
        LiaisonRules.Standing now = LiaisonRules.standing(change.getNewStatus(), !moved);
        if (now == LiaisonRules.Standing.SERVING) {
            return;
        }
        List<LiaisonEntry> lost = em.createQuery(CURRENT + " and e.employeeNo = :no and a.department.code = :d",
                        LiaisonEntry.class).setParameter("appointed", LiaisonEntryKind.APPOINTED)
                .setParameter("no", changed.employeeNo()).setParameter("d", change.getOldDepartment()).getResultList();
        if (lost.isEmpty()) {
            return;
        }
        Employee person = lost.get(0).getEmployee();
        Department served = lost.get(0).getDepartment();
        String department = Notification.inBoth(served.getName(), served.getNameEn());
        // "appoint another" only when the department is left without a serving liaison (it said so although the
        // department had another one serving)
        boolean stillCovered = current().stream().anyMatch(a -> a.getDepartment().getId().equals(served.getId())
                && !a.getEmployee().getId().equals(person.getId())
                && LiaisonRules.standing(a.getEmployee().getStatus(),
                        a.getEmployee().getDepartment().getId().equals(served.getId())) == LiaisonRules.Standing.SERVING);
        String suffix = stillCovered ? ".covered" : "";
        List<String> officers = accounts.enabledLoginsWith(Role.SECRECY_OFFICER);
        if (!moved) {
            officers.forEach(login -> notifications.tell(login, "liaisons.notice.gone" + suffix,
                    List.of(person.getName(), person.getEmployeeNo(), department), "/liaisons/manage.xhtml"));
        } else {
            String to = Notification.inBoth(person.getDepartment().getName(), person.getDepartment().getNameEn());
            officers.forEach(login -> notifications.tell(login, "liaisons.notice.moved" + suffix,
                    List.of(person.getName(), person.getEmployeeNo(), department, to), "/liaisons/manage.xhtml"));
        }
    }

    /**
     * Every department, in code order, with its current liaisons and its cover; a department without any names the
     * appointment that ended last, if one did.
     */
    public List<LiaisonRows.DepartmentCover> covers() {
        Map<Long, List<LiaisonEntry>> byDepartment = current().stream()
                .collect(Collectors.groupingBy(a -> a.getDepartment().getId()));
        // the last end recorded in each department (the entries are never changed: the highest id is the latest)
        Map<Long, LiaisonEntry> lastEnds = new java.util.HashMap<>();
        em.createQuery("select l from LiaisonEntry l join fetch l.employee join fetch l.department "
                        + "where l.kind = :ended order by l.effectiveOn, l.id", LiaisonEntry.class)
                .setParameter("ended", LiaisonEntryKind.ENDED).getResultStream()
                .forEach(l -> lastEnds.put(l.getDepartment().getId(), l));
        return em.createNamedQuery(Department.ALL, Department.class).getResultStream().map(d -> {
            List<LiaisonRows.Serving> serving = byDepartment.getOrDefault(d.getId(), List.of()).stream()
                    .sorted(Comparator.comparing(LiaisonEntry::getEffectiveOn).thenComparing(LiaisonEntry::getId))
                    .map(a -> {
                        LiaisonRules.Standing standing = LiaisonRules.standing(a.getEmployee().getStatus(),
                                a.getEmployee().getDepartment().getId().equals(d.getId()));
                        // the register says since when a liaison no longer serves, as the secrecy file does
                        return new LiaisonRows.Serving(a.getId(), a.getEmployee().getEmployeeNo(),
                                a.getEmployee().getName(), a.getEffectiveOn(), a.getReference(), standing,
                                a.getRecordedAt(), standing == LiaisonRules.Standing.SERVING ? null
                                : awaySince(a, standing), standing == LiaisonRules.Standing.SERVING
                                ? leaving(a.getEmployee().getEmployeeNo()) : null);
                    })
                    .toList();
            LiaisonEntry lastEnd = serving.isEmpty() ? lastEnds.get(d.getId()) : null;
            return new LiaisonRows.DepartmentCover(d.getCode(), d.getName(), d.getNameEn(),
                    LiaisonRules.cover(serving.stream().map(LiaisonRows.Serving::standing).toList(), lastEnd != null),
                    serving, lastEnd == null ? null : new LiaisonRows.Ended(lastEnd.getEmployee().getEmployeeNo(),
                            lastEnd.getEmployee().getName(), lastEnd.getEffectiveOn()));
        }).toList();
    }

    /**
     * A serving liaison's open 离岗 or 离职 (not a hand-over nor a lowering that keeps them in post), asked of the
     * departures feature as before an appointment ({@link LeavingThePostAsked}); null when none. The register marks
     * them (正在办理离职，需安排接任) as the topic pledges' letter list does (outside check ex-s37i 4).
     */
    private LiaisonRows.Leaving leaving(String employeeNo) {
        LeavingThePostAsked asked = new LeavingThePostAsked(employeeNo);
        leavingAsked.fire(asked);
        return asked.isLeaving() ? new LiaisonRows.Leaving(asked.leavesUnit(), asked.plannedLastDay()) : null;
    }

    /**
     * The appointment this person serves now, by the day it began and when it was recorded: a current appointment
     * in the department they belong to, while they are in the unit and in post (a liaison who moved or left serves
     * none); empty when none.
     */
    public Optional<LiaisonRows.Since> servingSince(Employee person) {
        return appointmentServedBy(person.getEmployeeNo())
                .map(a -> new LiaisonRows.Since(a.getEffectiveOn(), a.getRecordedAt()));
    }

    /**
     * The code of the department the person with this staff number serves as its liaison now (see
     * {@link #servingSince}); empty when they serve none or are not on the roster.
     */
    public Optional<String> departmentServedBy(String employeeNo) {
        return appointmentServedBy(employeeNo).map(a -> a.getDepartment().getCode());
    }

    /**
     * The (earliest) current appointment the person serves: in their own department, while they are neither gone
     * from the unit nor from the post ({@link LiaisonRules#standing}'s SERVING). One query: it is asked on every
     * home page.
     */
    private Optional<LiaisonEntry> appointmentServedBy(String employeeNo) {
        return em.createQuery("select a from LiaisonEntry a join fetch a.department join a.employee e "
                        + "where e.employeeNo = :no and a.kind = :appointed and a.department = e.department "
                        + "and e.status not in :gone and not exists (select x from LiaisonEntry x where x.ends = a) "
                        + "order by a.effectiveOn", LiaisonEntry.class).setParameter("no", employeeNo)
                .setParameter("appointed", LiaisonEntryKind.APPOINTED)
                .setParameter("gone", List.of(EmployeeStatus.LEFT_UNIT, EmployeeStatus.LEFT_POST)).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The people serving a current appointment now: in the unit, in post, in the appointing department. */
    public List<Employee> servingNow() {
        return current().stream().filter(a -> LiaisonRules.standing(a.getEmployee().getStatus(),
                        a.getEmployee().getDepartment().getId().equals(a.getDepartment().getId()))
                        == LiaisonRules.Standing.SERVING).map(LiaisonEntry::getEmployee).distinct().toList();
    }

    /**
     * The person's current appointments (not ended) that they no longer serve, by the appointment's id: moved to
     * another department, or gone from the post or the unit, with the day of the change that took them out (their
     * secrecy file read "起任办公室兼职保密员" after a move, while the register showed 需增补; outside check).
     */
    public Map<Long, LiaisonRows.Away> awayOf(String employeeNo) {
        Map<Long, LiaisonRows.Away> away = new java.util.HashMap<>();
        for (LiaisonEntry a : em.createQuery(CURRENT + " and e.employeeNo = :no", LiaisonEntry.class)
                .setParameter("appointed", LiaisonEntryKind.APPOINTED).setParameter("no", employeeNo)
                .getResultList()) {
            Employee person = a.getEmployee();
            LiaisonRules.Standing standing = LiaisonRules.standing(person.getStatus(),
                    person.getDepartment().getId().equals(a.getDepartment().getId()));
            if (standing == LiaisonRules.Standing.SERVING) {
                continue;
            }
            away.put(a.getId(), new LiaisonRows.Away(standing, awaySince(a, standing)));
        }
        return away;
    }

    /**
     * The day of the change that took the liaison of an appointment out of it: the last move out of its department,
     * or the last change into the status they have now (left the post or the unit); null when the history has none.
     */
    private LocalDate awaySince(LiaisonEntry a, LiaisonRules.Standing standing) {
        Employee person = a.getEmployee();
        TypedQuery<LocalDate> since = standing == LiaisonRules.Standing.MOVED
                ? em.createQuery("select max(c.effectiveOn) from PersonnelChange c where c.employee = :e "
                        + "and c.oldDepartment = :d and c.newDepartment <> :d", LocalDate.class)
                .setParameter("d", a.getDepartment().getCode())
                : em.createQuery("select max(c.effectiveOn) from PersonnelChange c where c.employee = :e "
                        + "and c.newStatus = :s and (c.oldStatus is null or c.oldStatus <> :s)", LocalDate.class)
                .setParameter("s", person.getStatus());
        return since.setParameter("e", person).getSingleResult();
    }

    /** Every entry of the register, newest first. */
    public List<LiaisonRows.Entry> history() {
        return rows(em.createQuery(ENTRIES + "order by l.recordedAt desc, l.id desc", LiaisonEntry.class));
    }

    /** A person's entries, oldest first (their secrecy file). */
    public List<LiaisonRows.Entry> of(String employeeNo) {
        return rows(em.createQuery(ENTRIES + "where e.employeeNo = :no order by l.recordedAt, l.id", LiaisonEntry.class)
                .setParameter("no", employeeNo));
    }

    /** Every entry, oldest first (the records workbook). */
    public List<LiaisonRows.Entry> all() {
        return rows(em.createQuery(ENTRIES + "order by l.recordedAt, l.id", LiaisonEntry.class));
    }

    private static List<LiaisonRows.Entry> rows(TypedQuery<LiaisonEntry> query) {
        return query.getResultStream().map(l -> new LiaisonRows.Entry(l.getId(), l.getKind(),
                l.getDepartment().getCode(), l.getDepartment().getName(), l.getDepartment().getNameEn(),
                l.getEmployee().getEmployeeNo(),
                l.getEmployee().getName(), l.getEffectiveOn(), l.getReference(), l.getReason(), l.getRecordedBy(),
                l.getRecordedAt(), l.getEnds() == null ? null : l.getEnds().getId(),
                l.getEnds() == null ? null : l.getEnds().getEffectiveOn())).toList();
    }

    private List<LiaisonEntry> current() {
        return em.createQuery(CURRENT, LiaisonEntry.class).setParameter("appointed", LiaisonEntryKind.APPOINTED)
                .getResultList();
    }

    private boolean ended(LiaisonEntry appointment) {
        return em.createQuery("select count(x) from LiaisonEntry x where x.ends = :a", Long.class)
                .setParameter("a", appointment).getSingleResult() > 0;
    }

    /**
     * Keeps the entry, appends it to the evidence log and tells the features that follow who answers for a department
     * ({@link LiaisonChanged}: the department's self-inspection forms and findings pass to a liaison appointed for
     * want of a head, and from one whose appointment ended), all in this transaction.
     */
    private void append(LiaisonEntry entry) {
        em.persist(entry);
        em.flush();
        evidence.append(EvidenceKind.LIAISON_ENTRY, entry.getId());
        changes.fire(new LiaisonChanged(entry.getId(), entry.getEmployee().getEmployeeNo(),
                entry.getDepartment().getCode(), entry.getKind() == LiaisonEntryKind.APPOINTED,
                entry.getRecordedBy()));
    }

    private static String optional(String value, int max, Reason tooLong) {
        if (Texts.tooLong(value, max)) {
            throw new LiaisonRefusedException(tooLong);
        }
        return Texts.clean(value);
    }
}
