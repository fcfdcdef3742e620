package org.shoumi.portal.departures.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.departures.boundary.DepartureRefusedException.Reason;
import org.shoumi.portal.departures.control.AfterLeftPost;
import org.shoumi.portal.departures.control.ExitChecklist;
import org.shoumi.portal.departures.control.ExitProgrammeOrigin;
import org.shoumi.portal.departures.control.OtherPerson;
import org.shoumi.portal.departures.control.LastDayBounds;
import org.shoumi.portal.departures.control.PeriodAdjustmentCheck;
import org.shoumi.portal.departures.control.PostExitPeriodPolicy;
import org.shoumi.portal.departures.control.PostExitPeriodPolicy.Span;
import org.shoumi.portal.departures.entity.CarrierCorrection;
import org.shoumi.portal.departures.entity.CarrierKind;
import org.shoumi.portal.departures.entity.CarrierReturn;
import org.shoumi.portal.departures.entity.ContactChange;
import org.shoumi.portal.departures.entity.Departure;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.portal.departures.entity.DepartureStep;
import org.shoumi.portal.departures.entity.DuplicateCarrierException;
import org.shoumi.portal.departures.entity.Entrustment;
import org.shoumi.portal.departures.entity.LastDayChange;
import org.shoumi.portal.departures.entity.PeriodAdjustment;
import org.shoumi.portal.departures.entity.PeriodNotice;
import org.shoumi.portal.departures.entity.PostExitPeriod;
import org.shoumi.portal.departures.control.LeaverOffers;
import org.shoumi.portal.employees.boundary.ChangeRefusedException;
import org.shoumi.portal.employees.boundary.DepartingToAsked;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.boundary.PersonnelChangeAsked;
import org.shoumi.portal.employees.boundary.PersonnelHistory;
import org.shoumi.portal.employees.boundary.SameNameLeaversAsked;
import org.shoumi.portal.employees.boundary.SecretClassLowering;
import org.shoumi.portal.employees.boundary.SecretPostTransfer;
import org.shoumi.portal.employees.entity.ChangeSource;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.portal.events.DepartureApproved;
import org.shoumi.portal.events.DepartureLastDayChanged;
import org.shoumi.portal.events.DepartureSettled;
import org.shoumi.portal.events.FailureStandingAsked;
import org.shoumi.portal.events.DepartureWithdrawn;
import org.shoumi.portal.events.PledgeSigned;
import org.shoumi.portal.events.ReviewUnsatisfactory;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.programmes.entity.ProgrammeKind;
import org.shoumi.content.text.Texts;

/**
 * Departures and their exit checklist, approval and the 脱密期 it starts; who is restricted until when.
 * Every step that cannot be taken throws {@link DepartureRefusedException} and changes nothing.
 */
@ApplicationScoped
@Boundary
public class Departures {

    /** The longest a 脱密期 may run, from its start: a length set by a document, or an extension. */
    static final int MAX_PERIOD_YEARS = PostExitPeriodPolicy.MAX_YEARS;

    /** Used as "no upper bound" for the end of a period. */
    private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 12, 31);

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    EvidenceLog evidence;

    @Inject
    @ConfigProperty(name = "shoumi.portal.exit.restriction-years.core", defaultValue = "3")
    int coreYears;

    @Inject
    @ConfigProperty(name = "shoumi.portal.exit.restriction-years.important", defaultValue = "2")
    int importantYears;

    @Inject
    @ConfigProperty(name = "shoumi.portal.exit.restriction-years.general", defaultValue = "1")
    int generalYears;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Inject
    Programmes programmes;

    @Inject
    PersonnelHistory history;

    @Inject
    Event<DepartureApproved> approvals;

    @Inject
    Event<DepartureWithdrawn> withdrawals;

    @Inject
    Event<DepartureLastDayChanged> lastDayChanges;

    @Inject
    Event<DepartureSettled> settlements;

    @Inject
    Event<FailureStandingAsked> failuresAsked;

    /** The longest reason a withdrawal keeps. */
    static final int MAX_WITHDRAW_REASON = 500;

    /** The longest reason a change of the planned last working day keeps (the column's length). */
    static final int MAX_LAST_DAY_REASON = 500;

    /** The 脱密期 uses the highest class held in this many months before the departure was opened. */
    @Inject
    @ConfigProperty(name = "shoumi.portal.exit.class-lookback-months", defaultValue = "12")
    int lookbackMonths;

    /** An unsatisfactory review (复审不合格) opens a 离岗 departure whose planned last day is this many days later. */
    @Inject
    @ConfigProperty(name = "shoumi.portal.exit.unsatisfactory-review-days", defaultValue = "30")
    int unsatisfactoryReviewDays;

    /**
     * A lowering of class (调离涉密岗位 or a lower class) opens a 离岗 departure whose planned last working day, when HR
     * gives none (several people at once, the roster import), is this many days later; the change form shows it.
     */
    @Inject
    @ConfigProperty(name = "shoumi.portal.exit.lowering-last-day-days", defaultValue = "30")
    int loweringLastDayDays;

    /**
     * A departure may name a planned last working day at most this many days before the day it is opened (a leaver
     * recorded a little late); earlier is refused.
     */
    @Inject
    @ConfigProperty(name = "shoumi.portal.exit.last-day-grace-days", defaultValue = "30")
    int lastDayGraceDays;

    Clock clock = Clock.systemUTC();

    /** Today in the unit's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    public PostExitPeriodPolicy policy() {
        return new PostExitPeriodPolicy(coreYears, importantYears, generalYears);
    }

    /**
     * Opens a departure for a person in post (待上岗 or 在岗) who has no open one, or a 离职 for a person who has left
     * the secret-related post (离岗) and now leaves the unit: its checklist is the carriers alone (the exit briefing
     * and pledge were taken at the 离岗), it gives no exit programme (nothing is owed in the portal), and its
     * approval starts no 脱密期 (the one from the 离岗 runs on).
     *
     * @return the new departure's id
     */
    public long open(@NotBlank String employeeNo, @NotNull DepartureKind kind, @NotNull LocalDate plannedLastDay,
                     @Size(max = 500) String reason, @NotBlank String by) {
        return leavingNoted(open(employeeNo, kind, plannedLastDay, reason, by, clock.instant()));
    }

    /**
     * A departure was opened: the person's open programmes are checked anew, in this transaction, since one leaving
     * the secret-related post owes no in-post pledge any more and an in-post programme's pledge step no longer counts
     * against them (the programmes ask {@code LeavingThePostAsked}; outside check ex-s37i 2). Returns the id.
     */
    private long leavingNoted(long departureId) {
        em.flush();
        programmes.refreshByNumber(em.find(Departure.class, departureId).getEmployee().getEmployeeNo());
        return departureId;
    }

    /**
     * Enters a departure that was opened on paper on an earlier day (the demo's, counted back from today): its
     * checklist steps and approval may then be dated from that day on. Not offered on any page.
     *
     * @return the new departure's id
     */
    public long openAsOf(@NotBlank String employeeNo, @NotNull DepartureKind kind, @NotNull LocalDate plannedLastDay,
                         @Size(max = 500) String reason, @NotBlank String by, @NotNull LocalDate openedOn) {
        return leavingNoted(openedAsOf(employeeNo, kind, plannedLastDay, reason, by, openedOn));
    }

    private long openedAsOf(String employeeNo, DepartureKind kind, LocalDate plannedLastDay, String reason, String by,
                            LocalDate openedOn) {
        if (openedOn.isAfter(today())) {
            throw refused(Reason.DATE_IN_FUTURE);
        }
        return open(employeeNo, kind, plannedLastDay, reason, by, openedOn.atStartOfDay(zone()).toInstant());
    }

    /**
     * Enters, as {@link #openAsOf} does, a 离岗 opened on paper because the person was moved out of their secret-related
     * class in their own department and post (the demo's 调任非涉密岗位): approved, it moves them to {@code lowerClass}
     * as a lowering on the change page does (to 非涉密: status 离岗), and the file and the workbook print the class
     * after. Not offered on any page.
     *
     * @return the new departure's id
     */
    public long openLoweringAsOf(@NotBlank String employeeNo, @NotNull LocalDate plannedLastDay,
                                 @Size(max = 500) String reason, @NotBlank String by, @NotNull LocalDate openedOn,
                                 @NotNull SecrecyClass lowerClass) {
        long id = openedAsOf(employeeNo, DepartureKind.LEAVE_POST, plannedLastDay, reason, by, openedOn);
        Departure departure = em.find(Departure.class, id);
        Employee person = departure.getEmployee();
        if (!person.getSecrecyClass().isLoweredTo(lowerClass)) {
            throw new IllegalArgumentException(person.getSecrecyClass() + " is not lowered to " + lowerClass);
        }
        departure.moveOnApproval(person.getDepartment(), person.getPost(), lowerClass);
        return leavingNoted(id);
    }

    private long open(String employeeNo, DepartureKind kind, LocalDate plannedLastDay, String reason, String by,
                      Instant openedAt) {
        if (kind.isHandover()) {
            throw new IllegalArgumentException("a hand-over is opened by the change of post, not by hand");
        }
        Employee person = employee(employeeNo.strip()).orElseThrow(() -> refused(Reason.UNKNOWN_EMPLOYEE));
        // the person's row is locked (and read anew) before the check: of two openings at once, in two sessions or
        // on two nodes, the second waits for the first and then finds its departure
        em.refresh(person, LockModeType.PESSIMISTIC_WRITE);
        requireNotOwn(person, by);
        boolean afterLeftPost = person.getStatus() == EmployeeStatus.LEFT_POST;
        if (afterLeftPost && kind != DepartureKind.LEAVE_UNIT) {
            // out of the post already: what is left to record is leaving the unit (离职)
            throw refused(Reason.ALREADY_LEFT_POST);
        }
        if (!person.isInPost() && !afterLeftPost) {
            throw refused(Reason.NOT_IN_POST);
        }
        if (firstDay(person).isAfter(today())) {
            // no step of its checklist and no approval may be dated before the hire day: opened now, the departure
            // could not be finished until then, and would hold every change of the person meanwhile. A hire in post
            // before that day (onboarding completed ahead of it) has taken up the post and may leave it
            throw new DepartureRefusedException(Reason.NOT_YET_HIRED, person.getHireDate());
        }
        if (openOf(person).isPresent()) {
            throw refused(Reason.ALREADY_OPEN);
        }
        if (openHandoverOf(person).isPresent()) {
            // the hand-over of the old post's carriers comes first: confirmed afterwards, it would be confirmed for
            // someone who has left the post
            throw refused(Reason.HANDOVER_OPEN);
        }
        LocalDate openedOn = LocalDate.ofInstant(openedAt, zone());
        requireWithinBounds(plannedLastDay, person, openedOn);
        if (afterLeftPost) {
            requireNotBeforeLeavingThePost(plannedLastDay, person, openedOn);
        }
        if (Texts.clean(reason) != null && !Texts.saysSomething(reason)) {
            // optional, but a reason typed is kept for good and read by an inspection: "-" or "无" says nothing
            throw refused(Reason.REASON_SAYS_NOTHING);
        }
        Departure departure = new Departure(person, kind, plannedLastDay, Texts.clean(reason), openedAt, by);
        em.persist(departure);
        em.flush();
        logStep(DepartureStep.opened(departure));
        if (departure.isAfterLeftPost()) {
            // the exit briefing and the exit pledge were taken at the 离岗 and are not asked again: no exit programme,
            // which would ask the person to sign a second exit pledge for nothing owed
            return departure.getId();
        }
        // the exit programme: the person signs the exit pledge in the portal, due on the last day. A departure
        // entered as opened on an earlier paper day has its programme from that day: what was done on paper since
        // (a paper pledge) counts (the demo's leaver read "离岗教育 2026-12-06 开始 … 未完成" ten months after
        // approving a departure whose paper pledge was on record; outside check)
        LocalDate today = today();
        if (openedOn.isBefore(today)) {
            programmes.giveNew(person, ProgrammeKind.EXIT, null, openedOn,
                    plannedLastDay.isBefore(openedOn) ? openedOn : plannedLastDay, by);
        } else {
            programmes.assign(person, ProgrammeKind.EXIT, null, LastDayBounds.exitTrainingDue(plannedLastDay, today),
                    by);
        }
        return departure.getId();
    }

    /**
     * A planned last working day within the bounds of {@link LastDayBounds}, the same at opening and at a change: not
     * before the hire day, not before the grace before the day the departure was opened (a last day long past,
     * 2024-06-01 opened in 2026, printed a last working day years before the status changed and the 脱密期 began;
     * outside check), not after a year from today (years ahead, its approval and the 脱密期 counted from it would come
     * long before the person leaves).
     */
    private void requireWithinBounds(LocalDate day, Employee person, LocalDate openedOn) {
        LastDayBounds bounds = LastDayBounds.of(firstDay(person), openedOn, lastDayGraceDays, today());
        bounds.problem(day).ifPresent(problem -> {
            throw switch (problem) {
                case BEFORE_HIRE -> beforeFirstDay(person, bounds.limit(problem));
                case TOO_EARLY -> new DepartureRefusedException(Reason.LAST_DAY_TOO_EARLY, bounds.limit(problem),
                        lastDayGraceDays);
                case TOO_FAR -> new DepartureRefusedException(Reason.LAST_DAY_TOO_FAR, bounds.limit(problem));
            };
        });
    }

    /**
     * A 离职 after a 离岗 names a last working day in the unit not before the day the person left the post: they left
     * the post first (or on the same day). Without an approved 离岗 on record there is no such bound.
     */
    private void requireNotBeforeLeavingThePost(LocalDate day, Employee person, LocalDate openedOn) {
        afterLeftPost(person, openedOn).earliestLastDay().filter(day::isBefore).ifPresent(earliest -> {
            throw new DepartureRefusedException(Reason.LAST_DAY_BEFORE_LEFT_POST, earliest);
        });
    }

    /**
     * What a 离职 of someone out of the post, opened on {@code openedOn}, says about their 脱密期: the day they left
     * the post (the latest approved departure that took them out of it, up to the opening) and the period that binds
     * them longest, which runs on unchanged ({@link AfterLeftPost}).
     */
    private AfterLeftPost afterLeftPost(Employee person, LocalDate openedOn) {
        List<Departure> all = em.createQuery("select d from Departure d where d.employee = :e", Departure.class)
                .setParameter("e", person).getResultList();
        return afterLeftPost(openedOn, all, periodsOf(person));
    }

    /**
     * The same from a person's departures and 脱密期s already read (the records read everyone's at once): the approval
     * days of those that took them out of the post, and each period from its first to its current last day.
     */
    public static AfterLeftPost afterLeftPost(LocalDate openedOn, List<Departure> departures,
                                              List<PostExitPeriod> periods) {
        return AfterLeftPost.of(openedOn, departures.stream().filter(Departure::tookOutOfPost)
                .map(Departure::getApprovedOn).toList(), periods.stream()
                .map(p -> new Span(p.getStartDate(), p.getCurrentEnd())).toList());
    }

    /**
     * HR changes the planned last working day (计划最后工作日) of an open 离岗 or 离职, with a reason: a person who
     * leaves earlier than planned (the approval, which waits for the last day, may then come on the new day) or stays
     * longer. The same bounds as at opening apply ({@link LastDayBounds}, the grace counted from the day it was
     * opened). The day before is never overwritten silently: each change is its own {@link LastDayChange} (from, to,
     * why, who, when), shown on the departure's page, its approval form, the secrecy file and the workbook, and listed
     * in the checklist's evidence entry at approval. The exit programme the departure gave moves its due day with it
     * (through {@link DepartureLastDayChanged}). The departure's row is locked first, as every other step does.
     */
    public void changeLastDay(long departureId, @NotNull LocalDate newDay, String reason, @NotBlank String by) {
        Departure departure = openDeparture(departureId);
        requireNotOwn(departure, by);
        if (departure.getKind().isHandover()) {
            // a hand-over is dated the day of the move and confirmed when the carriers are handed over
            throw refused(Reason.LAST_DAY_HANDOVER);
        }
        if (Texts.clean(reason) == null) {
            throw refused(Reason.LAST_DAY_REASON_REQUIRED);
        }
        String why = reasonSaid(reason, MAX_LAST_DAY_REASON);
        if (newDay.equals(departure.getPlannedLastDay())) {
            throw new DepartureRefusedException(Reason.LAST_DAY_UNCHANGED, newDay);
        }
        LocalDate openedOn = LocalDate.ofInstant(departure.getOpenedAt(), zone());
        requireWithinBounds(newDay, departure.getEmployee(), openedOn);
        if (departure.isAfterLeftPost()) {
            requireNotBeforeLeavingThePost(newDay, departure.getEmployee(), openedOn);
        }
        LastDayChange change = LastDayChange.apply(departure, newDay, why, by, clock.instant());
        em.persist(change);
        em.flush();
        logStep(DepartureStep.lastDayChanged(change));
        // the exit programme it gave is due on the last day, as when it was opened (not before it started)
        lastDayChanges.fire(new DepartureLastDayChanged(departure.getId(),
                departure.getEmployee().getEmployeeNo(), openedOn, newDay, by));
    }

    /**
     * How many days before the day a departure was opened its planned last working day may be (the grace of
     * {@link LastDayBounds}), for the hint that states the bounds.
     */
    public int lastDayGraceDays() {
        return lastDayGraceDays;
    }

    /** The changes of a departure's planned last working day, oldest first. */
    public List<DepartureDetail.LastDayRow> lastDayChanges(long departureId) {
        Departure departure = em.find(Departure.class, departureId);
        return departure == null ? List.of() : lastDayRows(departure);
    }

    private List<DepartureDetail.LastDayRow> lastDayRows(Departure departure) {
        return em.createNamedQuery(LastDayChange.OF_DEPARTURE, LastDayChange.class)
                .setParameter("departure", departure).getResultStream()
                .map(c -> new DepartureDetail.LastDayRow(c.getChangedAt(),
                        c.getChangedBy(), c.getOldDay(), c.getNewDay(), c.getReason())).toList();
    }

    /**
     * A review (复审) found the person unsatisfactory: a 离岗 departure is opened in the same transaction, planned to
     * end {@code unsatisfactoryReviewDays} after the review, its reason naming the review. When something is under way
     * that comes first, nothing more is opened now and the event is told what ({@link ReviewUnsatisfactory#waitsFor}):
     * an open 离岗 or 离职 that takes the person out of the post or the unit (it carries the review out); an open
     * hand-over (转岗交接), whose carriers are handed over first; a lowering to another secret-related class, which leaves
     * the person in post. After the last two, {@link DepartureSettled} has the 离岗 opened once they end (confirmed,
     * approved or withdrawn), so the review is always carried out; the review is recorded all the same.
     */
    void onReviewUnsatisfactory(@Observes ReviewUnsatisfactory review) {
        Optional<Employee> person = employee(review.employeeNo());
        if (person.isEmpty() || !person.get().isInPost() || firstDay(person.get()).isAfter(today())) {
            return;
        }
        Optional<Departure> open = openOf(person.get());
        if (open.isPresent()) {
            // a lowering to another secret-related class leaves the person in post: the 离岗 follows it
            boolean staysInPost = open.get().isClassLowering() && open.get().getTargetClass().isSecretRelated();
            review.waitsFor(open.get().getId(), staysInPost ? ReviewUnsatisfactory.Wait.LOWERING
                    : ReviewUnsatisfactory.Wait.DEPARTURE);
            return;
        }
        Optional<Departure> handover = openHandoverOf(person.get());
        if (handover.isPresent()) {
            // the hand-over of the old post's carriers comes first; the 离岗 is opened once it is confirmed
            review.waitsFor(handover.get().getId(), ReviewUnsatisfactory.Wait.HANDOVER);
            return;
        }
        String reason = reviewReason(review.on(), review.recordId(), review.vetting());
        // a review recorded long after it was held: the planned last day is not before the earliest a departure
        // opened today may name (the review is recorded all the same)
        LocalDate planned = review.on().plusDays(unsatisfactoryReviewDays);
        LocalDate earliest = PostExitPeriodPolicy.earliestLastDay(today(), lastDayGraceDays);
        review.opened(open(review.employeeNo(), DepartureKind.LEAVE_POST,
                planned.isBefore(earliest) ? earliest : planned, reason, review.by()));
    }

    /**
     * A departure ended and left the person in post (a hand-over confirmed, a lowering within the secret-related
     * classes approved, a departure withdrawn): the vetting feature opens the 离岗 a failed review or vetting still
     * calls for ({@link DepartureSettled}); returns its id, or null.
     */
    private Long settled(Departure departure, String by) {
        // written first: opening the 离岗 reads the person's row anew (and locks it)
        em.flush();
        DepartureSettled done = new DepartureSettled(departure.getId(), departure.getEmployee().getEmployeeNo(), by);
        settlements.fire(done);
        return done.followedBy();
    }

    /**
     * Answers which of the people asked have a 离岗 or 离职 under way (the vetting page leaves them off its list of
     * people waiting for a 上岗审查: the class they hold is being left).
     */
    void onUnderWayAsked(@Observes org.shoumi.portal.events.DeparturesUnderWayAsked asked) {
        if (asked.employeeNos().isEmpty()) {
            return;
        }
        em.createQuery("select d.employee.employeeNo from Departure d where d.employee.employeeNo in :nos "
                        + "and d.status = :open and d.kind <> :handover", String.class)
                .setParameter("nos", asked.employeeNos())
                .setParameter("open", org.shoumi.portal.departures.entity.DepartureStatus.OPEN)
                .setParameter("handover", DepartureKind.TRANSFER).getResultStream().forEach(asked::underWay);
    }

    /**
     * Answers which of the exit programmes asked about were given by a lowering that keeps the person in post (the
     * reminders name them as the training of a lowered class), by the rule the drill-down follows.
     */
    void onLoweringTrainingsAsked(@Observes org.shoumi.portal.events.LoweringTrainingsAsked asked) {
        lowerings(asked.exits().stream().map(e -> new GivenExit(e.assignmentId(), e.employeeNo(), e.startedOn()))
                .toList()).forEach(asked::lowering);
    }

    /** The id of the person's open 离岗 or 离职 (not a hand-over), if any. */
    public Optional<Long> underWay(String employeeNo) {
        return employee(employeeNo).flatMap(this::openOf).map(Departure::getId);
    }

    /**
     * Whether the person is leaving the secret-related post: an open 离岗 or 离职 (not a hand-over 转岗交接, nor a lowering
     * that keeps them in a secret-related post). The pledges feature neither issues nor takes a topic pledge from then
     * on: the exit checklist takes the carriers back (a pledge for a new USB key was signed after the exit pledge said
     * every carrier was returned; outside check).
     */
    public boolean leavingThePost(String employeeNo) {
        return leaving(employeeNo).isPresent();
    }

    /** The person's open departure that takes them out of the secret-related post, as {@link #leavingThePost} says. */
    private Optional<Departure> leaving(String employeeNo) {
        return employee(employeeNo).flatMap(this::openOf).filter(d -> !d.isLoweringInPost());
    }

    /**
     * Answers whether the person asked is leaving the secret-related post, as {@link #leavingThePost(String)} says,
     * with the open departure: the liaisons feature appoints no one whose 离岗 or 离职 is under way.
     */
    void onLeavingAsked(@Observes org.shoumi.portal.events.LeavingThePostAsked asked) {
        leaving(asked.employeeNo()).ifPresent(d -> asked.leaving(d.getId(), d.getKind() == DepartureKind.LEAVE_UNIT,
                d.getPlannedLastDay(), d.getOpenedAt()));
    }

    /** The staff numbers of everyone leaving the secret-related post now, as {@link #leavingThePost(String)} says. */
    public java.util.Set<String> leavingThePost() {
        return em.createQuery("select d from Departure d join fetch d.employee where d.status = :open "
                        + "and d.kind <> :handover", Departure.class)
                .setParameter("open", org.shoumi.portal.departures.entity.DepartureStatus.OPEN)
                .setParameter("handover", DepartureKind.TRANSFER).getResultStream()
                .filter(d -> !d.isLoweringInPost()).map(d -> d.getEmployee().getEmployeeNo())
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * The unsatisfactory review that opened a 离岗 was corrected by a later entry of the same day: the departure it
     * opened, if still open, is reported to the event (its reason names the review record), so that the office is
     * told to withdraw it; if approved already, it is reported as standing (the correction does not undo an approved
     * departure: HR may re-post the person). Nothing is changed here: HR decides.
     */
    void onReviewCorrected(@Observes org.shoumi.portal.events.ReviewCorrected corrected) {
        Optional<Employee> person = employee(corrected.employeeNo());
        if (person.isEmpty()) {
            return;
        }
        // the corrected record is a review found 不合格 or a 上岗审查 not passed: either wrote its own reason
        String review = reviewReason(corrected.on(), corrected.correctedId(), false);
        String vetting = reviewReason(corrected.on(), corrected.correctedId(), true);
        openOf(person.get()).filter(d -> review.equals(d.getReason()) || vetting.equals(d.getReason()))
                .ifPresent(d -> corrected.departureOpen(d.getId()));
        if (corrected.departureId() == null) {
            // the record was waiting for a hand-over or a lowering that keeps the person in post (HR was told its 离岗
            // would follow): named, so that HR is told none follows
            Optional<Departure> lowering = openOf(person.get()).filter(d -> d.isClassLowering()
                    && d.getTargetClass().isSecretRelated());
            lowering.or(() -> openHandoverOf(person.get())).ifPresent(d -> corrected.waitedFor(d.getId()));
        }
        // approved already (the person is out of the post): it stands, and the office is told so; HR may re-post them
        em.createQuery("select d from Departure d where d.employee = :e and d.status = :approved "
                        + "and d.reason in :reasons order by d.id desc", Departure.class)
                .setParameter("e", person.get())
                .setParameter("approved", org.shoumi.portal.departures.entity.DepartureStatus.APPROVED)
                .setParameter("reasons", List.of(review, vetting)).setMaxResults(1).getResultStream().findFirst()
                .ifPresent(d -> corrected.departureApproved(d.getId()));
    }

    /**
     * For an open 离岗 opened by a 复审 不合格 or a 上岗审查 未通过 that no longer stands (corrected since), that record:
     * the departure page says so above its checklist and approval, and that HR may withdraw it instead (it said
     * nothing, and a 核心 person was taken out of the post and given a 脱密期 on a record the office had corrected;
     * outside check). Empty otherwise.
     */
    public Optional<FailureStandingAsked.Failure> openedByCorrected(long departureId) {
        Departure departure = em.find(Departure.class, departureId);
        if (departure == null || departure.getStatus() != org.shoumi.portal.departures.entity.DepartureStatus.OPEN
                || departure.getKind() != DepartureKind.LEAVE_POST || departure.getReason() == null) {
            return Optional.empty();
        }
        FailureStandingAsked asked = new FailureStandingAsked(departure.getEmployee().getEmployeeNo());
        failuresAsked.fire(asked);
        return asked.corrected().stream()
                .filter(f -> reviewReason(f.on(), f.recordId(), f.vetting()).equals(departure.getReason()))
                .findFirst();
    }

    /**
     * The reason of a 离岗 opened by an unsatisfactory review or a 上岗审查 not passed (kept in Chinese, as the paper
     * record).
     */
    private static String reviewReason(LocalDate on, long recordId, boolean vetting) {
        java.util.ResourceBundle text = java.util.ResourceBundle.getBundle("org.shoumi.portal.i18n.messages",
                java.util.Locale.SIMPLIFIED_CHINESE);
        return java.text.MessageFormat.format(text.getString(vetting ? "departure.reason.vettingNotPassed"
                        : "departure.reason.reviewUnsatisfactory"),
                on.toString(), Long.toString(recordId));
    }

    /**
     * The refusal of a change while {@code open} is under way: for a 离岗 opened by a 上岗审查 未通过 that stands, one
     * that names it and says that the set-back to the class before a raise is no longer possible (a 未通过 ends every
     * secret-related post; the guide offered that set-back and the change form refused it with no word why; outside
     * check); else {@code DEPARTURE_OPEN}.
     */
    private ChangeRefusedException departureOpen(Departure open) {
        FailureStandingAsked asked = new FailureStandingAsked(open.getEmployee().getEmployeeNo());
        failuresAsked.fire(asked);
        return asked.standing().stream().filter(FailureStandingAsked.Failure::vetting)
                .filter(f -> reviewReason(f.on(), f.recordId(), true).equals(open.getReason())).findFirst()
                .map(f -> new ChangeRefusedException(ChangeRefusedException.Reason.VETTING_NOT_PASSED_OPEN, null,
                        List.of(f.on().toString(), Long.toString(f.recordId()), open.getId().toString())))
                .orElseGet(() -> new ChangeRefusedException(ChangeRefusedException.Reason.DEPARTURE_OPEN));
    }

    /**
     * HR asks to change someone's department, post or class while their 离岗 or 离职 is under way: refused, since
     * the approval moves them to what the departure says (a lowering) or out of the post or the unit, and would undo
     * or contradict the change. An open hand-over (转岗交接) refuses a lowering, which opens a 离岗, and another change
     * of post, which would leave it naming a post the person no longer goes to: the hand-over is confirmed first (a
     * move to another department alone leaves the person in post, and the hand-over open).
     */
    void onChangeAsked(@Observes PersonnelChangeAsked asked) {
        Optional<Departure> open = openOf(asked.person());
        if (open.isPresent()) {
            throw departureOpen(open.get());
        }
        if (asked.lowering() && openHandoverOf(asked.person()).isPresent()) {
            throw new ChangeRefusedException(ChangeRefusedException.Reason.HANDOVER_OPEN);
        }
        if (asked.transfer()) {
            // a second change of post while the first one's hand-over is open: it kept naming the post left for
            // (档案管理 → 文书 while the person went on to 秘书) and the save said a transfer programme was started;
            // each post left is handed over, so the open one is confirmed first (outside check)
            openHandoverOf(asked.person()).ifPresent(h -> {
                Post to = h.getHandoverTo();
                throw new ChangeRefusedException(ChangeRefusedException.Reason.HANDOVER_OPEN_MOVE, null, List.of(
                        h.getFromPost().getName(), to == null ? "" : to.getName(),
                        h.getFromPost().getNameEn() == null ? h.getFromPost().getName() : h.getFromPost().getNameEn(),
                        to == null ? "" : to.getNameEn() == null ? to.getName() : to.getNameEn(),
                        h.getOpenedAt().atZone(zone()).toLocalDate().toString()));
            });
        }
    }

    /**
     * HR moved a person in post out of a secret-related class or down to a lower one: a 离岗 departure with the full
     * exit checklist, which makes the move when approved. Refused (and the change rolled back) while the person
     * has another departure open.
     */
    void onClassLowering(@Observes SecretClassLowering lowering) {
        Employee person = lowering.person();
        Optional<Departure> under = openOf(person);
        if (under.isPresent()) {
            throw departureOpen(under.get());
        }
        if (openHandoverOf(person).isPresent()) {
            throw new ChangeRefusedException(ChangeRefusedException.Reason.HANDOVER_OPEN);
        }
        LocalDate today = today();
        // the day HR gave, or the default some weeks ahead: it was today, HR was never asked, and the exit training
        // was due today and overdue tomorrow (outside check). Within the bounds of any departure's last day.
        LocalDate planned = lowering.plannedLastDay() != null ? lowering.plannedLastDay() : loweringLastDay();
        // not before the hire day, or the day a hire in post before it took up the post (outside check: lowered
        // before the hire day, the default last day came before it and the lowering was refused)
        LocalDate first = firstDay(person);
        LastDayBounds bounds = LastDayBounds.of(first, today, lastDayGraceDays, today);
        if (bounds.problem(planned).isPresent()) {
            LocalDate earliest = first.isAfter(bounds.earliest()) ? first : bounds.earliest();
            throw new ChangeRefusedException(ChangeRefusedException.Reason.LAST_DAY_OUTSIDE, null,
                    List.of(earliest.toString(), bounds.latest().toString()));
        }
        Departure departure = new Departure(person, DepartureKind.LEAVE_POST, planned, lowering.reason(),
                clock.instant(), lowering.by());
        departure.moveOnApproval(lowering.department(), lowering.post(), lowering.secrecyClass());
        em.persist(departure);
        em.flush();
        logStep(DepartureStep.opened(departure));
        // the exit programme is due on the last day, as for a departure opened by hand (not before today)
        LocalDate due = LastDayBounds.exitTrainingDue(planned, today);
        programmes.assign(person, ProgrammeKind.EXIT, null, due, lowering.by());
        leavingNoted(departure.getId());
        lowering.opened(departure.getId(), due);
    }

    /**
     * The planned last working day a lowering of class gives its 离岗 departure when HR names none:
     * {@code shoumi.portal.exit.lowering-last-day-days} (30) from today. The change form offers it.
     */
    public LocalDate loweringLastDay() {
        return today().plusDays(loweringLastDayDays);
    }

    /**
     * A secret-related person moved to another post (转岗): the hand-over checklist, whose carriers go to the
     * successor. One open hand-over per person; a second move while it is open adds nothing.
     */
    void onTransfer(@Observes SecretPostTransfer transfer) {
        Employee person = transfer.person();
        if (openHandoverOf(person).isPresent()) {
            return;
        }
        // the posts are kept as facts and the sentence written by each page in its reader's language (it was stored
        // as "岗甲 → 岗乙；reason", Chinese on the English pages; outside check); the reason is HR's own
        String reason = Texts.clean(transfer.reason());
        Departure handover = new Departure(person, DepartureKind.TRANSFER, today(),
                reason != null && reason.length() > 500 ? reason.substring(0, 500) : reason, clock.instant(),
                transfer.by());
        // the department, post and class the person left, as the change found them: the person is already changed
        handover.handOver(transfer.oldDepartment(), transfer.oldPost(), transfer.oldClass(), transfer.newPost());
        em.persist(handover);
        em.flush();
        logStep(DepartureStep.opened(handover));
    }

    /** Adds a carrier (载体) the person has to return; returns its id. The same carrier twice is refused. */
    public long addCarrier(long departureId, @NotNull CarrierKind kind, @NotBlank @Size(max = 200) String description,
                           @NotBlank String by) {
        Departure departure = openDeparture(departureId);
        requireNotOwn(departure, by);
        if (departure.getBriefingOn() != null || departure.getExitPledgeSignedAt() != null) {
            // the briefing came after the carriers and the pledge says all were returned: a carrier listed now
            // would stand behind both (outside check: a disc added after them, returned the day after the briefing)
            throw refused(Reason.CARRIER_AFTER_BRIEFING);
        }
        named(description, Reason.CARRIER_NAMES_NOTHING);
        try {
            CarrierReturn carrier = departure.addCarrier(kind, description.strip());
            em.persist(carrier);
            em.flush();
            logStep(DepartureStep.carrierAdded(carrier, by, clock.instant()));
            return carrier.getId();
        } catch (DuplicateCarrierException duplicate) {
            throw refused(Reason.DUPLICATE_CARRIER);
        }
    }

    /** Corrects a carrier line while the departure is open; what it said before is kept with the reason. */
    public void correctCarrier(long carrierId, @NotNull CarrierKind kind, @NotBlank @Size(max = 200) String description,
                               String reason, @NotBlank String by) {
        CarrierReturn carrier = changeableCarrier(carrierId);
        requireNotOwn(carrier.getDeparture(), by);
        named(description, Reason.CARRIER_NAMES_NOTHING);
        CarrierCorrection correction;
        try {
            correction = CarrierCorrection.correct(carrier, kind, description.strip(), clock.instant(), by,
                    reasonSaid(reason, 200));
        } catch (DuplicateCarrierException duplicate) {
            throw refused(Reason.DUPLICATE_CARRIER);
        }
        em.persist(correction);
        logStep(DepartureStep.corrected(correction));
    }

    /** Withdraws a carrier line entered by mistake; the line is kept, marked, with the reason. */
    public void withdrawCarrier(long carrierId, String reason, @NotBlank String by) {
        CarrierReturn carrier = changeableCarrier(carrierId);
        requireNotOwn(carrier.getDeparture(), by);
        CarrierCorrection withdrawal = CarrierCorrection.withdraw(carrier, clock.instant(), by,
                reasonSaid(reason, 200));
        em.persist(withdrawal);
        logStep(DepartureStep.corrected(withdrawal));
    }

    /** HR declares that the person holds no carriers at all; refused while carrier lines are listed. */
    public void declareNoCarriers(long departureId, @NotBlank String by) {
        Departure departure = openDeparture(departureId);
        requireNotOwn(departure, by);
        if (!departure.activeCarriers().isEmpty()) {
            throw refused(Reason.CARRIERS_LISTED);
        }
        departure.declareNoCarriers(clock.instant(), by);
        logStep(DepartureStep.noCarriersDeclared(departure));
    }

    /** Records that a carrier was returned (清退) on a day, to a named receiver (接收人). */
    public void returnCarrier(long carrierId, @NotNull LocalDate on, @NotBlank @Size(max = 50) String receivedBy,
                              @NotBlank String by) {
        CarrierReturn carrier = em.find(CarrierReturn.class, carrierId);
        if (carrier == null) {
            throw refused(Reason.UNKNOWN_CARRIER);
        }
        Departure departure = openDeparture(carrier.getDeparture().getId());
        requireNotOwn(departure, by);
        em.refresh(carrier);
        if (carrier.isWithdrawn()) {
            throw refused(Reason.CARRIER_WITHDRAWN);
        }
        if (carrier.isReturned()) {
            throw refused(Reason.ALREADY_RETURNED);
        }
        named(receivedBy, departure.getKind().isHandover() ? Reason.SUCCESSOR_NAMES_NOTHING
                : Reason.RECEIVER_NAMES_NOTHING);
        if (OtherPerson.isLeaver(receivedBy, departure.getEmployee().getName())) {
            // the carriers leave the person's hands: they cannot receive them back themselves, nor be their own
            // successor in a hand-over (outside check)
            throw refused(departure.getKind().isHandover() ? Reason.SUCCESSOR_IS_PERSON : Reason.RECEIVER_IS_LEAVER);
        }
        notInFuture(on, departure);
        carrier.markReturned(on, receivedBy.strip(), clock.instant(), by);
        logStep(DepartureStep.returned(carrier));
    }

    /**
     * Records the exit briefing (离岗谈话): the day and who gave it. It is the checklist's second step: refused while
     * a carrier is out or none is listed nor declared (naming what is missing), and dated no earlier than the last
     * carrier's return.
     */
    public void recordBriefing(long departureId, @NotNull LocalDate on, @NotBlank @Size(max = 50) String givenBy,
                               @NotBlank String by) {
        Departure departure = openDeparture(departureId);
        requireNotOwn(departure, by);
        if (departure.isAfterLeftPost()) {
            // taken at the 离岗, whose record stays: not asked again (the page offers no such form)
            throw refused(Reason.NOT_ASKED_AFTER_POST);
        }
        if (departure.getBriefingOn() != null) {
            // recorded once; a second form (an older tab) would overwrite who gave it and when, and move the day the
            // checklist was completed
            throw new DepartureRefusedException(Reason.ALREADY_BRIEFED, departure.getBriefingOn());
        }
        List<ExitChecklist.Item> missing = checklistOf(departure).missingBeforeBriefing();
        if (!missing.isEmpty()) {
            // the checklist goes in order: the carriers are returned (or declared none) before the briefing, whose
            // record, like the exit pledge's text, comes after them
            throw new DepartureRefusedException(Reason.BRIEFING_BEFORE_CARRIERS, missing, carriersOut(departure));
        }
        named(givenBy, Reason.BRIEFER_NAMES_NOTHING);
        if (OtherPerson.isLeaver(givenBy, departure.getEmployee().getName())) {
            throw refused(Reason.BRIEFER_IS_LEAVER);
        }
        notInFuture(on, departure);
        Optional<LocalDate> returned = ExitChecklist.earliestApproval(departure.activeCarriers().stream()
                .map(CarrierReturn::getReturnedOn).toList());
        if (returned.isPresent() && on.isBefore(returned.get())) {
            throw new DepartureRefusedException(Reason.BRIEFING_BEFORE_RETURN, returned.get());
        }
        departure.recordBriefing(on, givenBy.strip());
        logStep(DepartureStep.briefing(departure, by, clock.instant()));
    }

    /**
     * Keeps a step of the checklist and appends it to the evidence chain in the step's transaction (DEPARTURE_STEP):
     * the checklist reached the chain only at approval, so a restore of a backup made before a step, or a row deleted
     * or altered, went unnoticed (outside check ex-s37c 1). Called after the departure's row is locked (or, at the
     * opening, the person's), as the approval locks it before it appends: the chain's lock always comes second.
     */
    private void logStep(DepartureStep step) {
        em.persist(step);
        em.flush();
        evidence.append(EvidenceKind.DEPARTURE_STEP, step.getId());
    }

    /** The descriptions of the carriers of a departure not yet returned, in the checklist's order. */
    private static List<String> carriersOut(Departure departure) {
        return departure.activeCarriers().stream().filter(c -> !c.isReturned()).map(CarrierReturn::getDescription)
                .toList();
    }

    /**
     * An exit pledge signed in the portal counts for the person's open departure (signing again replaces the earlier
     * record). Observed inside the signing transaction, so the departure and the signature are stored together.
     * A person with no open departure (closed meanwhile, e.g. with a paper pledge) keeps the signature and nothing
     * changes here; a pledge whose checklist steps are not on the record is refused with a
     * {@link DepartureRefusedException} ({@code PLEDGE_BEFORE_CHECKLIST}, {@code PLEDGE_BEFORE_STEPS_DONE}), which
     * rolls the signing back: the record never shows a pledge that says the carriers were returned before they were.
     */
    void exitPledgeSigned(@Observes PledgeSigned signed) {
        if (!PledgeKind.EXIT.name().equals(signed.kind())) {
            return;
        }
        Optional<Departure> open = employee(signed.employeeNo()).flatMap(this::openOf);
        if (open.isEmpty()) {
            return;
        }
        Departure departure = open.get();
        lock(departure);
        if (!departure.isOpen() || departure.isAfterLeftPost()) {
            // approved or withdrawn while this signature waited for the lock: as with no open departure. A 离职 after
            // a 离岗 asks for no exit pledge (the 离岗 had it): the signature is kept, the departure does not record it
            return;
        }
        if (departure.getExitPledgePaperRef() != null) {
            // the paper original is the departure's exit pledge, in the evidence chain (EXIT_PLEDGE_PAPER): a
            // signature in the portal would overwrite it and take its entry's record away
            throw new DepartureRefusedException(Reason.PLEDGE_ALREADY_RECORDED,
                    LocalDate.ofInstant(departure.getExitPledgeSignedAt(), zone()));
        }
        requireStepsBeforePledge(departure, LocalDate.ofInstant(signed.signedAt(), zone()));
        // the length its text states: the one computed now, in the signing's transaction, as the text was filled
        departure.recordExitPledge(signed.signedId(), signed.signedAt(), policy().years(periodClass(departure)));
    }

    /**
     * What must still be done before the person may sign the exit pledge (the pledge's text says the carriers were
     * returned and the briefing given): the checklist items' names in order; empty when they may sign, or when
     * they have no open departure (then the exit pledge is not due anyway).
     */
    public List<String> missingBeforeExitPledge(@NotBlank String employeeNo) {
        return employee(employeeNo).flatMap(this::openOf)
                .map(d -> checklistOf(d).missingBeforePledge().stream().map(Enum::name).toList())
                .orElse(List.of());
    }

    /**
     * The 脱密期 an open 离岗 or 离职 will start when approved (its class and years, as its page states them); empty
     * for one approved or withdrawn, a hand-over, a 离职 after a 离岗 (the 离岗's period runs on) and one whose class owes
     * none. The secrecy file said 无脱密期 for an open departure that will start two years (outside check).
     */
    public Optional<PendingPeriod> pendingPeriod(Departure departure) {
        if (!departure.isOpen() || departure.getKind().isHandover() || departure.isAfterLeftPost()) {
            return Optional.empty();
        }
        SecrecyClass periodClass = periodClass(departure);
        int years = policy().years(periodClass);
        return years > 0 ? Optional.of(new PendingPeriod(periodClass, years)) : Optional.empty();
    }

    /**
     * The lower secret-related class the person's open departure moves them to, when it is a lowering that keeps them
     * in a secret-related post (重要 → 一般); empty for any other departure or none. Their exit pledge is the one of a
     * lowered class: they stay in post and may still hold the carriers of the class they keep.
     */
    public Optional<SecrecyClass> loweredTo(@NotBlank String employeeNo) {
        return employee(employeeNo).flatMap(this::openOf).filter(Departure::isLoweringInPost)
                .map(Departure::getTargetClass);
    }

    /**
     * Of these programme rows, the ids of the exit programmes given by a lowering that keeps the person in a
     * secret-related post ({@link Departure#isLoweringInPost()}, chosen by {@link ExitProgrammeOrigin}): HR's
     * drill-down names them as the training of a lowered class, not as 离岗培训 (outside check).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Set<Long> exitProgrammesOfLowerings(
            java.util.Collection<org.shoumi.portal.programmes.boundary.PersonRow> rows) {
        return lowerings(rows.stream().filter(r -> r.kind() == ProgrammeKind.EXIT)
                .map(r -> new GivenExit(r.assignmentId(), r.employeeNo(), r.startedOn())).toList());
    }

    /** As {@link #exitProgrammesOfLowerings}, of programmes with their steps (the overview). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Set<Long> exitProgressOfLowerings(
            java.util.Collection<org.shoumi.portal.programmes.boundary.Progress> rows) {
        return lowerings(rows.stream().filter(r -> r.kind() == ProgrammeKind.EXIT)
                .map(r -> new GivenExit(r.assignmentId(), r.employeeNo(), r.startedOn())).toList());
    }

    private record GivenExit(long assignmentId, String employeeNo, LocalDate startedOn) {
    }

    private java.util.Set<Long> lowerings(List<GivenExit> exits) {
        List<GivenExit> known = exits.stream().filter(g -> g.startedOn() != null && g.employeeNo() != null).toList();
        if (known.isEmpty()) {
            return java.util.Set.of();
        }
        List<String> people = known.stream().map(GivenExit::employeeNo).distinct().toList();
        // the instant each was given tells which of two departures opened on one day gave it (outside check ex-s38g 3)
        Map<Long, Instant> given = programmes.givenAt(known.stream().map(GivenExit::assignmentId).toList());
        Map<String, List<ExitProgrammeOrigin.Opening>> openings = new HashMap<>();
        em.createQuery("select d from Departure d where d.employee.employeeNo in :people order by d.openedAt, d.id",
                Departure.class).setParameter("people", people).getResultStream()
                .filter(d -> !d.isCarriersOnly()) // a hand-over or a 离职 after a 离岗 gives no exit programme
                .forEach(d -> openings.computeIfAbsent(d.getEmployee().getEmployeeNo(), k -> new ArrayList<>())
                        .add(new ExitProgrammeOrigin.Opening(LocalDate.ofInstant(d.getOpenedAt(), zone()),
                                d.getOpenedAt(), d.isLoweringInPost())));
        return known.stream().filter(g -> ExitProgrammeOrigin.byLoweringInPost(
                        openings.getOrDefault(g.employeeNo(), List.of()), g.startedOn(), given.get(g.assignmentId())))
                .map(GivenExit::assignmentId)
                .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
    }

    /** Years of 脱密期 the person's open departure would give if approved now (0 for none); the pledge states them. */
    public int expectedPeriodYears(@NotBlank String employeeNo) {
        return employee(employeeNo).map(person -> openOf(person)
                .map(d -> d.isAfterLeftPost() ? 0 : policy().years(periodClass(d)))
                .orElse(policy().years(person.getSecrecyClass())))
                .orElse(0);
    }

    private void requireStepsBeforePledge(Departure departure, LocalDate signedOn) {
        List<ExitChecklist.Item> missing = checklistOf(departure).missingBeforePledge();
        if (!missing.isEmpty()) {
            throw new DepartureRefusedException(Reason.PLEDGE_BEFORE_CHECKLIST, missing, departure.activeCarriers()
                    .stream().filter(c -> !c.isReturned()).map(CarrierReturn::getDescription).toList());
        }
        Optional<LocalDate> done = ExitChecklist.earliestApproval(stepDays(departure));
        if (done.isPresent() && signedOn.isBefore(done.get())) {
            throw new DepartureRefusedException(Reason.PLEDGE_BEFORE_STEPS_DONE, done.get());
        }
    }

    /** The days on which the carriers were returned and the briefing given. */
    private static List<LocalDate> stepDays(Departure departure) {
        List<LocalDate> days = new ArrayList<>();
        departure.activeCarriers().forEach(c -> days.add(c.getReturnedOn()));
        days.add(departure.getBriefingOn());
        return days;
    }

    /** The exit pledge was signed on paper: HR records where the original is kept and the day it was signed. */
    public void recordPaperExitPledge(long departureId, @NotBlank @Size(max = 100) String paperRef,
                                      @NotNull LocalDate signedOn, @NotBlank String by) {
        Departure departure = openDeparture(departureId);
        requireNotOwn(departure, by);
        if (departure.isAfterLeftPost()) {
            throw refused(Reason.NOT_ASKED_AFTER_POST);
        }
        if (departure.getExitPledgeSignedAt() != null) {
            throw new DepartureRefusedException(Reason.PLEDGE_ALREADY_RECORDED,
                    LocalDate.ofInstant(departure.getExitPledgeSignedAt(), zone()));
        }
        // the only evidence of the pledge is where its original is kept: "-" points to nothing
        named(paperRef, Reason.PAPER_REF_NAMES_NOTHING);
        notInFuture(signedOn, departure);
        requireStepsBeforePledge(departure, signedOn);
        // the length the page told HR the pledge states (离岗离职保密承诺书将写明：脱密期 N 年)
        departure.recordPaperExitPledge(paperRef.strip(), signedOn.atStartOfDay(zone()).toInstant(),
                policy().years(periodClass(departure)));
        em.flush();
        // the paper original counts like a pledge signed in the portal (a SIGNED_PLEDGE): linked into the evidence
        // chain when recorded, where the original is kept and the day (an altered day was not noticed; outside check)
        evidence.append(EvidenceKind.EXIT_PLEDGE_PAPER, departure.getId());
        // the paper original counts like a pledge signed in the portal: the exit programme's pledge step is done
        // (before the approval closes what is still open), dated by the day recorded
        programmes.refreshByNumber(departure.getEmployee().getEmployeeNo());
    }

    /**
     * An exit pledge signed on paper: its departure, the day recorded (start of day), where the original is kept, and
     * whether that departure was withdrawn as opened by mistake (the pledge is kept, and listed as such), and whether
     * it was a lowering that kept the person in post (its paper is the pledge of a lowered class).
     */
    public record PaperPledge(long departureId, Instant signedAt, String paperRef, boolean withdrawn, boolean lowered)
            implements java.io.Serializable {
        public Instant getSignedAt() {
            return signedAt;
        }

        public String getPaperRef() {
            return paperRef;
        }

        public boolean isWithdrawn() {
            return withdrawn;
        }
    }

    /** The exit pledges this person signed on paper (HR recorded where each original is kept), oldest first. */
    public List<PaperPledge> paperPledgesOf(String employeeNo) {
        return employee(employeeNo).map(person -> em.createQuery("select d from Departure d where d.employee = :e "
                        + "and d.exitPledgePaperRef is not null order by d.exitPledgeSignedAt, d.id", Departure.class)
                .setParameter("e", person).getResultStream()
                .map(d -> new PaperPledge(d.getId(), d.getExitPledgeSignedAt(), d.getExitPledgePaperRef(),
                        d.isWithdrawn(), d.isLoweringInPost())).toList())
                .orElse(List.of());
    }

    /**
     * The exit pledges this person signed in the portal for a departure later withdrawn as opened by mistake (their
     * ids): kept like any signature, but listed as belonging to a withdrawn departure.
     */
    public java.util.Set<Long> withdrawnExitPledgeIds(String employeeNo) {
        return employee(employeeNo).map(person -> java.util.Set.copyOf(em.createQuery("select d.exitPledgeId "
                        + "from Departure d where d.employee = :e and d.exitPledgeId is not null "
                        + "and d.status = org.shoumi.portal.departures.entity.DepartureStatus.WITHDRAWN", Long.class)
                .setParameter("e", person).getResultList())).orElse(java.util.Set.of());
    }

    /** How many exit pledges were signed on paper (they belong to no version of the portal's template). */
    public long paperPledgeCount() {
        return em.createQuery("select count(d) from Departure d where d.exitPledgePaperRef is not null", Long.class)
                .getSingleResult();
    }

    /**
     * Approves a departure whose checklist is complete, on the day the unit approved it: not in the future, not
     * before the checklist was completed, and not before the person's planned last working day (the approval says
     * they have left). The person leaves the post or the unit, and their 脱密期 starts that day.
     *
     * @return the 脱密期, or empty for a person without one (非涉密)
     */
    public Optional<Span> approve(long departureId, @NotNull LocalDate on, @NotBlank String by) {
        Departure departure = openDeparture(departureId);
        requireNotOwn(departure, by);
        ExitChecklist checklist = checklistOf(departure);
        if (!checklist.isComplete()) {
            throw new DepartureRefusedException(Reason.CHECKLIST_INCOMPLETE, checklist.missing(),
                    departure.activeCarriers().stream().filter(c -> !c.isReturned())
                            .map(CarrierReturn::getDescription).toList());
        }
        notInFuture(on, departure);
        List<LocalDate> daysDone = stepDays(departure);
        if (departure.getExitPledgeSignedAt() != null) {
            daysDone.add(LocalDate.ofInstant(departure.getExitPledgeSignedAt(), zone()));
        }
        Optional<LocalDate> earliest = ExitChecklist.earliestApproval(daysDone);
        if (earliest.isPresent() && on.isBefore(earliest.get())) {
            throw new DepartureRefusedException(Reason.APPROVAL_BEFORE_CHECKLIST, earliest.get());
        }
        if (!departure.getKind().isHandover()
                && PostExitPeriodPolicy.approvalBeforeLastDay(on, departure.getPlannedLastDay())) {
            // the approval says the person has left the post: their status changes and the 脱密期 starts that day.
            // Approved before the last working day, the period started while they still worked there (approved on
            // 12-06, last day 12-20; outside check)
            throw new DepartureRefusedException(Reason.APPROVAL_BEFORE_LAST_DAY, departure.getPlannedLastDay());
        }
        Employee person = departure.getEmployee();
        if (departure.getKind().isHandover()) {
            // 转岗交接: the carriers are with the successor; the person, their programmes and login stay as they are
            departure.approve(on, by);
            evidence.append(EvidenceKind.DEPARTURE_APPROVAL, departure.getId());
            evidence.append(EvidenceKind.DEPARTURE_CHECKLIST, departure.getId());
            // a review found 不合格 while the hand-over was open: its 离岗 is opened now
            settled(departure, by);
            return Optional.empty();
        }
        SecrecyClass periodClass = periodClass(departure);
        Integer stated = departure.getExitPledgeYears();
        int years = policy().years(periodClass);
        if (!departure.isAfterLeftPost() && stated != null && stated != years) {
            // the signed exit pledge states another length: a vetting recorded since the signature changed the
            // period's class, and the approval gave 3 years where the pledge said 2 (outside check). The signed
            // pledge must never contradict the approval: refused, naming both, until the pledge is signed again
            throw new DepartureRefusedException(Reason.PLEDGE_PERIOD_CHANGED,
                    LocalDate.ofInstant(departure.getExitPledgeSignedAt(), zone()), stated, years);
        }
        // a 离职 after a 离岗 starts no 脱密期: the period counts from leaving the secret-related post and runs on
        // unchanged; one counted from the 离职 (by the highest class of the last 12 months, the one held before the
        // 离岗) would restart it and bind the person longer
        Optional<Span> span = departure.isAfterLeftPost() ? Optional.empty() : policy().periodFrom(on, periodClass);
        Employee.Snapshot before = person.snapshot();
        // the department left: what the approval closes counts there, not in one a 离岗 moves the person to
        String wasIn = person.getDepartment().getCode();
        departure.approve(on, by);
        history.changed(person, before, by, ChangeSource.DEPARTURE, departure.getReason(), on);
        if (person.isInPost()) {
            // lowered to another secret-related class: they stay in post, and so does what is asked of them there
            // (an onboarding not yet finished, the in-post training); only the exit training of this departure ends
            programmes.closeOpenOf(person, ProgrammeKind.EXIT, wasIn);
        } else {
            // the person has left the post or the unit: what was still asked of them no longer applies
            programmes.closeOpenOf(person, wasIn);
        }
        span.ifPresent(s -> em.persist(new PostExitPeriod(departure, periodClass, s.start(), s.end())));
        evidence.append(EvidenceKind.DEPARTURE_APPROVAL, departure.getId());
        // the whole checklist as it stands at approval (opening, reason, carriers with their returns and corrections
        // or the declaration of none, briefing and giver, pledge): DEPARTURE_APPROVAL covers only part of it, and
        // keeps covering that part so that its earlier entries still verify
        evidence.append(EvidenceKind.DEPARTURE_CHECKLIST, departure.getId());
        approvals.fire(new DepartureApproved(departure.getId(), person.getEmployeeNo(),
                departure.getKind() == DepartureKind.LEAVE_UNIT, person.isInPost(), departure.lastDay(), by));
        if (person.isInPost()) {
            // lowered within the secret-related classes: a review found 不合格 meanwhile still takes them out of the
            // post (the approval kept them 在岗 with the 不合格 in force and nothing under way; outside check)
            settled(departure, by);
        }
        return span;
    }

    /**
     * HR withdraws an open 离岗 or 离职 opened by mistake (a 离岗 opened by a review corrected the same day, or one
     * opened for the wrong person), with a reason. The departure is kept, marked withdrawn with when, who and why,
     * and linked into the evidence chain ({@code DEPARTURE_WITHDRAWAL}); the exit programme it gave is closed as
     * withdrawn (through {@link DepartureWithdrawn}); nothing of the person changes, and a new departure may be opened
     * for them afterwards. An approved departure is never withdrawn; a hand-over (转岗交接) is confirmed, not withdrawn.
     * A 离岗 opened by a 复审 不合格 or a 上岗审查 未通过 that still stands (no same-day entry corrected it) is not withdrawn
     * ({@code REVIEW_STANDS}, {@code VETTING_STANDS}, naming the record): HR withdrew one and left a 核心 person who
     * failed the 上岗审查 in post (outside check). Another departure withdrawn while such a record rules (a lowering
     * that was to carry the review out) has the review's 离岗 opened in its place ({@link DepartureSettled}).
     */
    public void withdraw(long departureId, String reason, @NotBlank String by) {
        Departure departure = openDeparture(departureId);
        requireNotOwn(departure, by);
        if (departure.getKind().isHandover()) {
            throw refused(Reason.HANDOVER_NOT_WITHDRAWN);
        }
        String why = reasonSaid(reason, MAX_WITHDRAW_REASON);
        FailureStandingAsked asked = new FailureStandingAsked(departure.getEmployee().getEmployeeNo());
        failuresAsked.fire(asked);
        asked.standing().stream()
                .filter(f -> reviewReason(f.on(), f.recordId(), f.vetting()).equals(departure.getReason()))
                .findFirst().ifPresent(f -> {
                    throw DepartureRefusedException.ofRecord(f.vetting() ? Reason.VETTING_STANDS
                            : Reason.REVIEW_STANDS, f.on(), f.recordId());
                });
        departure.withdraw(clock.instant(), by, why);
        em.flush();
        evidence.append(EvidenceKind.DEPARTURE_WITHDRAWAL, departure.getId());
        withdrawals.fire(new DepartureWithdrawn(departure.getId(), departure.getEmployee().getEmployeeNo(), by,
                LocalDate.ofInstant(departure.getOpenedAt(), zone())));
        settled(departure, by);
    }

    /** The most recently withdrawn departures, newest first. */
    public List<WithdrawnDepartureRow> recentlyWithdrawn(int max) {
        return em.createNamedQuery(Departure.WITHDRAWN_ONES, Departure.class).setMaxResults(max).getResultStream()
                .map(d -> new WithdrawnDepartureRow(d.getId(), d.getEmployee().getEmployeeNo(),
                        d.getEmployee().getName(), d.getEmployee().getDepartment().getName(),
                        d.getEmployee().getDepartment().getNameEn(), d.getKind(),
                        LocalDate.ofInstant(d.getWithdrawnAt(), zone()), d.getWithdrawnBy(), d.getWithdrawReason(),
                        d.isLoweringInPost()))
                .toList();
    }

    /**
     * The class the 脱密期 of a departure uses: the highest the person held in the look-back months before it was
     * opened (configurable, 12 by default), up to now.
     */
    private SecrecyClass periodClass(Departure departure) {
        ZonedDateTime opened = departure.getOpenedAt().atZone(zone());
        return history.highestClassSince(departure.getEmployee(), opened.minusMonths(lookbackMonths).toInstant());
    }

    /**
     * A per-person change of a running or future 脱密期, by HR or the secrecy officer: a different length (whole
     * years from its start) or an early end (after its first day), both with the approval document's reference, or an
     * extension to a later end.
     * Each is kept with the end before and after and linked into the evidence chain; the restrictions page, the
     * home page and the API read the new end at once.
     *
     * @param years  for {@link PeriodAdjustment.Kind#SET_LENGTH}: the new length; otherwise ignored
     * @param newEnd for EXTEND and END_EARLY: the new last day; otherwise ignored
     */
    public LocalDate adjustPeriod(long departureId, @NotNull PeriodAdjustment.Kind kind, Integer years,
                                  LocalDate newEnd, String reason, String approvedBy, String documentRef,
                                  @NotBlank String by) {
        Departure departure = em.find(Departure.class, departureId);
        if (departure == null) {
            throw refused(Reason.UNKNOWN_DEPARTURE);
        }
        requireNotOwn(departure, by);
        PostExitPeriod period = periodOf(departure).orElseThrow(() -> refused(Reason.NO_PERIOD));
        em.lock(period, LockModeType.PESSIMISTIC_WRITE);
        // every refusal of one submission at once, each naming its limit (outside check: without a reference the
        // date's own problems were hidden behind "请填写批准文件文号" and came one try after another)
        List<DepartureRefusedException> refusals = new ArrayList<>();
        String why = checked(() -> reasonSaid(reason, 200), refusals);
        String approver = checkedText(approvedBy, 50, refusals);
        if (approver != null && !Texts.namesSomething(approver)) {
            refusals.add(refused(Reason.APPROVER_NAMES_NOTHING));
        }
        String document = documentRef == null || documentRef.isBlank() ? null : documentRef.strip();
        if (document != null && document.length() > 100) {
            refusals.add(refused(Reason.TEXT_TOO_LONG));
        }
        if (document != null && !Texts.namesSomething(document)) {
            refusals.add(refused(Reason.DOCUMENT_NAMES_NOTHING));
        }
        PeriodAdjustmentCheck check = new PeriodAdjustmentCheck(period.getStartDate(), period.getCurrentEnd(),
                today(), MAX_PERIOD_YEARS);
        for (PeriodAdjustmentCheck.Refusal r : check.refusals(kind, years, newEnd, approvedBy,
                departure.getEmployee().getName(), document != null)) {
            refusals.add(new DepartureRefusedException(switch (r.problem()) {
                case END_MISSING -> Reason.REASON_REQUIRED;
                case APPROVER_IS_LEAVER -> Reason.APPROVER_IS_LEAVER;
                case DOCUMENT_REQUIRED -> Reason.DOCUMENT_REQUIRED;
                case YEARS_OUT_OF_RANGE -> Reason.YEARS_OUT_OF_RANGE;
                case NOT_LONGER -> Reason.NOT_LONGER;
                case EXTENDED_TOO_FAR -> Reason.EXTENDED_TOO_FAR;
                case NOT_SHORTER -> Reason.NOT_SHORTER;
                case EARLY_END_ON_START -> Reason.EARLY_END_ON_START;
                case END_IN_PAST -> Reason.END_IN_PAST;
                case UNCHANGED -> Reason.UNCHANGED;
            }, r.day()));
        }
        if (!refusals.isEmpty()) {
            throw DepartureRefusedException.all(refusals);
        }
        LocalDate end = check.end(kind, years, newEnd);
        PeriodAdjustment adjustment = PeriodAdjustment.apply(period, kind, end, why, approver, document, by,
                clock.instant());
        em.persist(adjustment);
        em.flush();
        evidence.append(EvidenceKind.PERIOD_ADJUSTMENT, adjustment.getId());
        return end;
    }

    /**
     * Records a 脱密期 notice about to go out, in a transaction of its own, before the mail is sent: the notice is
     * unique per period, kind and end date, so of two runs at once (two nodes of a cluster) only one gets it and
     * sends the mail; the other's insert is refused (an exception).
     *
     * @return the record's id, for {@link #withdrawNotice} when the mail then fails
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long recordNotice(long periodId, PeriodNotice.Kind kind, LocalDate forEnd, LocalDate sentOn,
                             Instant at, String recipients) {
        PeriodNotice notice = new PeriodNotice(em.find(PostExitPeriod.class, periodId), kind, forEnd, sentOn, at,
                recipients);
        em.persist(notice);
        em.flush();
        return notice.getId();
    }

    /** Takes back the record of a notice whose mail could not go out, so that the next run tries again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void withdrawNotice(long noticeId) {
        PeriodNotice notice = em.find(PeriodNotice.class, noticeId);
        if (notice != null) {
            em.remove(notice);
        }
    }

    /**
     * Records who manages the person during their 脱密期 (委托管理: organisation and reference). Each entrustment is
     * kept as its own row, the latest in force; one that replaces an earlier one needs the reason for the change, and
     * the same organisation and reference as the one in force is refused as changing nothing. Each is linked into
     * the evidence chain ({@code PERIOD_ENTRUSTMENT}); those recorded before were appended by the start-up back-fill.
     */
    public void entrust(long departureId, String organisation, String reference, String reason, @NotBlank String by) {
        Departure departure = em.find(Departure.class, departureId);
        if (departure == null) {
            throw refused(Reason.UNKNOWN_DEPARTURE);
        }
        requireNotOwn(departure, by);
        PostExitPeriod period = periodOf(departure).orElseThrow(() -> refused(Reason.NO_PERIOD));
        // two forms at once: the second waits, then sees the first as the one in force
        em.lock(period, LockModeType.PESSIMISTIC_WRITE);
        String to = requiredText(organisation, 100);
        String ref = reference == null || reference.isBlank() ? null : requiredText(reference, 100);
        // each one that names nothing, at once: the period's one in force read "委托 - 管理（委托文件 -）"
        List<DepartureRefusedException> unnamed = new ArrayList<>();
        if (!Texts.namesSomething(to)) {
            unnamed.add(refused(Reason.ORGANISATION_NAMES_NOTHING));
        }
        if (ref != null && !Texts.namesSomething(ref)) {
            unnamed.add(refused(Reason.ENTRUSTMENT_REF_NAMES_NOTHING));
        }
        if (!unnamed.isEmpty()) {
            throw DepartureRefusedException.all(unnamed);
        }
        List<Entrustment> before = entrustmentsOf(period);
        String why = null;
        if (!before.isEmpty()) {
            if (before.get(before.size() - 1).sameAs(to, ref)) {
                throw refused(Reason.ENTRUSTMENT_UNCHANGED);
            }
            if (Texts.clean(reason) == null) {
                throw refused(Reason.ENTRUSTMENT_REASON_REQUIRED);
            }
            why = reasonSaid(reason, 200);
        }
        Entrustment entrustment = new Entrustment(period, to, ref, why, by, clock.instant());
        em.persist(entrustment);
        em.flush();
        // chained like the period's other adjustments: an entrustment is dated and attributed evidence too
        evidence.append(EvidenceKind.PERIOD_ENTRUSTMENT, entrustment.getId());
    }

    /** Who managed the person during the 脱密期 of a departure (委托管理), oldest first; empty without a period. */
    public List<DepartureDetail.EntrustmentRow> entrustments(long departureId) {
        Departure departure = em.find(Departure.class, departureId);
        return departure == null ? List.of() : periodOf(departure).map(this::entrustmentRows).orElse(List.of());
    }

    private List<DepartureDetail.EntrustmentRow> entrustmentRows(PostExitPeriod period) {
        return entrustmentsOf(period).stream().map(t -> new DepartureDetail.EntrustmentRow(
                t.getRecordedAt() == null ? null : LocalDate.ofInstant(t.getRecordedAt(), zone()),
                t.getRecordedBy(), t.getOrganisation(), t.getReference(), t.getReason())).toList();
    }

    private List<Entrustment> entrustmentsOf(PostExitPeriod period) {
        return em.createNamedQuery(Entrustment.OF_PERIOD, Entrustment.class).setParameter("period", period)
                .getResultList();
    }

    /** Records a change of the leaver's contact details or employer reported during the 脱密期. */
    public void recordContactChange(long departureId, @NotNull LocalDate reportedOn, String contact, String employer,
                                    @NotBlank String by) {
        Departure departure = em.find(Departure.class, departureId);
        if (departure == null) {
            throw refused(Reason.UNKNOWN_DEPARTURE);
        }
        requireNotOwn(departure, by);
        PostExitPeriod period = periodOf(departure).orElseThrow(() -> refused(Reason.NO_PERIOD));
        notInFuture(reportedOn);
        if (reportedOn.isBefore(period.getStartDate())) {
            throw new DepartureRefusedException(Reason.DATE_BEFORE_PERIOD, period.getStartDate());
        }
        String newContact = contact == null || contact.isBlank() ? null : contact.strip();
        String newEmployer = employer == null || employer.isBlank() ? null : employer.strip();
        if (newContact == null && newEmployer == null) {
            // its own message: the adjustment form's ("原因、批准人…") named fields this form does not have
            throw refused(Reason.CONTACT_MISSING);
        }
        if ((newContact != null && newContact.length() > 200) || (newEmployer != null && newEmployer.length() > 100)) {
            throw refused(Reason.TEXT_TOO_LONG);
        }
        List<DepartureRefusedException> unnamed = new ArrayList<>();
        if (newContact != null && !Texts.namesSomething(newContact)) {
            unnamed.add(refused(Reason.CONTACT_NAMES_NOTHING));
        }
        if (newEmployer != null && !Texts.namesSomething(newEmployer)) {
            unnamed.add(refused(Reason.EMPLOYER_NAMES_NOTHING));
        }
        if (!unnamed.isEmpty()) {
            throw DepartureRefusedException.all(unnamed);
        }
        ContactChange change = new ContactChange(period, reportedOn, newContact, newEmployer, by, clock.instant());
        em.persist(change);
        em.flush();
        // dated and attributed like the period's adjustments and entrustments: linked into the evidence chain
        evidence.append(EvidenceKind.CONTACT_CHANGE, change.getId());
    }

    /** The contact changes recorded during the 脱密期 of a departure, oldest first. */
    public List<DepartureDetail.ContactRow> contactChanges(long departureId) {
        Departure departure = em.find(Departure.class, departureId);
        return departure == null ? List.of() : periodOf(departure).map(p -> em.createNamedQuery(
                        ContactChange.OF_PERIOD, ContactChange.class).setParameter("period", p).getResultStream()
                .map(c -> new DepartureDetail.ContactRow(c.getReportedOn(), c.getContact(), c.getEmployer(),
                        c.getRecordedBy())).toList())
                .orElse(List.of());
    }

    /** As {@link #requiredText}, the refusal added to {@code refusals} (once per reason) rather than thrown. */
    private static String checkedText(String text, int max, List<DepartureRefusedException> refusals) {
        try {
            return requiredText(text, max);
        } catch (DepartureRefusedException refusal) {
            if (refusals.stream().noneMatch(r -> r.reason() == refusal.reason())) {
                refusals.add(refusal);
            }
            return null;
        }
    }

    /** As {@link #checkedText}, for any check that refuses. */
    private static String checked(java.util.function.Supplier<String> check,
                                  List<DepartureRefusedException> refusals) {
        try {
            return check.get();
        } catch (DepartureRefusedException refusal) {
            if (refusals.stream().noneMatch(r -> r.reason() == refusal.reason())) {
                refusals.add(refusal);
            }
            return null;
        }
    }

    /**
     * A reason kept for good (a withdrawal, a change of the last day, a carrier line corrected or withdrawn, a 脱密期
     * adjusted, an entrustment changed): required, within {@code max}, and saying something ({@link
     * Texts#saysSomething}: "-", "无" or "同意" alone is no reason; outside check ex-s37i 3).
     */
    private static String reasonSaid(String text, int max) {
        String said = requiredText(text, max);
        if (!Texts.saysSomething(said)) {
            throw refused(Reason.REASON_SAYS_NOTHING);
        }
        return said;
    }

    /**
     * A name or a reference a record keeps as its evidence (a carrier, its receiver, the briefer, where the paper exit
     * pledge is kept): refused, naming the field, when it names nothing ({@link Texts#namesSomething}: "-", "/" or "无"
     * alone were printed as the evidence; outside check ex-s38g 1). A blank one is left to the field's own check.
     */
    private static void named(String text, Reason namesNothing) {
        if (Texts.clean(text) != null && !Texts.namesSomething(text)) {
            throw refused(namesNothing);
        }
    }

    private static String requiredText(String text, int max) {
        if (Texts.clean(text) == null) {
            throw refused(Reason.REASON_REQUIRED);
        }
        if (Texts.tooLong(text, max)) {
            throw refused(Reason.TEXT_TOO_LONG);
        }
        return Texts.clean(text);
    }

    /** The open departures, the nearest planned last day first. */
    public List<DepartureRow> openDepartures() {
        return em.createNamedQuery(Departure.OPEN_ONES, Departure.class).getResultList().stream()
                .map(d -> new DepartureRow(d.getId(), d.getEmployee().getEmployeeNo(), d.getEmployee().getName(),
                        d.getEmployee().getDepartment().getName(), d.getEmployee().getDepartment().getNameEn(),
                        d.getKind(), d.getPlannedLastDay(), checklistOf(d), d.isLoweringInPost()))
                .sorted(Comparator.comparing(DepartureRow::plannedLastDay).thenComparing(DepartureRow::employeeNo))
                .toList();
    }

    /** The most recently approved departures, newest first, each with the end of its 脱密期 (if any). */
    public List<ApprovedDepartureRow> recentlyApproved(int max) {
        List<Departure> approved = em.createNamedQuery(Departure.APPROVED_ONES, Departure.class)
                .setMaxResults(max).getResultList();
        if (approved.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDate> ends = new HashMap<>();
        em.createQuery("select p.departure.id, coalesce(p.currentEnd, p.endDate) from PostExitPeriod p where p.departure in :d", Object[].class)
                .setParameter("d", approved).getResultList()
                .forEach(row -> ends.put((Long) row[0], localDate(row[1])));
        return approved.stream()
                .map(d -> new ApprovedDepartureRow(d.getId(), d.getEmployee().getEmployeeNo(), d.getEmployee().getName(),
                        d.getEmployee().getDepartment().getName(), d.getEmployee().getDepartment().getNameEn(),
                        d.getKind(), d.getApprovedOn(), ends.get(d.getId()), d.isAfterLeftPost(), d.isLoweringInPost()))
                .toList();
    }

    /**
     * Whether the login is one of the departure's own person's: every step of it is refused to them (OWN_DEPARTURE),
     * so its page shows them no step form. False for an unknown departure.
     */
    public boolean isOwn(long departureId, String login) {
        Departure departure = em.find(Departure.class, departureId);
        return departure != null && Employee.isLoginOf(em, departure.getEmployee(), login);
    }

    /** A departure with its checklist and, once approved, its 脱密期. */
    public Optional<DepartureDetail> detail(long id) {
        return em.createNamedQuery(Departure.WITH_DETAILS, Departure.class).setParameter("id", id)
                .getResultList().stream().findFirst().map(this::detailOf);
    }

    /** The person's open departure, as {@link #detail} gives it; empty when none is open. */
    public Optional<DepartureDetail> openDetailOf(String employeeNo) {
        return employee(employeeNo).flatMap(this::openOf).flatMap(d -> detail(d.getId()));
    }

    /**
     * People whose 脱密期 runs today, one row each, the soonest end first. A person under more than one running
     * period (lowered twice, each lowering a departure with its own period) is bound until the latest end of them:
     * their row shows that period, the governing one, and how many run, as the home page and the API answer.
     *
     * @param withinDays only those whose governing period ends within this many days; null for all
     */
    public List<RestrictionRow> restricted(Integer withinDays) {
        LocalDate today = today();
        LocalDate until = withinDays == null ? FAR_FUTURE : today.plusDays(Math.max(0, withinDays));
        Map<Long, List<PostExitPeriod>> byPerson = new java.util.LinkedHashMap<>();
        em.createNamedQuery(PostExitPeriod.RUNNING, PostExitPeriod.class)
                .setParameter("today", today).setParameter("until", FAR_FUTURE)
                .getResultList().forEach(p -> byPerson.computeIfAbsent(p.getEmployee().getId(), k -> new ArrayList<>())
                        .add(p));
        return byPerson.values().stream().map(periods -> {
            PostExitPeriod p = governing(periods);
            return new RestrictionRow(p.getDeparture().getId(), p.getEmployee().getEmployeeNo(),
                    p.getEmployee().getName(), p.getEmployee().getDepartment().getName(),
                    p.getEmployee().getDepartment().getNameEn(), p.getSecrecyClass(), p.getDeparture().getKind(),
                    p.getStartDate(), p.getCurrentEnd(), PostExitPeriodPolicy.daysLeft(p.getCurrentEnd(), today),
                    periods.size(), p.getEmployee().getStatus(), p.getDeparture().isLoweringInPost());
        }).filter(r -> !r.end().isAfter(until))
                .sorted(Comparator.comparing(RestrictionRow::end).thenComparing(RestrictionRow::employeeNo)).toList();
    }

    /**
     * Before a hire: the people of each name asked (full-width forms and spaces evened out, as {@link OtherPerson}
     * reads names) who left the unit (离职) and whose 脱密期 runs today, with the last day of the period that governs.
     * A leaver hired again under a new number dropped the restriction with no warning (outside check). A colleague
     * still in the unit (in post after a lowering, or 离岗) is no leaver: matched, a new hire of their name was refused
     * and the new record named them (outside check; {@link OtherPerson#isSameNameLeaver}).
     */
    void onSameNameLeaversAsked(@Observes SameNameLeaversAsked asked) {
        List<RestrictionRow> running = restricted(null);
        for (String name : asked.names()) {
            running.stream().filter(r -> OtherPerson.isSameNameLeaver(name, r.name(), r.status()))
                    .forEach(r -> asked.found(name,
                    new SameNameLeaversAsked.Leaver(r.employeeNo(), r.name(), r.end())));
        }
    }

    /**
     * Before a roster import: where the open 离岗 of each person asked moves them when approved, for a departure opened
     * by lowering the class (a row asking for just that is no new change; the same file imported again was refused
     * while the departure was under way; outside check).
     */
    void onDepartingToAsked(@Observes DepartingToAsked asked) {
        for (Employee person : asked.people()) {
            openOf(person).filter(Departure::isClassLowering).ifPresent(d -> asked.found(person,
                    d.getTargetDepartment().getCode(), d.getTargetPost().getCode(), d.getTargetClass()));
        }
    }

    /** Of the periods running for one person, the one that binds them longest (the later start on a tie). */
    private static PostExitPeriod governing(List<PostExitPeriod> running) {
        return running.stream().max(Comparator.comparing(PostExitPeriod::getCurrentEnd)
                .thenComparing(PostExitPeriod::getStartDate)).orElseThrow();
    }

    /** Whether an open paper is offered to continue to a person of this status ({@link LeaverOffers#openPaper}). */
    public boolean offersOpenPaper(EmployeeStatus status, boolean campaignQuiz, boolean askedByOpenProgramme) {
        return LeaverOffers.openPaper(status, campaignQuiz, askedByOpenProgramme);
    }

    /** Whether 每日一练 is offered to a person of this status ({@link LeaverOffers#dailyPractice}). */
    public boolean offersDailyPractice(EmployeeStatus status) {
        return LeaverOffers.dailyPractice(status);
    }

    /** Whether a person is restricted today and until when; empty for an unknown staff number. */
    public Optional<Restriction> restrictionOf(String employeeNo) {
        LocalDate today = today();
        return employee(employeeNo).map(person -> {
            Optional<LocalDate> until = periodsOf(person).stream().filter(p -> p.isRunningOn(today))
                    .map(PostExitPeriod::getCurrentEnd).max(Comparator.naturalOrder());
            return new Restriction(person.getEmployeeNo(), until.isPresent(), until.orElse(null),
                    person.getSecrecyClass());
        });
    }

    private DepartureDetail detailOf(Departure d) {
        Optional<PostExitPeriod> period = periodOf(d);
        ZoneId zoneId = zone();
        List<CarrierRow> carriers = d.activeCarriers().stream()
                .map(c -> new CarrierRow(c.getId(), c.getKind(), c.getDescription(), c.getReturnedOn(),
                        c.getReceivedBy(), c.getReturnRecordedAt() == null ? null
                        : LocalDate.ofInstant(c.getReturnRecordedAt(), zoneId), c.getReturnRecordedBy()))
                .toList();
        List<DepartureDetail.CorrectionRow> corrections = em.createNamedQuery(CarrierCorrection.OF_DEPARTURE,
                        CarrierCorrection.class).setParameter("departure", d).getResultStream()
                .map(c -> new DepartureDetail.CorrectionRow(LocalDate.ofInstant(c.getAt(), zoneId), c.getBy(),
                        c.getReason(), c.getOldKind(), c.getOldDescription(), c.getNewKind(), c.getNewDescription()))
                .toList();
        List<DepartureDetail.AdjustmentRow> adjustments = period.map(p -> em.createNamedQuery(
                        PeriodAdjustment.OF_PERIOD, PeriodAdjustment.class).setParameter("period", p).getResultStream()
                .map(a -> new DepartureDetail.AdjustmentRow(a.getRecordedAt(), a.getKind(), a.getOldEnd(),
                        a.getNewEnd(), a.getReason(), a.getApprovedBy(), a.getDocumentRef(), a.getRecordedBy()))
                .toList()).orElse(List.of());
        DepartureDetail.Move move = d.isClassLowering() ? new DepartureDetail.Move(d.getTargetDepartment().getName(),
                d.getTargetDepartment().getNameEn(), d.getTargetPost().getName(), d.getTargetPost().getNameEn(),
                d.getTargetClass()) : null;
        SecrecyClass periodClass = period.map(PostExitPeriod::getSecrecyClass).orElseGet(() -> periodClass(d));
        DepartureDetail.Extra extra = new DepartureDetail.Extra(move, d.getNoCarriersDeclaredBy(),
                d.getNoCarriersDeclaredAt() == null ? null : LocalDate.ofInstant(d.getNoCarriersDeclaredAt(), zoneId),
                corrections, periodClass, d.isAfterLeftPost() ? 0 : policy().years(periodClass),
                period.map(PostExitPeriod::getEndDate).orElse(null), adjustments,
                period.map(this::entrustmentRows).orElse(List.of()),
                new DepartureDetail.Move(d.getFromDepartment().getName(), d.getFromDepartment().getNameEn(),
                        d.getFromPost().getName(), d.getFromPost().getNameEn(), d.getFromClass()),
                d.getHandoverTo() == null ? null : new DepartureDetail.Handover(d.getFromPost().getName(),
                        d.getFromPost().getNameEn(), d.getHandoverTo().getName(), d.getHandoverTo().getNameEn()),
                d.getWithdrawnAt() == null ? null : new DepartureDetail.Withdrawal(
                        LocalDate.ofInstant(d.getWithdrawnAt(), zoneId), d.getWithdrawnBy(), d.getWithdrawReason()),
                lastDayRows(d), d.isAfterLeftPost()
                        ? afterLeftPost(d.getEmployee(), LocalDate.ofInstant(d.getOpenedAt(), zoneId)) : null,
                d.getExitPledgeYears());
        return new DepartureDetail(d.getId(), Employees.row(d.getEmployee()), d.getKind(), d.getStatus(),
                d.getPlannedLastDay(), d.getReason(), LocalDate.ofInstant(d.getOpenedAt(), zoneId), d.getOpenedBy(),
                carriers, d.getBriefingOn(), d.getBriefingGivenBy(),
                d.getExitPledgeSignedAt() == null ? null : LocalDate.ofInstant(d.getExitPledgeSignedAt(), zoneId),
                d.getExitPledgeId(), d.getExitPledgePaperRef(), d.getApprovedOn(), d.getApprovedBy(),
                period.map(PostExitPeriod::getStartDate).orElse(null),
                period.map(PostExitPeriod::getCurrentEnd).orElse(null), checklistOf(d), extra);
    }

    private Optional<PostExitPeriod> periodOf(Departure d) {
        return em.createQuery("select p from PostExitPeriod p where p.departure = :d", PostExitPeriod.class)
                .setParameter("d", d).getResultList().stream().findFirst();
    }

    private static ExitChecklist checklistOf(Departure d) {
        List<CarrierReturn> active = d.activeCarriers();
        int returned = (int) active.stream().filter(CarrierReturn::isReturned).count();
        return new ExitChecklist(active.size(), returned, d.isNoCarriersDeclared(), d.getBriefingOn() != null,
                d.getExitPledgeSignedAt() != null, d.isCarriersOnly());
    }

    private CarrierReturn changeableCarrier(long carrierId) {
        CarrierReturn carrier = em.find(CarrierReturn.class, carrierId);
        if (carrier == null) {
            throw refused(Reason.UNKNOWN_CARRIER);
        }
        openDeparture(carrier.getDeparture().getId());
        // read before the departure's lock: another step may have changed the line meanwhile
        em.refresh(carrier);
        if (carrier.isWithdrawn()) {
            throw refused(Reason.CARRIER_WITHDRAWN);
        }
        return carrier;
    }

    private List<PostExitPeriod> periodsOf(Employee person) {
        return em.createNamedQuery(PostExitPeriod.OF_EMPLOYEE, PostExitPeriod.class)
                .setParameter("employee", person).getResultList();
    }

    private Optional<Employee> employee(String employeeNo) {
        if (employeeNo == null || employeeNo.isBlank()) {
            return Optional.empty();
        }
        return Employee.byNumber(em, employeeNo)
                .getResultList().stream().findFirst();
    }

    /** The id of the person's open hand-over (转岗交接), if any: what HR still has to finish after a move. */
    public Optional<Long> openHandover(String employeeNo) {
        return employee(employeeNo).flatMap(this::openHandoverOf).map(Departure::getId);
    }

    /** The person's open hand-over (转岗交接), if any. */
    private Optional<Departure> openHandoverOf(Employee person) {
        return em.createNamedQuery(Departure.OPEN_HANDOVER_OF_EMPLOYEE, Departure.class)
                .setParameter("employee", person).getResultList().stream().findFirst();
    }

    /** The person's open 离岗 or 离职 (not a hand-over), if any. */
    private Optional<Departure> openOf(Employee person) {
        return em.createNamedQuery(Departure.OPEN_OF_EMPLOYEE, Departure.class).setParameter("employee", person)
                .getResultList().stream().findFirst();
    }

    /**
     * Nobody opens, runs, approves, withdraws or adjusts their own departure or 脱密期 (HR declared for herself that she
     * held no carriers, approved her own 离职 and cut her own period to a day; outside check): another HR officer or
     * secrecy officer does, as for one's own vetting, reward and sanction or roster change. The same rule as theirs:
     * {@link Employee#isLoginOf}, the login {@code by} being one of the person's.
     */
    private void requireNotOwn(Departure departure, String by) {
        requireNotOwn(departure.getEmployee(), by);
    }

    private void requireNotOwn(Employee person, String by) {
        if (Employee.isLoginOf(em, person, by)) {
            throw refused(Reason.OWN_DEPARTURE);
        }
    }

    /**
     * The departure, which must be open, locked and read anew before anything is checked: of two steps at once (two
     * approvals posted from two sessions, an approval and a checklist change) the second waits for the first and then
     * sees what it did, refused cleanly (an approval found approved is NOT_OPEN). Its version is raised by every
     * change to its checklist as well. Two approvals at once used to meet at the flush instead, each holding the
     * departure as read before the other's commit: an OptimisticLockException, written as an FFDC incident.
     */
    private Departure openDeparture(long id) {
        Departure departure = em.find(Departure.class, id);
        if (departure == null) {
            throw refused(Reason.UNKNOWN_DEPARTURE);
        }
        lock(departure);
        if (departure.isWithdrawn()) {
            throw refused(Reason.WITHDRAWN);
        }
        if (!departure.isOpen()) {
            throw refused(Reason.NOT_OPEN);
        }
        return departure;
    }

    /**
     * Locks the departure's row (the lock held until the transaction ends), reads it anew and raises its version:
     * what another transaction committed meanwhile is seen, never met at the flush as an OptimisticLockException.
     * What this transaction changed already (a briefing recorded before the pledge is signed, in one transaction) is
     * written first, so that reading the row anew keeps it.
     */
    private void lock(Departure departure) {
        em.flush();
        em.refresh(departure, LockModeType.PESSIMISTIC_WRITE);
        em.lock(departure, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /**
     * A day of a departure's checklist or its approval: not in the future, not before the person was hired and not
     * before the day the departure was opened (in the unit's zone). A briefing or an approval dated before the
     * departure existed would put the start of the 脱密期 before its record, even let it end before it was recorded.
     */
    private void notInFuture(LocalDate day, Departure departure) {
        notInFuture(day);
        Employee person = departure.getEmployee();
        if (day.isBefore(person.getHireDate())) {
            LocalDate first = firstDay(person);
            if (day.isBefore(first)) {
                throw beforeFirstDay(person, first);
            }
        }
        LocalDate opened = LocalDate.ofInstant(departure.getOpenedAt(), zone());
        if (day.isBefore(opened)) {
            throw new DepartureRefusedException(Reason.DATE_BEFORE_OPENED, opened);
        }
    }

    /**
     * The first day a departure of this person may name ({@link LastDayBounds#firstDay}): the hire day, or the day
     * they took up the post when that came before it (a hire trained ahead of their first day is in post).
     */
    private LocalDate firstDay(Employee person) {
        return LastDayBounds.firstDay(person.getHireDate(), history.tookUpPostOn(person).orElse(null));
    }

    /** The refusal of a day before {@code first}: the hire day, or the day the person took up the post before it. */
    private static DepartureRefusedException beforeFirstDay(Employee person, LocalDate first) {
        return new DepartureRefusedException(first.isBefore(person.getHireDate()) ? Reason.DATE_BEFORE_POST
                : Reason.DATE_BEFORE_HIRE, first);
    }

    private void notInFuture(LocalDate day) {
        if (day.isAfter(today())) {
            throw refused(Reason.DATE_IN_FUTURE);
        }
    }

    private ZoneId zone() {
        return ZoneId.of(zone);
    }

    /** A date from a query that computes it (coalesce): the driver may hand back a java.sql.Date. */
    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }


    private static DepartureRefusedException refused(Reason reason) {
        return new DepartureRefusedException(reason);
    }
}
