package org.shoumi.portal.programmes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.boundary.PersonnelHistory;
import org.shoumi.portal.employees.entity.ChangeSource;
import org.shoumi.portal.employees.boundary.TrainingCalled;
import org.shoumi.portal.employees.boundary.TrainingWithdrawn;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.programmes.control.ProgrammeRules;
import org.shoumi.portal.programmes.control.ProgrammeRules.Evidence;
import org.shoumi.portal.programmes.control.ProgrammeRules.Missing;
import org.shoumi.portal.programmes.control.ProgrammeRules.Step;
import org.shoumi.portal.programmes.control.ProgrammeRules.StepKind;
import org.shoumi.portal.programmes.entity.Assignment;
import org.shoumi.portal.programmes.entity.ClosedBecause;
import org.shoumi.portal.programmes.entity.ProgrammeKind;
import org.shoumi.portal.training.boundary.Acknowledgements;
import org.shoumi.quizzes.attempts.boundary.QuizAttempts;
import org.shoumi.quizzes.attempts.boundary.QuizSummary;
import org.shoumi.quizzes.attempts.boundary.TakerView;

/**
 * Gives people their programmes and tells how far they have got. A step is done when its evidence exists:
 * no reading owed, a pass of the quiz since the programme started, a pledge of the kind signed since then.
 * A programme found complete is marked so for good; a completed onboarding puts the person in post (在岗).
 * Onboarding's steps are taken in order, and the server holds each back until the steps before it are done:
 * the exam waits for the reading, the pledge for the exam; an in-post programme's in-post pledge waits for its
 * reading and exam, a transfer's pledge for its reading ({@link #requireStepsBefore}).
 */
@ApplicationScoped
@Boundary
public class Programmes {

    @Inject
    CampaignQuizzes campaignQuizzes;

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Employees employees;

    @Inject
    Acknowledgements acknowledgements;

    @Inject
    QuizAttempts quizAttempts;

    @Inject
    Documents documents;

    @Inject
    PersonnelHistory history;

    /** Asks the departures feature whether a person is leaving the post (an in-post pledge step is then not required). */
    @Inject
    jakarta.enterprise.event.Event<org.shoumi.portal.events.LeavingThePostAsked> leavingAsked;

    @Inject
    @ConfigProperty(name = "shoumi.portal.programme.onboarding.quiz", defaultValue = "ONBOARDING")
    String onboardingQuiz;

    @Inject
    @ConfigProperty(name = "shoumi.portal.programme.in-post.quiz", defaultValue = "ANNUAL-{year}")
    String inPostQuiz;

    @Inject
    @ConfigProperty(name = "shoumi.portal.programme.due-days", defaultValue = "30")
    int dueDays;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    Clock clock = Clock.systemUTC();

    /**
     * Gives the person a programme starting today, due after the configured days (counted from the hire day for a
     * hire whose first day is still ahead), unless the same kind from the same campaign (or none) is already open
     * for them (then that one is returned).
     */
    public Assignment assign(Employee person, ProgrammeKind kind, String campaignCode, LocalDate due, String by) {
        Optional<Assignment> open = assignmentsOf(person).stream()
                .filter(a -> a.getKind() == kind && a.isOpen()
                        && java.util.Objects.equals(a.getCampaignCode(), campaignCode)).findFirst();
        if (open.isPresent()) {
            return open.get();
        }
        LocalDate today = documents.today();
        Assignment a = new Assignment(person, kind, today,
                due == null ? ProgrammeRules.due(today, person.getHireDate(), dueDays) : due, campaignCode, by,
                clock.instant());
        em.persist(a);
        return a;
    }

    /**
     * The instant each of these programmes was given (assigned), by id; those given before the instant was kept are
     * left out. The departures tell by it which of two departures opened on one day gave an exit programme.
     */
    public java.util.Map<Long, Instant> givenAt(java.util.Collection<Long> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, Instant> given = new java.util.HashMap<>();
        em.createQuery("select a.id, a.assignedAt from Assignment a where a.id in :ids and a.assignedAt is not null",
                Object[].class).setParameter("ids", java.util.List.copyOf(assignmentIds)).getResultStream()
                .forEach(row -> given.put((Long) row[0], (Instant) row[1]));
        return given;
    }

    /**
     * Gives the person a programme the caller knows they do not have yet (a plan item just started): no look-up
     * first, so that a year can be started for many people at once.
     */
    public Assignment giveNew(Employee person, ProgrammeKind kind, String campaignCode, LocalDate startsOn,
                              LocalDate due, String by) {
        Assignment a = new Assignment(person, kind, startsOn, due, campaignCode, by, clock.instant());
        em.persist(a);
        return a;
    }

    /**
     * Checks a programme just given against what the person has done since it starts: one already done is complete
     * at once (a campaign's programme stayed 进行中 until the next reminder run or the person's next page; outside
     * check), dated by the records that completed it.
     */
    public void check(Assignment a) {
        progress(a);
    }

    /**
     * A programme that no longer applies (the person left its audience): closed, kept. Closed for a person who has
     * left the post or the unit, it says they left: a plan item closed as the departure's approval changed the
     * record read "部门、岗位或涉密类别调整" in the secrecy file and the drill-down (outside check).
     */
    public void close(Assignment a) {
        close(a, null);
    }

    /**
     * As {@link #close(Assignment)}, {@code wasIn} being the department the person was in when the change that
     * closes it was made (the personnel history's department before it): a programme closed by a move counts there,
     * in the department that gave it ({@link ClosedBecause#countedIn}), not in the one moved to.
     */
    public void close(Assignment a, String wasIn) {
        EmployeeStatus status = a.getEmployee().getStatus();
        Instant now = clock.instant();
        a.close(now, dayOf(now), status == EmployeeStatus.LEFT_POST || status == EmployeeStatus.LEFT_UNIT
                ? ClosedBecause.LEFT : ClosedBecause.NO_LONGER_CONCERNED, wasIn);
    }

    /** The unit's day of an instant: the day a programme is closed on. */
    private LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZoneId.of(zone));
    }

    /**
     * A hire not started yet was corrected to 非涉密: the onboarding or transfer training still open no longer concerns
     * them and is closed as such.
     */
    void trainingWithdrawn(@Observes TrainingWithdrawn withdrawn) {
        Instant now = clock.instant();
        assignmentsOf(withdrawn.person()).stream().filter(a -> a.isOpen() && (a.getKind() == ProgrammeKind.ONBOARDING
                || a.getKind() == ProgrammeKind.TRANSFER)).forEach(a -> a.close(now, dayOf(now), ClosedBecause.HIRE_CORRECTED));
    }

    /**
     * HR withdrew a departure opened by mistake: the exit programme it gave is closed as withdrawn (kept, neither
     * complete nor overdue); the person's other programmes stay as they are. One whose steps were all done (the
     * briefing and a paper pledge recorded before the withdrawal) is closed as withdrawn too, keeping the day it was
     * completed: the secrecy file and the workbook read it as done, then withdrawn (they showed it completed, as if
     * the person had had their exit training; outside check). Exit programmes from before the departure was opened
     * (an earlier approved one) are not touched.
     */
    void departureWithdrawn(@Observes org.shoumi.portal.events.DepartureWithdrawn withdrawn) {
        Instant now = clock.instant();
        Employee.byNumber(em, withdrawn.employeeNo()).getResultStream().findFirst()
                .ifPresent(person -> assignmentsOf(person).stream()
                        .filter(a -> a.getKind() == ProgrammeKind.EXIT && a.getClosedAt() == null)
                        .filter(a -> a.isOpen() || !a.getStartedOn().isBefore(withdrawn.openedOn()))
                        .forEach(a -> a.closeAsWithdrawn(now, dayOf(now))));
    }

    /**
     * HR changed the planned last working day of an open departure: the exit programme it gave is due on
     * the new day (the opening made it due on the last day; a leaver leaving earlier was reminded of it as not yet
     * due). One already done follows too (done under an intermediate day it read as late against it); one closed,
     * and exit programmes from before the departure was opened, are not touched.
     */
    void departureLastDayChanged(@Observes org.shoumi.portal.events.DepartureLastDayChanged changed) {
        Employee.byNumber(em, changed.employeeNo()).getResultStream().findFirst()
                .ifPresent(person -> assignmentsOf(person).stream()
                        .filter(a -> a.getKind() == ProgrammeKind.EXIT && a.getClosedAt() == null
                                && !a.getStartedOn().isBefore(changed.openedOn()))
                        .forEach(a -> a.moveDue(changed.lastDay())));
    }

    void trainingCalled(@Observes TrainingCalled called) {
        ProgrammeKind kind = ProgrammeRules.programmeFor(called.call());
        // one open already (a transfer still under way) is kept, and the change says so: it said a programme was
        // started when none was (outside check)
        boolean open = assignmentsOf(called.person()).stream()
                .anyMatch(a -> a.getKind() == kind && a.isOpen() && a.getCampaignCode() == null);
        Assignment given = assign(called.person(), kind, null, null, called.by());
        called.given(given.getKind().name(), given.getDue(), open);
    }

    /** The roster asks which programmes a person has open (before and after a change, to say which it closed). */
    void openAsked(@Observes org.shoumi.portal.employees.boundary.OpenProgrammesAsked asked) {
        assignmentsOf(asked.person()).stream().filter(Assignment::isOpen).forEach(a -> asked.open(
                new org.shoumi.portal.employees.boundary.OpenProgrammesAsked.Programme(a.getId(), a.getKind().name(),
                        a.getCampaignCode(), a.getCampaignCode() == null ? null : campaignQuizzes
                        .asksOf(a.getCampaignCode()).map(CampaignQuizzes.Asks::title).orElse(null))));
    }

    public Optional<Assignment> onHire(Employee person, String by) {
        return ProgrammeRules.onHire(person.getSecrecyClass()).map(kind -> assign(person, kind, null, null, by));
    }

    /** The programmes of the person behind this login, open ones first, each with its steps. */
    public List<Progress> of(String username) {
        return person(username).map(p -> {
            List<Assignment> mine = assignmentsOf(p);
            Set<Long> again = givenAgain(mine);
            return mine.stream().map(a -> progress(a, again.contains(a.getId())))
                    .sorted(Comparator.comparing((Progress g) -> !g.open())).toList();
        }).orElse(List.of());
    }

    /**
     * Of these programmes (all of their people's, so that a later one is among them), the ids of those given again:
     * closed unfinished, and the same person has a programme of the same campaign given after it, which counts
     * instead ({@link ClosedBecause#givenAgain}; outside check ex-s38e 2).
     */
    static Set<Long> givenAgain(java.util.Collection<Assignment> assignments) {
        Map<String, Long> last = new HashMap<>();
        for (Assignment a : assignments) {
            if (a.getCampaignCode() != null) {
                last.merge(a.getEmployee().getId() + "/" + a.getCampaignCode(), a.getId(), Math::max);
            }
        }
        Set<Long> again = new HashSet<>();
        for (Assignment a : assignments) {
            if (ClosedBecause.givenAgain(a.getClosedAt() != null && a.getCompletedAt() == null, a.getCampaignCode(),
                    a.getCampaignCode() != null
                            && last.get(a.getEmployee().getId() + "/" + a.getCampaignCode()) > a.getId())) {
                again.add(a.getId());
            }
        }
        return again;
    }

    /** Every programme of everyone, open and overdue first: what HR and the secrecy office watch. */
    public List<Progress> overview() {
        List<Progress> all = new ArrayList<>();
        List<Assignment> every = em.createNamedQuery(Assignment.ALL, Assignment.class).getResultList();
        Set<Long> again = givenAgain(every);
        every.forEach(a -> all.add(progress(a, again.contains(a.getId()))));
        all.sort(Comparator.comparing((Progress p) -> !p.open()).thenComparing(p -> !p.overdue())
                .thenComparing(Progress::due));
        return all;
    }

    /**
     * The years a dashboard or drill-down may be narrowed to, newest first: from the first year a programme started
     * to this year (or the last year one starts, when a plan for next year is already given).
     */
    public List<Integer> years() {
        Object[] range = em.createQuery("select min(a.startedOn), max(a.startedOn) from Assignment a", Object[].class)
                .getSingleResult();
        int thisYear = documents.today().getYear();
        int first = range[0] == null ? thisYear : Math.min(thisYear, ((LocalDate) range[0]).getYear());
        int last = range[1] == null ? thisYear : Math.max(thisYear, ((LocalDate) range[1]).getYear());
        List<Integer> years = new ArrayList<>();
        for (int y = last; y >= first; y--) {
            years.add(y);
        }
        return years;
    }

    /**
     * The open programme of this person that asks for a pledge of this kind not yet signed, if any; a programme whose
     * window has not opened does not ask yet (next year's plan item asked for next year's in-post pledge in December,
     * and a second signature of this year's text was stored that counted for no programme; outside check).
     */
    public Optional<Assignment> awaitingPledge(Employee person, PledgeKind kind) {
        LocalDate today = documents.today();
        return pledgeAskedBy(person, kind).filter(a -> !a.getStartedOn().isAfter(today)).findFirst();
    }

    /**
     * The day the pledge of this kind is next asked for by a programme of the person whose window has not opened,
     * when no open one asks for it now: what the sign page says instead of offering the form.
     */
    public Optional<LocalDate> pledgeOpensOn(Employee person, PledgeKind kind) {
        LocalDate today = documents.today();
        return pledgeAskedBy(person, kind).map(Assignment::getStartedOn).filter(day -> day.isAfter(today))
                .min(Comparator.naturalOrder());
    }

    /** The open programmes of the person that ask for a pledge of this kind not yet signed, open yet or not. */
    private java.util.stream.Stream<Assignment> pledgeAskedBy(Employee person, PledgeKind kind) {
        return assignmentsOf(person).stream()
                .filter(a -> a.isOpen() && ProgrammeRules.pledgeOf(stepsOf(a)).orElse(null) == kind)
                .filter(a -> !pledgeSigned(a, kind));
    }

    /**
     * Refuses a step taken too early: while an open programme of this person that holds this step back (see
     * {@link ProgrammeRules#heldBack}: onboarding's steps, an in-post programme's in-post pledge, a transfer's pledge)
     * asks for it and
     * still misses a step before it, a
     * {@link StepRefusedException} names what is missing. Any other step, and anyone without such a programme,
     * passes.
     */
    public void requireStepsBefore(Employee person, Step step) {
        java.util.Optional<StepRefusedException> refused = stepsMissingBefore(person, step);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    /**
     * What {@link #requireStepsBefore} would refuse this step with: the first open programme of the person that holds
     * it back and still misses a step before it, with those steps; empty when the step may be taken now. Pages ask it
     * to say what is left instead of offering what would be refused.
     */
    public Optional<StepRefusedException> stepsMissingBefore(Employee person, Step step) {
        LocalDate today = documents.today();
        for (Assignment a : assignmentsOf(person)) {
            // a programme not open yet asks for nothing now (next year's item does not hold this year's pledge back)
            if (!a.isOpen() || !ProgrammeRules.heldBack(a.getKind(), step) || a.getStartedOn().isAfter(today)) {
                continue;
            }
            ProgrammeRules.Quizzes quizzes = quizzesOf(a);
            List<Step> steps = ProgrammeRules.steps(a.getKind(), quizzes);
            if (!steps.contains(step)) {
                continue;
            }
            Evidence evidence = evidence(a, steps.subList(0, steps.indexOf(step)));
            List<Missing> missing = ProgrammeRules.missingBefore(a.getKind(), quizzes, step, evidence);
            if (!missing.isEmpty()) {
                return Optional.of(new StepRefusedException(a.getKind(), step.kind(), missing));
            }
        }
        return Optional.empty();
    }

    /**
     * Starts an attempt at a quiz for a person, or returns the one they have in progress. Starting anew is refused
     * ({@link StepRefusedException}) while an open programme holds the quiz back: the onboarding exam before every
     * document owed is acknowledged. An attempt already started may always be resumed. Refused, nothing is stored.
     */
    public TakerView startQuiz(String quizCode, String employeeNo, String departmentCode) {
        Optional<Employee> person = Employee.byNumber(em, employeeNo).getResultStream().findFirst();
        // the programmes asking for a campaign's quiz, read once for both checks (none for a quiz of the bank)
        Optional<List<Assignment>> asking = person.filter(p -> campaignQuizzes.targeted(quizCode))
                .map(p -> asking(p, quizCode));
        if (asking.isPresent() && asking.get().isEmpty()) {
            throw new QuizNotTargetedException(quizCode);
        }
        Optional<LocalDate> later = asking.flatMap(this::opensLater);
        if (later.isPresent() && quizAttempts.quizzesFor(employeeNo).stream()
                .noneMatch(q -> q.code().equals(quizCode) && q.openAttemptId() != null)) {
            // a pass before the window would not count and the attempt would be spent (outside check)
            throw new ProgrammeNotOpenException(quizCode, later.get());
        }
        if (person.isPresent()) {
            try {
                requireStepsBefore(person.get(), new Step(StepKind.QUIZ, quizCode));
            } catch (StepRefusedException refused) {
                boolean resuming = quizAttempts.quizzesFor(employeeNo).stream()
                        .anyMatch(q -> q.code().equals(quizCode) && q.openAttemptId() != null);
                if (!resuming) {
                    throw refused;
                }
            }
        }
        String ownPost = person.map(Employee::getPost)
                .map(p -> org.shoumi.quizzes.attempts.control.QuestionDraw.ownPostCategory(p.getCode()))
                .orElse(null);
        return quizAttempts.start(quizCode, employeeNo, departmentCode, ownPost);
    }

    /**
     * Whether the person may see and start the quiz: a quiz that belongs to a campaign or plan item only when one of
     * their programmes (open or complete) asks for it — that campaign's, or their own onboarding, transfer or exit
     * programme (a plan item that used the onboarding exam hid it from new hires whose onboarding asked for it:
     * outside check); any other quiz always, except to a person who left the unit.
     */
    public boolean mayTake(Employee person, String quizCode) {
        if (person.getStatus() == EmployeeStatus.LEFT_UNIT || campaignQuizzes.targeted(quizCode)) {
            // a person who left the unit keeps the login for their 脱密期 and records: no quiz is offered to them
            // unless a programme of theirs still open asks for it (the start page opened any quiz of the bank)
            return !asking(person, quizCode).isEmpty();
        }
        return true;
    }

    /** The person's open programmes whose steps ask for the quiz. */
    private List<Assignment> asking(Employee person, String quizCode) {
        return assignmentsOf(person).stream().filter(a -> a.getClosedAt() == null)
                .filter(a -> stepsOf(a).contains(new Step(StepKind.QUIZ, quizCode))).toList();
    }

    /**
     * The quizzes the person sees in their quiz list (and finds by searching): every quiz of the bank, but a quiz of
     * a campaign or plan item only for the people one of its programmes asks it of ({@link #mayTake}).
     */
    public List<QuizSummary> quizzesFor(String employeeNo) {
        return quizAttempts.quizzesFor(employeeNo).stream().filter(q -> mayTake(employeeNo, q.code())).toList();
    }

    /**
     * The day a campaign's or plan item's quiz opens for the person when every programme of theirs that asks for it
     * starts later (what is done before a programme starts does not count for it); empty when one has started, or
     * the quiz belongs to no campaign or plan item.
     */
    public Optional<LocalDate> opensLater(Employee person, String quizCode) {
        return campaignQuizzes.targeted(quizCode) ? opensLater(asking(person, quizCode)) : Optional.empty();
    }

    /** {@link #opensLater} of the programmes asking for a quiz: the first start, when none has started yet. */
    private Optional<LocalDate> opensLater(List<Assignment> asking) {
        LocalDate today = documents.today();
        if (asking.isEmpty() || asking.stream().anyMatch(a -> !a.getStartedOn().isAfter(today))) {
            return Optional.empty();
        }
        return asking.stream().map(Assignment::getStartedOn).min(Comparator.naturalOrder());
    }

    /** {@link #opensLater} for a staff number; empty for a number that is no person. */
    public Optional<LocalDate> opensLater(String employeeNo, String quizCode) {
        return Employee.byNumber(em, employeeNo).getResultStream().findFirst().flatMap(p -> opensLater(p, quizCode));
    }

    /** {@link #mayTake} for a staff number; true for a number that is no person (administrator's practice). */
    public boolean mayTake(String employeeNo, String quizCode) {
        return Employee.byNumber(em, employeeNo)
                .getResultStream().findFirst().map(p -> mayTake(p, quizCode)).orElse(true);
    }

    /**
     * How many programmes the drill-down query finds (counted by the database); see {@link #people}.
     */
    public long count(PeopleQuery q) {
        return peopleQuery("select count(a)", q, "", Long.class, false).getSingleResult();
    }

    /**
     * A page of the programmes the query finds, by department and staff number: read from the records, which
     * every finished attempt, acknowledgement and signature keeps current, so that a list of tens of thousands
     * pages in the database.
     */
    public List<PersonRow> people(PeopleQuery q, int first, int max) {
        LocalDate today = documents.today();
        List<Assignment> page = peopleQuery("select a", q, " order by e.employeeNo, a.id", Assignment.class, true)
                .setFirstResult(first).setMaxResults(max).getResultList();
        Map<Long, Set<Instant>> paperDays = paperExitPledgeDays(page);
        return page.stream().map(a -> row(a, today, paperDays.getOrDefault(a.getEmployee().getId(), Set.of())))
                .toList();
    }

    /**
     * The days the people of these rows' completed exit programmes signed exit pledges on paper (the instants that
     * stand for them), by person id: one query for the page. The CSV printed such a completion as "2026-02-08 00:00",
     * a time nobody noted, where the secrecy file and the workbook print the day (outside check).
     */
    private Map<Long, Set<Instant>> paperExitPledgeDays(List<Assignment> page) {
        List<Long> people = page.stream().filter(a -> a.getKind() == ProgrammeKind.EXIT && a.getCompletedAt() != null)
                .map(a -> a.getEmployee().getId()).distinct().toList();
        Map<Long, Set<Instant>> days = new HashMap<>();
        if (people.isEmpty()) {
            return days;
        }
        em.createQuery("select d.employee.id, d.exitPledgeSignedAt from Departure d where d.employee.id in :people "
                        + "and d.exitPledgePaperRef is not null and d.exitPledgeSignedAt is not null", Object[].class)
                .setParameter("people", people).getResultList()
                .forEach(r -> days.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Instant) r[1]));
        return days;
    }

    private PersonRow row(Assignment a, LocalDate today, Set<Instant> paperDays) {
        Employee e = a.getEmployee();
        PeopleQuery.State state = a.isComplete() ? PeopleQuery.State.COMPLETE
                : a.getClosedAt() != null ? PeopleQuery.State.CLOSED
                : today.isAfter(a.getDue()) ? PeopleQuery.State.OVERDUE : PeopleQuery.State.OPEN;
        return new PersonRow(a.getId(), e.getEmployeeNo(), e.getName(), e.getDepartment().getCode(),
                e.getDepartment().getName(), e.getDepartment().getNameEn(), a.getKind(), a.getCampaignCode(),
                a.getStartedOn(), a.getDue(), a.getCompletedAt(), a.getClosedAt(), state, a.getClosedBecause(),
                PersonRow.opensLater(state, a.getStartedOn(), today),
                PersonRow.completedOnPaperDay(a.getKind(), a.getCompletedAt(), paperDays));
    }

    private <T> jakarta.persistence.TypedQuery<T> peopleQuery(String select, PeopleQuery q, String order,
                                                               Class<T> type, boolean rows) {
        // a page of rows fetches each row's person and department with it; a count joins only what it filters by
        StringBuilder jpql = new StringBuilder(select).append(" from Assignment a")
                .append(rows ? " join fetch a.employee e join fetch e.department d"
                        : q.department() != null || q.people() != null ? " join a.employee e" : "")
                // a programme never owed (its departure withdrawn as opened by mistake) is behind no count
                .append(" where ").append(ClosedBecause.counted("a"));
        if (q.campaignCode() != null) {
            jpql.append(" and a.campaignCode = :campaign");
        }
        if (q.kind() != null) {
            jpql.append(" and a.kind = :kind");
        }
        // a programme closed by a move is the department's the person was in then, the one that gave it
        // (ClosedBecause.countedIn); any other the department's of its person
        if (q.people() != null && q.department() != null) {
            // the department's people of a past year, as the year report counts them (where they were at its end)
            jpql.append(" and ").append(ClosedBecause.countedIn("a", ":department",
                    q.people().isEmpty() ? "1 = 0" : "e.employeeNo in :people"));
        } else if (q.people() != null) {
            jpql.append(q.people().isEmpty() ? " and 1 = 0" : " and e.employeeNo in :people");
        } else if (q.department() != null) {
            jpql.append(" and ").append(ClosedBecause.countedIn("a", ":department",
                    rows ? "d.code = :department" : "e.department.code = :department"));
        }
        if (q.year() != null) {
            jpql.append(" and a.startedOn >= :yearFirst and a.startedOn <= :yearLast");
        }
        switch (q.state()) {
            case COMPLETE -> jpql.append(" and a.completedAt is not null");
            case CLOSED -> jpql.append(" and a.completedAt is null and a.closedAt is not null");
            case OPEN -> jpql.append(" and a.completedAt is null and a.closedAt is null and a.due >= :today");
            case OVERDUE -> jpql.append(" and a.completedAt is null and a.closedAt is null and a.due < :today");
            case ALL -> {
            }
        }
        jakarta.persistence.TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        if (q.campaignCode() != null) {
            query.setParameter("campaign", q.campaignCode());
        }
        if (q.kind() != null) {
            query.setParameter("kind", q.kind());
        }
        if (q.people() != null && !q.people().isEmpty()) {
            query.setParameter("people", List.copyOf(q.people()));
        }
        if (q.department() != null) {
            query.setParameter("department", q.department());
        }
        if (q.year() != null) {
            query.setParameter("yearFirst", LocalDate.of(q.year(), 1, 1));
            query.setParameter("yearLast", LocalDate.of(q.year(), 12, 31));
        }
        if (q.state() == PeopleQuery.State.OPEN || q.state() == PeopleQuery.State.OVERDUE) {
            query.setParameter("today", documents.today());
        }
        return query;
    }

    /**
     * Re-checks the person's open programmes (a quiz passed, a document acknowledged or a pledge signed may complete
     * a step); nothing for a number that is no person. Called by {@link ProgrammeRefresh} once such a change is
     * committed.
     */
    public void refreshByNumber(String employeeNo) {
        Employee.byNumber(em, employeeNo)
                .getResultStream().findFirst().ifPresent(this::refresh);
    }

    /** The progress of these programmes (re-checked where open); unknown ids are left out. */
    public List<Progress> progressOf(java.util.Collection<Long> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Assignment a where a.id in :ids order by a.id", Assignment.class)
                .setParameter("ids", List.copyOf(assignmentIds)).getResultStream().map(this::progress).toList();
    }

    /** Re-checks every open programme (before counting completion or sending reminders). */
    public List<Progress> refreshOpen() {
        return em.createQuery("select a from Assignment a where a.completedAt is null and a.closedAt is null",
                Assignment.class).getResultStream().map(this::progress).toList();
    }

    /**
     * The person left the post or the unit: their open programmes no longer apply and are closed (kept, neither
     * complete nor overdue), so nobody reminds a leaver of an in-post campaign.
     */
    public void closeOpenOf(Employee person) {
        closeOpenOf(person, person.getDepartment().getCode());
    }

    /**
     * As {@link #closeOpenOf(Employee)}, {@code wasIn} being the department the person left (the one they were in
     * before the departure's approval moved them): the programmes count there ({@link ClosedBecause#countedIn}), in
     * the department that gave them, not in the one a 离岗 moved the person to (outside check).
     */
    public void closeOpenOf(Employee person, String wasIn) {
        Instant now = clock.instant();
        assignmentsOf(person).stream().filter(Assignment::isOpen)
                .forEach(a -> a.close(now, dayOf(now), ClosedBecause.LEFT, wasIn));
    }

    /** Closes the person's open programmes of this kind only (kept, neither complete nor overdue). */
    public void closeOpenOf(Employee person, ProgrammeKind kind) {
        closeOpenOf(person, kind, person.getDepartment().getCode());
    }

    /**
     * As {@link #closeOpenOf(Employee, ProgrammeKind)}, counted in {@code wasIn}, the department the person was in
     * before the departure that closes them was approved ({@link ClosedBecause#countedIn}).
     */
    public void closeOpenOf(Employee person, ProgrammeKind kind, String wasIn) {
        Instant now = clock.instant();
        assignmentsOf(person).stream().filter(a -> a.isOpen() && a.getKind() == kind)
                .forEach(a -> a.close(now, dayOf(now), ClosedBecause.DEPARTURE_APPROVED, wasIn));
    }

    /** Re-checks the open programmes of this person (after they did something that may complete one). */
    private void refresh(Employee person) {
        assignmentsOf(person).stream().filter(Assignment::isOpen).forEach(this::progress);
    }

    private Progress progress(Assignment a) {
        return progress(a, a.getClosedAt() != null && a.getCompletedAt() == null && a.getCampaignCode() != null
                && givenAgain(assignmentsOf(a.getEmployee())).contains(a.getId()));
    }

    /** {@code givenAgain}: see {@link #givenAgain(java.util.Collection)}. */
    private Progress progress(Assignment a, boolean givenAgain) {
        Employee e = a.getEmployee();
        List<Step> steps = stepsOf(a);
        Evidence evidence = a.isComplete() ? null : evidence(a, steps);
        // a leaver owes no in-post pledge: its step is not required (shown so), whether the programme is open or was
        // completed without it; a signature that does the step stands as signed
        Optional<Instant> leavingSince = leavingSince(a, steps, evidence);
        List<Progress.StepProgress> done = new ArrayList<>();
        LocalDate today = documents.today();
        for (Step s : steps) {
            boolean waived = leavingSince.isPresent() && ProgrammeRules.notRequiredWhenLeaving(a.getKind(), s);
            boolean ok = a.isComplete() || ProgrammeRules.done(a.getKind(), s, evidence, a.getStartedOn(), today,
                    leavingSince.isPresent());
            int owed = s.kind() == StepKind.READ && evidence != null ? evidence.readingsOwed() : 0;
            done.add(new Progress.StepProgress(s.kind(), s.target(), ok, owed, waived));
        }
        if (a.isOpen() && done.stream().allMatch(Progress.StepProgress::done)) {
            a.completed(completedAt(a, steps, leavingSince.orElse(null)));
            if (a.getKind() == ProgrammeKind.ONBOARDING && e.getStatus() == EmployeeStatus.ONBOARDING) {
                Employee.Snapshot before = e.snapshot();
                e.takeUpPost();
                // in post from the day the onboarding was completed, the day the status changes, also when the
                // hire date is still to come: the history dated the change on the hire date while the roster said
                // 在岗 at once, and the person, who had taken up the post, was corrected as if never in it, with no
                // 离岗 and no 脱密期 (outside check)
                history.changed(e, before, e.getEmployeeNo(), ChangeSource.ONBOARDING, null, today);
            }
        }
        return new Progress(a.getId(), e.getEmployeeNo(), e.getName(), e.getDepartment().getCode(),
                e.getDepartment().getName(), e.getDepartment().getNameEn(), a.getKind(), a.getStartedOn(),
                a.getDue(), a.getCompletedAt(),
                ProgrammeRules.overdue(a.getDue(), documents.today(), !a.isOpen()), done, a.getClosedAt(),
                a.getCampaignCode(), a.getCampaignCode() == null ? null
                        : campaignQuizzes.asksOf(a.getCampaignCode()).map(CampaignQuizzes.Asks::title).orElse(null),
                a.getClosedBecause(), a.getClosedOn(), a.getClosedIn(), givenAgain);
    }

    /**
     * When the departure that takes the person out of the secret-related post was opened, if one is open and this
     * programme has a step not required of a leaver ({@link ProgrammeRules#notRequiredWhenLeaving}) that the person
     * has not signed: asked of the departures feature ({@code LeavingThePostAsked}, as the liaisons feature asks).
     * Empty for a closed programme, a programme without such a step, and one whose pledge was signed.
     */
    private Optional<Instant> leavingSince(Assignment a, List<Step> steps, Evidence evidence) {
        if (a.getClosedAt() != null
                || steps.stream().noneMatch(s -> ProgrammeRules.notRequiredWhenLeaving(a.getKind(), s))) {
            return Optional.empty();
        }
        org.shoumi.portal.events.LeavingThePostAsked asked = new org.shoumi.portal.events.LeavingThePostAsked(
                a.getEmployee().getEmployeeNo());
        leavingAsked.fire(asked);
        if (!asked.isLeaving()) {
            return Optional.empty();
        }
        boolean signed = evidence != null ? evidence.pledgeSigned()
                : firstSignature(a, PledgeKind.IN_POST).isPresent();
        if (signed) {
            return Optional.empty();
        }
        return Optional.of(asked.openedAt() != null ? asked.openedAt() : clock.instant());
    }

    private List<Step> stepsOf(Assignment a) {
        return ProgrammeRules.steps(a.getKind(), quizzesOf(a));
    }

    private ProgrammeRules.Quizzes quizzesOf(Assignment a) {
        if (a.getCampaignCode() == null) {
            return new ProgrammeRules.Quizzes(onboardingQuiz, inPostQuiz());
        }
        CampaignQuizzes.Asks asks = campaignQuizzes.asksOf(a.getCampaignCode())
                .orElse(new CampaignQuizzes.Asks(inPostQuiz(), PledgeKind.IN_POST, a.getCampaignCode()));
        return new ProgrammeRules.Quizzes(onboardingQuiz, asks.quiz(), asks.pledge());
    }

    /**
     * The exam of an in-post programme given without a campaign: {@code shoumi.portal.programme.in-post.quiz} with
     * {@code {year}} standing for the unit's current year (ANNUAL-2027 in 2027), so that a year's attempts are not
     * counted against the next. Until the officer defines this year's exam (copying last year's plan does), the
     * newest of the last five years' that is active is asked for, rather than an exam nobody can take.
     */
    private String inPostQuiz() {
        if (!inPostQuiz.contains("{year}")) {
            return inPostQuiz;
        }
        InPostQuiz known = inPostQuizFound;
        Instant now = clock.instant();
        int year = documents.today().getYear();
        if (known != null && known.year() == year && known.found().plusSeconds(60).isAfter(now)) {
            return known.code();
        }
        String code = inPostQuizOf(year);
        inPostQuizFound = new InPostQuiz(year, code, now);
        return code;
    }

    /** The in-post exam found for a year, and when: lists of many people ask for it once a minute, not per row. */
    private record InPostQuiz(int year, String code, Instant found) {
    }

    private volatile InPostQuiz inPostQuizFound;

    private String inPostQuizOf(int year) {
        List<String> codes = java.util.stream.IntStream.rangeClosed(0, 5)
                .mapToObj(back -> inPostQuiz.replace("{year}", String.valueOf(year - back))).toList();
        java.util.Set<String> active = new java.util.HashSet<>(em.createQuery("select q.code from Quiz q "
                + "where q.code in :codes and q.active = true", String.class).setParameter("codes", codes)
                .getResultList());
        return codes.stream().filter(active::contains).findFirst().orElse(codes.get(0));
    }

    /**
     * What the person has done towards these steps of the programme; only the evidence the steps ask for is looked
     * up (the rest counts as not done).
     */
    private Evidence evidence(Assignment a, List<Step> steps) {
        Employee e = a.getEmployee();
        int owed = steps.stream().anyMatch(s -> s.kind() == StepKind.READ) ? acknowledgements.openFor(e).size() : 0;
        List<Step> quizzes = steps.stream().filter(s -> s.kind() == StepKind.QUIZ).toList();
        boolean passed = !quizzes.isEmpty() && quizzes.stream()
                .allMatch(s -> quizAttempts.passedSince(s.target(), e.getEmployeeNo(), since(a), given(a))
                        .isPresent());
        List<Step> pledges = steps.stream().filter(s -> s.kind() == StepKind.PLEDGE).toList();
        boolean signed = !pledges.isEmpty() && pledges.stream()
                .allMatch(s -> pledgeSigned(a, PledgeKind.valueOf(s.target())));
        return new Evidence(owed, passed, signed);
    }

    /**
     * When the programme was done: when its last step was, as the records say (the pass, the signature, the last
     * acknowledgement since it started), not when someone happened to look (found by an outside check: programmes
     * complete at launch read as completed at the time of the next reminder run or page view). The reading step
     * counts by the last acknowledgement made for the programme (since it counts), not the person's latest
     * acknowledgement of anything; a programme given after its last step was done (an exit programme of a departure
     * entered as opened on an earlier paper day, its pledge signed on paper in February) is complete when that step
     * was done, not when it was given (the demo's leavers read "完成时间" the installation day; outside check). When
     * it was given where no step has a time (nothing was owed); now where a step's time is not on record.
     */
    private Instant completedAt(Assignment a, List<Step> steps, Instant leavingSince) {
        Instant now = clock.instant();
        Instant since = since(a);
        Instant last = null;
        for (Step s : steps) {
            // a step not required of a leaver is done when the departure was opened (not before the programme)
            Optional<Instant> at = leavingSince != null && ProgrammeRules.notRequiredWhenLeaving(a.getKind(), s)
                    ? Optional.of(leavingSince.isBefore(since) ? since : leavingSince) : switch (s.kind()) {
                case QUIZ -> quizAttempts.passedSince(s.target(), a.getEmployee().getEmployeeNo(), since, given(a));
                case PLEDGE -> firstSignature(a, PledgeKind.valueOf(s.target()))
                        .or(() -> PledgeKind.EXIT.name().equals(s.target()) ? paperExitPledgeAt(a) : Optional.empty());
                case READ -> Optional.ofNullable(em.createQuery("select max(k.acknowledgedAt) from Acknowledgement k "
                        + "where k.employee = :e and k.acknowledgedAt >= :since", Instant.class)
                        .setParameter("e", a.getEmployee()).setParameter("since", since).getSingleResult());
            };
            if (at.isEmpty()) {
                if (s.kind() != StepKind.READ) {
                    return now;
                }
                continue; // nothing to read was owed: the reading step holds the programme back at no time
            }
            if (last == null || at.get().isAfter(last)) {
                last = at.get();
            }
        }
        if (last == null) {
            last = since; // only a reading step, and nothing was owed: done when it was given
        }
        return last.isAfter(now) ? now : last;
    }

    /**
     * When the pledge step asking for {@code kind} was done: the first signature that counts for the programme (see
     * {@link ProgrammeRules#signedInPlanYear}) and that a material change of its template has not superseded since
     * ({@link ProgrammeRules#superseded}, as the home page's "请阅读后重新签署" and 我的承诺书 say): an in-post pledge
     * signed on version 1 kept the step 已完成 after version 2 changed its substance, while signing version 2 was
     * asked for and refused (outside check).
     */
    private Optional<Instant> firstSignature(Assignment a, PledgeKind kind) {
        Integer planYear = ProgrammeRules.pledgeYear(a.getCampaignCode() != null, a.getCampaignCode() == null ? null
                : campaignQuizzes.asksOf(a.getCampaignCode()).map(CampaignQuizzes.Asks::planYear).orElse(null),
                a.getStartedOn());
        java.util.Set<PledgeKind> yearly = ProgrammeRules.signedInPlanYear(kind, planYear);
        String columns = "select p.signedAt, p.pledgeKind, p.templateKey, p.templateVersion from SignedPledge p ";
        if (!yearly.isEmpty()) {
            // a campaign's in-post pledge: the year's in-post or onboarding pledge, as the home page's yearly pledge
            ZoneId unit = ZoneId.of(zone);
            Optional<Instant> inYear = firstStanding(em.createQuery(columns
                            + "where p.employee = :e and p.pledgeKind in :kinds and p.signedAt >= :from "
                            + "and p.signedAt < :to order by p.signedAt", Object[].class)
                    .setParameter("e", a.getEmployee()).setParameter("kinds", List.copyOf(yearly))
                    .setParameter("from", LocalDate.of(planYear, 1, 1).atStartOfDay(unit).toInstant())
                    .setParameter("to", LocalDate.of(planYear + 1, 1, 1).atStartOfDay(unit).toInstant())
                    .getResultList());
            if (inYear.isPresent()) {
                return inYear; // the pledge since the programme was given is read only when the year has none
            }
        }
        return firstStanding(em.createQuery(columns + "where p.employee = :e and p.pledgeKind = :kind "
                        + "and p.signedAt >= :since order by p.signedAt", Object[].class)
                .setParameter("e", a.getEmployee()).setParameter("kind", kind).setParameter("since", since(a))
                .getResultList());
    }

    /**
     * Of these people (by id), those whose year's in-post pledge would do a campaign's pledge step in that year: a
     * signature of the year's in-post or onboarding pledge that no material change of its template has superseded
     * since, the rule {@link #firstSignature} applies to the step itself. A campaign's launch counts them, so that its
     * warning ("已签订本年度承诺书") says what the step will then show.
     */
    public java.util.Set<Long> yearPledgeStands(java.util.Collection<Long> people, int year) {
        if (people.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Set<Long> asked = java.util.Set.copyOf(people);
        ZoneId unit = ZoneId.of(zone);
        java.util.Map<Long, List<Object[]>> byPerson = new java.util.HashMap<>();
        em.createQuery("select p.employee.id, p.signedAt, p.pledgeKind, p.templateKey, p.templateVersion "
                        + "from SignedPledge p where p.pledgeKind in :kinds and p.signedAt >= :from "
                        + "and p.signedAt < :to order by p.signedAt", Object[].class)
                .setParameter("kinds", List.copyOf(ProgrammeRules.signedInPlanYear(PledgeKind.IN_POST, year)))
                .setParameter("from", LocalDate.of(year, 1, 1).atStartOfDay(unit).toInstant())
                .setParameter("to", LocalDate.of(year + 1, 1, 1).atStartOfDay(unit).toInstant())
                .getResultStream().filter(r -> asked.contains((Long) r[0]))
                .forEach(r -> byPerson.computeIfAbsent((Long) r[0], k -> new java.util.ArrayList<>())
                        .add(java.util.Arrays.copyOfRange(r, 1, r.length)));
        java.util.Set<Long> standing = new java.util.HashSet<>();
        byPerson.forEach((id, signatures) -> firstStanding(signatures).ifPresent(at -> standing.add(id)));
        return standing;
    }

    /**
     * The time of the first of these signatures (signed at, kind, template key, template version; oldest first)
     * that no material version of its template in force today superseded; empty when none.
     */
    private Optional<Instant> firstStanding(List<Object[]> signatures) {
        java.util.Map<String, Integer> required = new java.util.HashMap<>();
        LocalDate today = documents.today();
        for (Object[] s : signatures) {
            PledgeKind signedKind = (PledgeKind) s[1];
            int version = ((Number) s[3]).intValue();
            if (!ProgrammeRules.reopenable(signedKind) || !ProgrammeRules.superseded(signedKind, version,
                    required.computeIfAbsent((String) s[2], key -> org.shoumi.content.documents.control
                            .DocumentTimeline.requiredVersion(documents.versions(key), today)))) {
                return Optional.of((Instant) s[0]);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the departure that gave this exit programme has its exit pledge on paper: the newest departure opened
     * by the time the programme was given (in the same transaction) and on or after its first day; an earlier
     * departure's paper pledge does not count for a later one.
     */
    private boolean exitPledgeOnPaper(Assignment a) {
        return paperExitPledgeAt(a).isPresent();
    }

    /** When the paper exit pledge of {@link #exitPledgeOnPaper} was signed (the day HR recorded), if there is one. */
    private Optional<Instant> paperExitPledgeAt(Assignment a) {
        Instant firstDay = firstDay(a);
        Instant given = a.getAssignedAt() == null ? Instant.parse("9999-12-31T00:00:00Z") : a.getAssignedAt();
        List<Object[]> newest = em.createQuery("select d.exitPledgePaperRef, d.exitPledgeSignedAt from Departure d "
                        + "where d.employee = :e and d.openedAt >= :firstDay and d.openedAt <= :given "
                        + "order by d.openedAt desc", Object[].class)
                .setParameter("e", a.getEmployee()).setParameter("firstDay", firstDay).setParameter("given", given)
                .setMaxResults(1).getResultList();
        return newest.isEmpty() || newest.get(0)[0] == null ? Optional.empty()
                : Optional.ofNullable((Instant) newest.get(0)[1]);
    }

    private boolean pledgeSigned(Assignment a, PledgeKind kind) {
        if (kind == PledgeKind.EXIT && exitPledgeOnPaper(a)) {
            return true; // signed on paper; HR recorded where the original is kept
        }
        return firstSignature(a, kind).isPresent();
    }

    /**
     * From when what the person does counts towards the programme: a campaign's or plan item's from its window's
     * first day; a programme an event gave (a hire, a transfer, a departure) from when it was given, not from the
     * start of that day (a pledge signed in the morning completed a programme given that afternoon: a second
     * departure's exit pledge was taken as signed by the first's, which could then not be signed again; found by an
     * outside check). A transfer kept open through a further change of post counts from that change
     * ({@link ProgrammeRules#countsFrom}): the pledge signed for the post left no longer does its pledge step.
     */
    private Instant since(Assignment a) {
        Instant firstDay = firstDay(a);
        if (a.getCampaignCode() != null) {
            return firstDay; // a campaign's or plan item's window: what is done in it counts, before the launch too
        }
        Instant given = a.getAssignedAt() != null && a.getAssignedAt().isAfter(firstDay) ? a.getAssignedAt() : firstDay;
        // a transfer kept open through a further change of post counts from that change: its pledge names the post
        return a.getKind() == ProgrammeKind.TRANSFER
                ? ProgrammeRules.countsFrom(a.getKind(), given, history.lastPostChange(a.getEmployee()).orElse(null))
                : given;
    }

    /**
     * As of when a quiz step's pass must stand ({@code PassRule}): when the programme was given. A quiz graded by the
     * last attempt whose pass a failed retake had superseded before then does not complete a step given afterwards
     * (a campaign launched after the failure was complete from the start: outside check); a retake after it does not
     * undo the step the pass did. Now for a programme of old data without the time it was given.
     */
    private Instant given(Assignment a) {
        return a.getAssignedAt() != null ? a.getAssignedAt() : clock.instant();
    }

    /** The start of the programme's first day, in the unit's zone. */
    private Instant firstDay(Assignment a) {
        return a.getStartedOn().atStartOfDay(ZoneId.of(zone)).toInstant();
    }

    /** Every programme ever given to the person, oldest first. */
    public List<Assignment> assignmentsOf(Employee person) {
        return em.createNamedQuery(Assignment.OF_EMPLOYEE, Assignment.class).setParameter("employee", person)
                .getResultList();
    }

    private Optional<Employee> person(String username) {
        return employees.personOf(username);
    }
}
