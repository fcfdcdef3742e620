package org.shoumi.portal.disclosures.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.disclosures.boundary.DisclosureRefusedException.Reason;
import org.shoumi.portal.disclosures.control.DisclosureRules;
import org.shoumi.portal.disclosures.control.DisclosureRules.Actor;
import org.shoumi.portal.disclosures.entity.DisclosureRequest;
import org.shoumi.portal.disclosures.entity.DisclosureStatus;
import org.shoumi.portal.disclosures.entity.DisclosureStep;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.PersonnelChange;
import org.shoumi.portal.events.PersonnelChanged;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.portal.notifications.boundary.Notifications;
import org.shoumi.portal.notifications.entity.Notification;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.content.text.Texts;

/**
 * Secrecy review before publication (信息公开保密审查). A person asks; the head of their department checks (the
 * secrecy office when the department has no head); the secrecy office decides; the requester records the
 * publication. Each step is a row of its own, appended to the evidence log in its transaction, and the next
 * person to act is told (the bell). Roles are read from the logins in the database, so the rules hold for every
 * caller, not only for the pages. Who may read a request: the requester, the heads of its department, the
 * secrecy office and auditors.
 */
@ApplicationScoped
@Boundary
public class Disclosures {

    private static final String REQUEST_PAGE = "/disclosures/request.xhtml?id=";

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    EvidenceLog evidence;

    @Inject
    Notifications notifications;

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    /** How many days ahead a planned publication day may lie (a year by default, as a travel request's departure). */
    @Inject
    @ConfigProperty(name = "shoumi.portal.disclosures.planned-max-days-ahead", defaultValue = "365")
    int plannedMaxDays;

    Clock clock = Clock.systemUTC();

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(zone)));
    }

    /** The person behind {@code username} asks for a review; returns the request's id. */
    public long submit(String username, DisclosureDraft draft) {
        Employee person = person(username).orElseThrow(() -> new DisclosureRefusedException(Reason.NO_PERSON));
        String title = text(draft.title(), DisclosureRequest.TITLE_MAX, Reason.TITLE_MISSING, Reason.TITLE_TOO_LONG);
        if (draft.kind() == null) {
            throw new DisclosureRefusedException(Reason.KIND_MISSING);
        }
        String channel = text(draft.channel(), DisclosureRequest.CHANNEL_MAX, Reason.CHANNEL_MISSING,
                Reason.CHANNEL_TOO_LONG);
        if (!DisclosureRules.plannedDayAllowed(draft.plannedOn(), today())) {
            throw new DisclosureRefusedException(Reason.PLANNED_IN_PAST);
        }
        if (DisclosureRules.plannedDayTooFar(draft.plannedOn(), today(), plannedMaxDays)) {
            throw new DisclosureRefusedException(Reason.PLANNED_TOO_FAR_AHEAD, List.of(plannedMaxDays,
                    DisclosureRules.latestPlannedDay(today(), plannedMaxDays).toString()));
        }
        String summary = text(draft.summary(), DisclosureRequest.SUMMARY_MAX, Reason.SUMMARY_MISSING,
                Reason.SUMMARY_TOO_LONG);
        String reference = optional(draft.reference(), DisclosureRequest.REFERENCE_MAX, Reason.REFERENCE_TOO_LONG);
        if (!draft.selfChecked()) {
            throw new DisclosureRefusedException(Reason.SELF_CHECK_MISSING);
        }
        // the same request once: the form sent twice made requests #1 and #2 ("待审查的申请：2 件"; outside check).
        // The person's row is locked so that two posts at once are counted one after the other
        em.lock(person, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        boolean asked = em.createQuery("select r from DisclosureRequest r where r.employee = :p and r.title = :t",
                        DisclosureRequest.class).setParameter("p", person).setParameter("t", title).getResultStream()
                .anyMatch(r -> r.getKind() == draft.kind() && r.getChannel().equals(channel)
                        && java.util.Objects.equals(r.getPlannedOn(), draft.plannedOn())
                        && r.getSummary().equals(summary) && java.util.Objects.equals(r.getReference(), reference)
                        && DisclosureRules.repeats(r.getStatus(), r.getRequestedAt(), now));
        if (asked) {
            throw new DisclosureRefusedException(Reason.ALREADY_REQUESTED);
        }
        DisclosureRequest request = new DisclosureRequest(person, title, draft.kind(), channel, draft.plannedOn(),
                summary, reference, username, now);
        em.persist(request);
        em.flush();
        append(request, new DisclosureStep(request, DisclosureStatus.SUBMITTED, null, null, username,
                request.getRequestedAt()));
        List<String> heads = heads(request.getDepartment(), person);
        tell(heads.isEmpty() ? officers(username) : heads, "disclosures.notice.submitted", request,
                List.of(person.getName(), title));
        return request.getId();
    }

    /**
     * A reviewer's step: the department's check ({@code DEPARTMENT_AGREED}), the secrecy office's decision
     * ({@code APPROVED}, {@code APPROVED_WITH_CHANGES}), or a refusal at either stage ({@code REFUSED}). A refusal
     * and an approval with changes need their text, one that says something ({@link Texts#saysSomething}) and more
     * than the decision itself ({@link DisclosureRules#givesReason}: "不同意公开", "不予公开" alone are refused).
     */
    public void review(long requestId, String by, DisclosureStatus step, String note) {
        if (step == null || step == DisclosureStatus.SUBMITTED || step == DisclosureStatus.WITHDRAWN
                || step == DisclosureStatus.PUBLISHED) {
            throw new DisclosureRefusedException(Reason.DECISION_MISSING);
        }
        DisclosureRequest request = locked(requestId);
        check(request, step, by);
        boolean needsNote = step == DisclosureStatus.REFUSED || step == DisclosureStatus.APPROVED_WITH_CHANGES;
        // the department's refusal is told what the department can do: it has no "删改后同意" (outside check)
        Reason missing = step == DisclosureStatus.REFUSED && request.getStatus() == DisclosureStatus.SUBMITTED
                ? Reason.CHECK_NOTE_MISSING : Reason.NOTE_MISSING;
        String text = needsNote ? text(note, DisclosureStep.NOTE_MAX, missing, Reason.NOTE_TOO_LONG)
                : optional(note, DisclosureStep.NOTE_MAX, Reason.NOTE_TOO_LONG);
        // the reason of a refusal and the changes to make say something, by the rule of the other notes: a refusal
        // with "-" and 删改后同意公开 with "无" were taken, and the requester was told nothing (outside check)
        if (needsNote && !Texts.saysSomething(text)) {
            throw new DisclosureRefusedException(missing);
        }
        // nor does one that only repeats the decision: "不同意公开", the option's own label, was kept as the head's
        // reason and the requester learnt nothing (outside check ex-s38e 3)
        if (needsNote && !DisclosureRules.givesReason(text)) {
            throw new DisclosureRefusedException(missing == Reason.CHECK_NOTE_MISSING
                    ? Reason.CHECK_NOTE_RESTATES_DECISION : Reason.NOTE_RESTATES_DECISION);
        }
        append(request, new DisclosureStep(request, step, null, text, by, clock.instant()));
        if (step == DisclosureStatus.DEPARTMENT_AGREED) {
            tell(officers(request.getRequestedBy()), "disclosures.notice.agreed", request,
                    List.of(request.getEmployee().getName(), request.getTitle()));
        } else {
            tell(requesterLogins(request), "disclosures.notice.decided", request, List.of(request.getTitle()));
        }
    }

    /**
     * The requester withdraws an open request. Whoever it waited for is told (the department's heads, or the
     * secrecy office for the decision or for a department without a head), so that nobody reviews it in vain: their
     * notice still read "…请初审。" (outside check).
     */
    public void withdraw(long requestId, String by) {
        DisclosureRequest request = locked(requestId);
        check(request, DisclosureStatus.WITHDRAWN, by);
        DisclosureStatus was = request.getStatus();
        append(request, new DisclosureStep(request, DisclosureStatus.WITHDRAWN, null, null, by, clock.instant()));
        List<String> heads = heads(request.getDepartment(), request.getEmployee());
        List<String> waiting = was == DisclosureStatus.SUBMITTED && !heads.isEmpty() ? heads
                : officers(request.getRequestedBy());
        tell(waiting, "disclosures.notice.withdrawn", request,
                List.of(request.getEmployee().getName(), request.getTitle()));
    }

    /** The requester (or the secrecy office) records when and where an approved request went out. */
    public void published(long requestId, String by, LocalDate day, String place) {
        DisclosureRequest request = locked(requestId);
        check(request, DisclosureStatus.PUBLISHED, by);
        LocalDate approvedOn = em.createQuery("select s.doneAt from DisclosureStep s where s.request = :r "
                        + "and s.kind in :approved", java.time.Instant.class).setParameter("r", request)
                .setParameter("approved", List.of(DisclosureStatus.APPROVED, DisclosureStatus.APPROVED_WITH_CHANGES))
                .getSingleResult().atZone(ZoneId.of(zone)).toLocalDate();
        DisclosureRules.publishedDay(day, approvedOn, today()).ifPresent(problem -> {
            throw new DisclosureRefusedException(switch (problem) {
                case MISSING -> Reason.PUBLISHED_DAY_MISSING;
                case IN_FUTURE -> Reason.PUBLISHED_DAY_IN_FUTURE;
                case BEFORE_APPROVAL -> Reason.PUBLISHED_BEFORE_APPROVAL;
            });
        });
        String where = text(place, DisclosureStep.NOTE_MAX, Reason.PLACE_MISSING, Reason.PLACE_TOO_LONG);
        append(request, new DisclosureStep(request, DisclosureStatus.PUBLISHED, day, where, by, clock.instant()));
    }

    /** The requests of the person behind {@code username}, newest first. */
    public List<DisclosureRow> mine(String username) {
        return person(username).map(p -> rows(em.createQuery("select r from DisclosureRequest r "
                        + "where r.employee = :e order by r.requestedAt desc, r.id desc", DisclosureRequest.class)
                .setParameter("e", p).getResultList())).orElse(List.of());
    }

    /**
     * The register a reviewer sees: every request for the secrecy office and auditors ({@code mayReadAll}), the
     * requests of their own department for a head; open ones first (oldest first), then the others newest first.
     */
    public List<DisclosureRow> register(String username, boolean mayReadAll) {
        List<DisclosureRequest> found;
        if (mayReadAll) {
            found = em.createQuery("select r from DisclosureRequest r join fetch r.employee join fetch r.department",
                    DisclosureRequest.class).getResultList();
        } else {
            List<Department> headed = headed(username);
            found = headed.isEmpty() ? List.of() : em.createQuery("select r from DisclosureRequest r "
                    + "join fetch r.employee join fetch r.department where r.department in :d",
                    DisclosureRequest.class).setParameter("d", headed).getResultList();
        }
        return rows(found).stream().sorted(Comparator.comparing((DisclosureRow r) -> !r.isOpen())
                .thenComparing((a, b) -> a.isOpen() ? a.requestedAt().compareTo(b.requestedAt())
                        : b.requestedAt().compareTo(a.requestedAt()))
                .thenComparing(DisclosureRow::id)).toList();
    }

    /**
     * How many requests wait for {@code username} now: as a head, the department's check of their departments'
     * requests; as a secrecy officer, the decisions, and the check of requests from departments without a head
     * (other than the requester: a head's own request is checked by another head, or else by the office).
     * Never their own. Three counts at most, for the home page.
     */
    public long waitingFor(String username, boolean head, boolean officer) {
        Optional<Employee> me = person(username);
        long waiting = 0;
        if (head && me.isPresent()) {
            List<Department> headed = headed(username);
            waiting += headed.isEmpty() ? 0 : em.createQuery("select count(r) from DisclosureRequest r "
                            + "where r.status = :s and r.department in :d and r.employee <> :me", Long.class)
                    .setParameter("s", DisclosureStatus.SUBMITTED).setParameter("d", headed)
                    .setParameter("me", me.get()).getSingleResult();
        }
        if (officer) {
            String notMine = me.isPresent() ? " and r.employee <> :me" : "";
            var decisions = em.createQuery("select count(r) from DisclosureRequest r where r.status = :s" + notMine,
                    Long.class).setParameter("s", DisclosureStatus.DEPARTMENT_AGREED);
            // the check of a department without a head other than the requester, as heads(department, requester) and
            // the rules' actor have it: the only head's own request waits for the office, which is told and offered
            // the check, and was missing from this count (outside check ex-s37e 3)
            var headless = em.createQuery("select count(r) from DisclosureRequest r where r.status = :s" + notMine
                    + " and not exists (select a from Account a join a.employee e join a.roles ro where ro = :role "
                    + "and a.enabled = true and e.department = r.department and e.status <> :left "
                    + "and e <> r.employee)", Long.class)
                    .setParameter("s", DisclosureStatus.SUBMITTED).setParameter("role", Role.DEPT_HEAD)
                    .setParameter("left", EmployeeStatus.LEFT_UNIT);
            if (me.isPresent()) {
                decisions.setParameter("me", me.get());
                headless.setParameter("me", me.get());
            }
            waiting += decisions.getSingleResult() + headless.getSingleResult();
        }
        return waiting;
    }

    /** Every request, oldest first (the records workbook). */
    public List<DisclosureRow> all() {
        return rows(em.createQuery("select r from DisclosureRequest r join fetch r.employee join fetch r.department "
                + "order by r.requestedAt, r.id", DisclosureRequest.class).getResultList());
    }

    /** A person's requests, oldest first (their secrecy file). */
    public List<DisclosureRow> of(String employeeNo) {
        return rows(em.createQuery("select r from DisclosureRequest r where r.employee.employeeNo = :no "
                + "order by r.requestedAt, r.id", DisclosureRequest.class).setParameter("no", employeeNo)
                .getResultList());
    }

    /**
     * One request, for someone who may read it (the requester, a head of its department, a secrecy officer, or
     * anyone {@code mayReadAll} — auditors), with what this login may do with it; empty otherwise, as for one
     * that does not exist.
     */
    public Optional<Seen> find(long requestId, String username, boolean mayReadAll) {
        DisclosureRequest request = em.find(DisclosureRequest.class, requestId);
        if (request == null) {
            return Optional.empty();
        }
        Actor actor = actor(request, username);
        if (!(actor.requester() || actor.head() || actor.officer() || mayReadAll)) {
            return departed(request, username);
        }
        DisclosureStatus status = request.getStatus();
        boolean reviews = DisclosureRules.mayReview(status, actor);
        return Optional.of(new Seen(rows(List.of(request)).get(0), reviews && status == DisclosureStatus.SUBMITTED,
                reviews && status == DisclosureStatus.DEPARTMENT_AGREED,
                DisclosureRules.check(status, DisclosureStatus.WITHDRAWN, actor).isEmpty(),
                DisclosureRules.check(status, DisclosureStatus.PUBLISHED, actor).isEmpty(), null));
    }

    /**
     * A request this login may no longer read as a head: one they took a step on themselves is read as their own
     * decision (no step offered); one of the department a head has moved away from since it was asked, or whose head's
     * role they lost since, says only that it is no longer theirs to check, and since when (the head moved to another
     * department followed the notice "…请初审" to a 404; outside check; so did a head whose role was withdrawn). Empty
     * for anyone else, as for a request that does not exist.
     */
    private Optional<Seen> departed(DisclosureRequest request, String username) {
        if (username == null) {
            return Optional.empty();
        }
        Optional<Employee> person = person(username);
        Department department = request.getDepartment();
        Departed left = person.flatMap(p -> em.createQuery("select c from PersonnelChange c where c.employee = :e "
                                + "and c.oldDepartment = :d and (c.newDepartment <> :d or c.newStatus = :left) "
                                + "and c.changedAt >= :asked order by c.changedAt desc, c.id desc", PersonnelChange.class)
                        .setParameter("e", p).setParameter("d", department.getCode())
                        .setParameter("left", EmployeeStatus.LEFT_UNIT).setParameter("asked", request.getRequestedAt())
                        .setMaxResults(1).getResultStream().findFirst())
                .map(c -> new Departed(department.getName(), department.getNameEn(), c.getEffectiveOn(), false))
                .orElse(null);
        Optional<Instant> roleLost = person.isEmpty() ? Optional.empty()
                : accounts.roleLostSince(username, Role.DEPT_HEAD, request.getRequestedAt());
        if (left == null && roleLost.isPresent()
                && person.get().getDepartment().getId().equals(department.getId())) {
            left = new Departed(department.getName(), department.getNameEn(),
                    LocalDate.ofInstant(roleLost.get(), ZoneId.of(zone)), true);
        }
        boolean ownSteps = em.createQuery("select count(s) from DisclosureStep s where s.request = :r "
                        + "and s.doneBy = :u and s.kind <> :asked", Long.class).setParameter("r", request)
                .setParameter("u", username).setParameter("asked", DisclosureStatus.SUBMITTED).getSingleResult() > 0;
        if (ownSteps) {
            return Optional.of(new Seen(rows(List.of(request)).get(0), false, false, false, false, left));
        }
        boolean wasHead = left != null && (roleLost.isPresent() || em.createQuery("select count(a) from Account a "
                        + "join a.roles r where a.username = :u and r = :role", Long.class).setParameter("u", username)
                .setParameter("role", Role.DEPT_HEAD).getSingleResult() > 0);
        return wasHead ? Optional.of(new Seen(null, false, false, false, false, left)) : Optional.empty();
    }

    /**
     * A request as one login sees it, with the steps it may take now: the department's check, the secrecy office's
     * decision, withdrawing, recording the publication; {@code departed} when the login's person has left the
     * request's department since it was asked (then {@code row} is null unless they took a step on it themselves).
     */
    public record Seen(DisclosureRow row, boolean mayCheck, boolean mayDecide, boolean mayWithdraw,
                       boolean mayRecordPublication, Departed departed) implements java.io.Serializable {
    }

    /**
     * The department a head left since a request was asked, and the day of the change; {@code roleEnded}: they are
     * still in it, but their head's role was withdrawn that day.
     */
    public record Departed(String departmentName, String departmentNameEn, LocalDate on, boolean roleEnded)
            implements java.io.Serializable {

        public String department(String language) {
            return org.shoumi.portal.organisation.entity.CodedName.in(language, departmentName, departmentNameEn);
        }
    }

    /**
     * A head moved to another department or gone from the unit (in the transaction of the change): the requests of
     * the department they left that wait for its check are now owed by its other heads, or by the secrecy office
     * when none is left, and those are told, as the office is told of a liaison who moved (the check passed to the
     * office silently; outside check). A head moved into a department is told of the requests waiting there.
     */
    void personnelChanged(@jakarta.enterprise.event.Observes PersonnelChanged changed) {
        PersonnelChange change = em.find(PersonnelChange.class, changed.changeId());
        if (change == null || change.getOldDepartment() == null || change.getOldStatus() == EmployeeStatus.LEFT_UNIT) {
            return; // a hire, or someone gone already
        }
        boolean moved = !change.getOldDepartment().equals(change.getNewDepartment());
        boolean gone = change.getNewStatus() == EmployeeStatus.LEFT_UNIT;
        Employee person = change.getEmployee();
        if (!moved && !gone || headLogins(person).isEmpty()) {
            return;
        }
        Department from = em.createQuery("select d from Department d where d.code = :c", Department.class)
                .setParameter("c", change.getOldDepartment()).getResultStream().findFirst().orElse(null);
        if (from != null) {
            String left = Notification.inBoth(from.getName(), from.getNameEn());
            for (DisclosureRequest r : waitingInDepartment(from, person)) {
                List<String> heads = heads(from, r.getEmployee());
                List<String> arguments = List.of(person.getName(), left, r.getEmployee().getName(), r.getTitle());
                if (heads.isEmpty()) {
                    tell(officers(r.getRequestedBy()), "disclosures.notice.headLeft.office", r, arguments);
                } else {
                    tell(heads, "disclosures.notice.headLeft", r, arguments);
                }
            }
        }
        if (moved && !gone) {
            Department to = person.getDepartment();
            String joined = Notification.inBoth(to.getName(), to.getNameEn());
            for (DisclosureRequest r : waitingInDepartment(to, person)) {
                tell(headLogins(person), "disclosures.notice.headJoined", r,
                        List.of(joined, r.getEmployee().getName(), r.getTitle()));
            }
        }
    }

    /**
     * A login's head role granted or withdrawn (in the transaction of the change): the requests of its person's
     * department waiting for its check are owed by the department's other heads, or by the secrecy office when none
     * is left, and those are told, as when a head moves away; a head appointed is told of the requests waiting for
     * them. The role withdrawn passed the check to the office silently, and the new head was told nothing (outside
     * check).
     */
    void accountChanged(@jakarta.enterprise.event.Observes org.shoumi.portal.events.AccountChanged changed) {
        String role = Role.DEPT_HEAD.name();
        boolean withdrawn = changed.withdrew(role);
        if (changed.employeeNo() == null || !withdrawn && !changed.granted(role)) {
            return;
        }
        Employee person = Employee.byNumber(em, changed.employeeNo()).getResultStream().findFirst().orElse(null);
        if (person == null || person.getStatus() == EmployeeStatus.LEFT_UNIT) {
            return;
        }
        Department department = person.getDepartment();
        String name = Notification.inBoth(department.getName(), department.getNameEn());
        if (!withdrawn) {
            for (DisclosureRequest r : waitingInDepartment(department, person)) {
                tell(List.of(changed.username()), "disclosures.notice.headAppointed", r,
                        List.of(name, r.getEmployee().getName(), r.getTitle()));
            }
            return;
        }
        if (!headLogins(person).isEmpty()) {
            return; // another login of theirs still heads it
        }
        for (DisclosureRequest r : waitingInDepartment(department, person)) {
            List<String> heads = heads(department, r.getEmployee());
            List<String> arguments = List.of(person.getName(), name, r.getEmployee().getName(), r.getTitle());
            if (heads.isEmpty()) {
                tell(officers(r.getRequestedBy()), "disclosures.notice.headRoleEnded.office", r, arguments);
            } else {
                tell(heads, "disclosures.notice.headRoleEnded", r, arguments);
            }
        }
    }

    /** The requests of the department waiting for its check, not those of {@code except}. */
    private List<DisclosureRequest> waitingInDepartment(Department department, Employee except) {
        return em.createQuery("select r from DisclosureRequest r join fetch r.employee where r.department = :d "
                        + "and r.status = :s and r.employee <> :e order by r.id", DisclosureRequest.class)
                .setParameter("d", department).setParameter("s", DisclosureStatus.SUBMITTED)
                .setParameter("e", except).getResultList();
    }

    /** The enabled logins of the person that have the head's role. */
    private List<String> headLogins(Employee person) {
        return em.createQuery("select distinct a.username from Account a join a.roles r where a.employee = :e "
                        + "and r = :role and a.enabled = true", String.class).setParameter("e", person)
                .setParameter("role", Role.DEPT_HEAD).getResultList();
    }

    private void check(DisclosureRequest request, DisclosureStatus step, String by) {
        DisclosureRules.check(request.getStatus(), step, actor(request, by)).ifPresent(problem -> {
            throw new DisclosureRefusedException(reasonFor(problem), problem == DisclosureRules.Problem.WITHDRAWN
                    ? withdrawal(request) : List.of());
        });
    }

    /**
     * Who withdrew the request and when, for the refusal of a step on it: a head who had it open was told only that
     * it was withdrawn, not since when (outside check).
     */
    private List<Object> withdrawal(DisclosureRequest request) {
        Instant at = em.createQuery("select max(s.doneAt) from DisclosureStep s where s.request = :r and s.kind = :k",
                Instant.class).setParameter("r", request).setParameter("k", DisclosureStatus.WITHDRAWN)
                .getSingleResult();
        return List.of(request.getEmployee().getName(), at == null ? ""
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(ZoneId.of(zone))));
    }

    /** The refusal that reports a problem of the rules (each has a reason of the same name). */
    static Reason reasonFor(DisclosureRules.Problem problem) {
        return problem == DisclosureRules.Problem.NOT_A_STEP ? Reason.DECISION_MISSING : Reason.valueOf(problem.name());
    }

    private Actor actor(DisclosureRequest request, String username) {
        Optional<Employee> person = person(username);
        boolean requester = person.map(p -> p.getId().equals(request.getEmployee().getId())).orElse(false);
        boolean head = headed(username).stream().anyMatch(d -> d.getId().equals(request.getDepartment().getId()));
        boolean officer = username != null && em.createQuery("select count(a) from Account a join a.roles r "
                        + "where a.username = :u and r = :role and a.enabled = true", Long.class)
                .setParameter("u", username).setParameter("role", Role.SECRECY_OFFICER).getSingleResult() > 0;
        // a head's own request is checked by another head of the department, or else by the office (a head does not
        // check their own): the requester does not count as the department's head here
        boolean otherHead = em.createQuery("select count(a) from Account a join a.employee e join a.roles r "
                        + "where r = :role and a.enabled = true and e.department = :d and e.status <> :left "
                        + "and e <> :requester", Long.class).setParameter("role", Role.DEPT_HEAD)
                .setParameter("d", request.getDepartment()).setParameter("left", EmployeeStatus.LEFT_UNIT)
                .setParameter("requester", request.getEmployee()).getSingleResult() > 0;
        return new Actor(requester, head, officer, otherHead);
    }

    /** The departments {@code username} heads: a login with the head's role, whose person is in the department. */
    private List<Department> headed(String username) {
        if (username == null) {
            return List.of();
        }
        return em.createQuery("select e.department from Account a join a.employee e join a.roles r "
                        + "where a.username = :u and r = :role and a.enabled = true and e.status <> :left",
                Department.class).setParameter("u", username).setParameter("role", Role.DEPT_HEAD)
                .setParameter("left", EmployeeStatus.LEFT_UNIT).getResultList();
    }

    /** The logins heading {@code department}, not those of the person {@code except} (the requester). */
    private List<String> heads(Department department, Employee except) {
        return em.createQuery("select distinct a.username from Account a join a.employee e join a.roles r "
                        + "where r = :role and a.enabled = true and e.department = :d and e.status <> :left "
                        + "and e <> :except", String.class).setParameter("role", Role.DEPT_HEAD)
                .setParameter("d", department).setParameter("left", EmployeeStatus.LEFT_UNIT)
                .setParameter("except", except).getResultList();
    }

    private List<String> officers(String except) {
        return accounts.enabledLoginsWith(Role.SECRECY_OFFICER).stream().filter(u -> !u.equals(except)).toList();
    }

    private List<String> requesterLogins(DisclosureRequest request) {
        return accounts.enabledLoginsOf(request.getEmployee());
    }

    private void tell(Collection<String> logins, String key, DisclosureRequest request, List<String> arguments) {
        for (String login : logins) {
            notifications.tell(login, key, arguments, REQUEST_PAGE + request.getId());
        }
    }

    private void append(DisclosureRequest request, DisclosureStep step) {
        em.persist(step);
        request.reached(step.getKind());
        em.flush();
        evidence.append(EvidenceKind.DISCLOSURE_STEP, step.getId());
    }

    private DisclosureRequest locked(long requestId) {
        DisclosureRequest request = em.find(DisclosureRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new DisclosureRefusedException(Reason.UNKNOWN_REQUEST);
        }
        return request;
    }

    private List<DisclosureRow> rows(List<DisclosureRequest> requests) {
        Map<Long, List<DisclosureRow.Step>> steps = steps(requests.stream().map(DisclosureRequest::getId).toList());
        return requests.stream().map(r -> row(r, steps.getOrDefault(r.getId(), List.of()))).toList();
    }

    /** The steps of these requests, by request, in the order taken (one query). */
    private Map<Long, List<DisclosureRow.Step>> steps(List<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from DisclosureStep s where s.request.id in :ids order by s.id",
                        DisclosureStep.class).setParameter("ids", requestIds).getResultStream()
                .collect(Collectors.groupingBy(s -> s.getRequest().getId(), Collectors.mapping(
                        s -> new DisclosureRow.Step(s.getKind(), s.getDay(), s.getNote(), s.getDoneBy(), s.getDoneAt()),
                        Collectors.toList())));
    }

    private static DisclosureRow row(DisclosureRequest r, List<DisclosureRow.Step> steps) {
        Employee e = r.getEmployee();
        Department d = r.getDepartment();
        Department now = e.getDepartment();
        return new DisclosureRow(r.getId(), e.getEmployeeNo(), e.getName(), d.getCode(), d.getName(), d.getNameEn(),
                r.getTitle(),
                r.getKind(), r.getChannel(), r.getPlannedOn(), r.getSummary(), r.getReference(), r.getRequestedBy(),
                r.getRequestedAt(), r.getStatus(), steps, now.getId().equals(d.getId()) ? null : now.getName(),
                now.getId().equals(d.getId()) ? null : now.getNameEn());
    }

    private static String text(String value, int max, Reason missing, Reason tooLong) {
        String cleaned = Texts.clean(value);
        if (cleaned == null) {
            throw new DisclosureRefusedException(missing);
        }
        return optional(cleaned, max, tooLong);
    }

    private static String optional(String value, int max, Reason tooLong) {
        if (Texts.tooLong(value, max)) {
            throw new DisclosureRefusedException(tooLong);
        }
        return Texts.clean(value);
    }

    private Optional<Employee> person(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select e from Account a join a.employee e join fetch e.department "
                + "where a.username = :u", Employee.class).setParameter("u", username).getResultStream().findFirst();
    }
}
