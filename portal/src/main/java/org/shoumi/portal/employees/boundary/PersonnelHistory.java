package org.shoumi.portal.employees.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.employees.control.ClassHistory;
import org.shoumi.portal.employees.control.ClassHistory.ClassChange;
import org.shoumi.portal.employees.control.PlaceHistory;
import org.shoumi.portal.employees.control.PlaceHistory.Place;
import org.shoumi.portal.employees.entity.ChangeSource;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.PersonnelChange;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.events.PersonnelChanged;
import org.shoumi.portal.organisation.entity.CodedName;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;

/**
 * A person's history: every change of name, department, post, secrecy class and status becomes one immutable
 * dated entry, written in the transaction of the change and announced as {@link PersonnelChanged} (the evidence
 * log links it into the chain in the same transaction). Every path that changes a person comes through here:
 * the hire form, the change form, the roster import, an approved departure, a completed onboarding.
 */
@ApplicationScoped
@Boundary
public class PersonnelHistory {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Event<PersonnelChanged> changed;

    @Inject
    Event<RaisesNotTakenUp> raisesAsked;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    Clock clock = Clock.systemUTC();

    /** The first entry of a person just hired (persisted in this transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hired(Employee person, String by, ChangeSource source) {
        hired(person, by, source, null);
    }

    /** The hire's entry with a reason (HR's confirmation that the hire is not a leaver of the same name). */
    public void hired(Employee person, String by, ChangeSource source, String reason) {
        store(PersonnelChange.hire(person, clock.instant(), person.getHireDate(), by, source, reason));
    }

    /**
     * The entry of a change made in this transaction, from {@code before} to what the person is now; nothing
     * when nothing changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PersonnelChange> changed(Employee person, Employee.Snapshot before, String by, ChangeSource source,
                                             String reason) {
        return changed(person, before, by, source, reason, LocalDate.ofInstant(clock.instant(), ZoneId.of(zone)));
    }

    /**
     * The entry of a change that took effect on another day than it is recorded (a departure approved as of an
     * earlier day: the person left the post on the approval day, which the history shows; when it was recorded is
     * kept beside it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PersonnelChange> changed(Employee person, Employee.Snapshot before, String by, ChangeSource source,
                                             String reason, LocalDate effectiveOn) {
        Optional<PersonnelChange> entry = PersonnelChange.between(person, before, clock.instant(), effectiveOn, by,
                source, reason);
        entry.ifPresent(this::store);
        return entry;
    }

    /** The history of a person, oldest first; empty for an unknown staff number. */
    public List<HistoryRow> of(String employeeNo) {
        Optional<Employee> person = Employee.byNumber(em, employeeNo).getResultStream().findFirst();
        if (person.isEmpty()) {
            return List.of();
        }
        Map<String, CodedName> departments = byCode(em.createNamedQuery(Department.ALL, Department.class)
                .getResultList());
        Map<String, CodedName> posts = byCode(em.createNamedQuery(Post.ALL, Post.class).getResultList());
        return entriesOf(person.get()).stream().map(c -> row(c, departments, posts)).toList();
    }

    /**
     * Everyone's history by staff number, each oldest first as {@link #of} gives it, read in one query (for the
     * whole unit's records: one query per person would not scale to a large unit).
     */
    public Map<String, List<HistoryRow>> ofEveryone() {
        Map<String, CodedName> departments = byCode(em.createNamedQuery(Department.ALL, Department.class)
                .getResultList());
        Map<String, CodedName> posts = byCode(em.createNamedQuery(Post.ALL, Post.class).getResultList());
        Map<String, List<HistoryRow>> everyone = new java.util.HashMap<>();
        for (PersonnelChange c : em.createNamedQuery(PersonnelChange.ALL, PersonnelChange.class).getResultList()) {
            everyone.computeIfAbsent(c.getEmployee().getEmployeeNo(), k -> new java.util.ArrayList<>())
                    .add(row(c, departments, posts));
        }
        return everyone;
    }

    private static HistoryRow row(PersonnelChange c, Map<String, CodedName> departments, Map<String, CodedName> posts) {
        return new HistoryRow(c.getId(), c.getChangedAt(), c.getEffectiveOn(), c.getChangedBy(), c.getSource(),
                c.getReason(), c.getOldName(), c.getNewName(), named(departments, c.getOldDepartment()),
                named(departments, c.getNewDepartment()), named(posts, c.getOldPost()), named(posts, c.getNewPost()),
                c.getOldClass(), c.getNewClass(), c.getOldStatus(), c.getNewStatus());
    }

    /**
     * The highest secrecy class the person held from {@code from} until now (see {@link ClassHistory}; a class
     * corrected before the post was taken up, source {@link ChangeSource#CORRECTION}, was never held, nor one they
     * were raised into and never took up, {@link RaisesNotTakenUp}); call with the person managed in the caller's
     * transaction.
     */
    public SecrecyClass highestClassSince(Employee person, Instant from) {
        return ClassHistory.highestHeldSince(person.getSecrecyClass(), classChanges(person, false), from);
    }

    /**
     * The class the person was raised from, when their last change of class raised them in post into a class they
     * have not taken up (no passed 上岗审查 since: {@link RaisesNotTakenUp}) and hold still; set back to it, the raise
     * is corrected rather than left by a departure. Call with the person managed in the caller's transaction.
     */
    public Optional<SecrecyClass> raisedFromNotTakenUp(Employee person) {
        return ClassHistory.raisedFromNotTakenUp(person.getSecrecyClass(), classChanges(person, true));
    }

    /**
     * The person's history as {@link ClassHistory} reads it, each entry marked as the vetting feature says;
     * {@code inPostOnly}: only the raises in post are marked never taken up (a re-post's raise counts as the class
     * before it for the 脱密期, but setting the person back is no correction of a raise).
     */
    private List<ClassChange> classChanges(Employee person, boolean inPostOnly) {
        List<PersonnelChange> entries = entriesOf(person);
        RaisesNotTakenUp asked = new RaisesNotTakenUp(person);
        raisesAsked.fire(asked);
        java.util.Set<Long> notTakenUp = inPostOnly ? asked.inPostEntries() : asked.entries();
        return entries.stream().map(c -> new ClassChange(c.getChangedAt(), c.getOldClass(), c.getNewClass(),
                c.getSource() == ChangeSource.CORRECTION, notTakenUp.contains(c.getId()))).toList();
    }

    /**
     * The class a person's 学时 target of {@code year} follows: the one their history gives them on the year's last
     * day, or today for the year under way ({@link PlaceHistory#classDayOfYear}), by the rule of {@link PlaceHistory#on} and
     * of the year-end report; call with the person managed in the caller's transaction.
     */
    public SecrecyClass classOfYear(Employee person, int year, LocalDate today) {
        List<PlaceHistory.Change> changes = entriesOf(person).stream()
                .map(c -> new PlaceHistory.Change(c.getEffectiveOn(), c.getOldDepartment(), c.getOldClass(),
                        c.getNewDepartment(), c.getNewClass())).toList();
        // only the class is read: the department now (a lazy association of a person who may be detached) is not
        return PlaceHistory.on(PlaceHistory.classDayOfYear(year, today), new Place(null, person.getSecrecyClass()),
                changes).secrecyClass();
    }

    /**
     * Where everyone on the roster was at each of {@code moments} (sessions' starts), by moment and staff number: the
     * place {@link PlaceHistory#at} gives them, an entry of the moment's day counting once it was registered by then
     * (a move or a hire registered in the evening rewrote who was expected at the morning's session: outside check).
     * Someone not yet in the unit at the moment (hired later) is missing. The history and the roster are read once.
     */
    public Map<Instant, Map<String, Place>> placesAt(java.util.Collection<Instant> moments) {
        Map<Long, List<PlaceHistory.Change>> changes = new HashMap<>();
        em.createQuery("select c.employee.id, c.effectiveOn, c.oldDepartment, c.oldClass, c.newDepartment, "
                        + "c.newClass, c.changedAt from PersonnelChange c order by c.changedAt, c.id", Object[].class)
                .getResultStream().forEach(r -> changes.computeIfAbsent((Long) r[0], k -> new java.util.ArrayList<>())
                        .add(new PlaceHistory.Change((LocalDate) r[1], (String) r[2], (SecrecyClass) r[3],
                                (String) r[4], (SecrecyClass) r[5], (Instant) r[6])));
        List<Object[]> roster = em.createQuery("select e.id, e.employeeNo, e.department.code, e.secrecyClass "
                + "from Employee e", Object[].class).getResultList();
        ZoneId unit = ZoneId.of(zone);
        Map<Instant, Map<String, Place>> byMoment = new HashMap<>();
        for (Instant moment : moments) {
            LocalDate day = LocalDate.ofInstant(moment, unit);
            Map<String, Place> places = new HashMap<>();
            roster.forEach(r -> PlaceHistory.at(moment, day, new Place((String) r[2], (SecrecyClass) r[3]),
                    changes.getOrDefault((Long) r[0], List.of())).ifPresent(p -> places.put((String) r[1], p)));
            byMoment.put(moment, places);
        }
        return byMoment;
    }

    /** {@link #placesAt(java.util.Collection)} of one moment. */
    public Map<String, Place> placesAt(Instant moment) {
        return placesAt(java.util.Set.of(moment)).get(moment);
    }

    /**
     * The day each person who left the unit left it, by person id: the day the change to 离职 took effect (an approved
     * 离职 takes effect on the person's last day, the approval waiting for it). Those with no such entry (none
     * recorded) are missing: nobody can say they were still in the unit on any day.
     */
    public Map<Long, LocalDate> leftUnitOn() {
        return cameTo(EmployeeStatus.LEFT_UNIT);
    }

    /**
     * The day each person came to this status from another (left the post, 离岗, or the unit, 离职), by person id: the
     * day the latest such change took effect. Those with no such entry are missing.
     */
    public Map<Long, LocalDate> cameTo(EmployeeStatus status) {
        Map<Long, LocalDate> days = new HashMap<>();
        em.createQuery("select c.employee.id, max(c.effectiveOn) from PersonnelChange c where " + CAME_TO
                + " group by c.employee.id", Object[].class).setParameter("status", status).getResultStream()
                .forEach(r -> days.put((Long) r[0], (LocalDate) r[1]));
        return days;
    }

    /**
     * The first day the person took up a post (待上岗 → 在岗: their onboarding completed), empty when never. It may
     * come before their hire date: a hire trained ahead of their first day is in post from the completion. An entry
     * dated on the hire date while recorded earlier (made so before December 2026) counts from when it was recorded,
     * the moment the roster said 在岗.
     */
    public Optional<LocalDate> tookUpPostOn(Employee person) {
        Object[] r = em.createQuery("select min(c.effectiveOn), min(c.changedAt) from PersonnelChange c "
                        + "where c.employee = :employee and c.oldStatus = :onboarding and c.newStatus = :active",
                Object[].class).setParameter("employee", person).setParameter("onboarding", EmployeeStatus.ONBOARDING)
                .setParameter("active", EmployeeStatus.ACTIVE).getSingleResult();
        if (r[0] == null || r[1] == null) {
            return Optional.empty();
        }
        LocalDate recorded = LocalDate.ofInstant((Instant) r[1], ZoneId.of(zone));
        LocalDate effective = (LocalDate) r[0];
        return Optional.of(recorded.isBefore(effective) ? recorded : effective);
    }

    /** {@link #leftUnitOn()} of one person; empty when they have not left, or no entry says when. */
    public Optional<LocalDate> leftUnitOn(Employee person) {
        return Optional.ofNullable(em.createQuery("select max(c.effectiveOn) from PersonnelChange c "
                + "where c.employee = :employee and " + CAME_TO, LocalDate.class)
                .setParameter("employee", person).setParameter("status", EmployeeStatus.LEFT_UNIT).getSingleResult());
    }

    /**
     * When the person's post last changed (from one post to another; the hire's entry names none before it), as
     * recorded; empty when it never changed. A transfer programme still open counts what is done for it from then on
     * (its pledge names the post).
     */
    public Optional<Instant> lastPostChange(Employee person) {
        return Optional.ofNullable(em.createQuery("select max(c.changedAt) from PersonnelChange c "
                + "where c.employee = :employee and c.oldPost is not null and c.oldPost <> c.newPost", Instant.class)
                .setParameter("employee", person).getSingleResult());
    }

    /**
     * When the person last left the secret-related post or the unit (an entry that changed their status to 离岗 or 离职,
     * as recorded), empty when never. A topic pledge issued before is ended by that leaving, also after a re-post.
     */
    public Optional<Instant> lastLeftPost(Employee person) {
        return Optional.ofNullable(em.createQuery("select max(c.changedAt) from PersonnelChange c "
                        + "where c.employee = :employee and " + LEFT, Instant.class)
                .setParameter("employee", person).setParameter("leftPost", EmployeeStatus.LEFT_POST)
                .setParameter("leftUnit", EmployeeStatus.LEFT_UNIT).getSingleResult());
    }

    /** {@link #lastLeftPost(Employee)} of everyone who ever left the post or the unit, by person id. */
    public Map<Long, Instant> lastLeftPost() {
        Map<Long, Instant> left = new HashMap<>();
        em.createQuery("select c.employee.id, max(c.changedAt) from PersonnelChange c where " + LEFT
                        + " group by c.employee.id", Object[].class).setParameter("leftPost", EmployeeStatus.LEFT_POST)
                .setParameter("leftUnit", EmployeeStatus.LEFT_UNIT).getResultStream()
                .forEach(r -> left.put((Long) r[0], (Instant) r[1]));
        return left;
    }

    /** An entry that took the person out of the post or the unit (from a status other than those). */
    private static final String LEFT = "c.newStatus in (:leftPost, :leftUnit) and (c.oldStatus is null "
            + "or c.oldStatus not in (:leftPost, :leftUnit))";

    /** An entry that changed the person's status to :status. */
    private static final String CAME_TO = "c.newStatus = :status and (c.oldStatus is null or c.oldStatus <> :status)";

    private List<PersonnelChange> entriesOf(Employee person) {
        return em.createNamedQuery(PersonnelChange.OF_EMPLOYEE, PersonnelChange.class)
                .setParameter("employee", person).getResultList();
    }

    private void store(PersonnelChange entry) {
        em.persist(entry);
        em.flush();
        changed.fire(new PersonnelChanged(entry.getId(), entry.getEmployee().getEmployeeNo()));
    }

    private static Map<String, CodedName> byCode(List<? extends CodedName> all) {
        Map<String, CodedName> map = new HashMap<>();
        all.forEach(c -> map.put(c.getCode(), c));
        return map;
    }

    private static HistoryRow.Named named(Map<String, CodedName> known, String code) {
        if (code == null) {
            return null;
        }
        CodedName n = known.get(code);
        return n == null ? new HistoryRow.Named(code, code, null) : new HistoryRow.Named(code, n.getName(), n.getNameEn());
    }
}
