package org.shoumi.portal.web.home;

import org.shoumi.quizzes.attempts.boundary.QuizAttempts;

import java.util.Optional;
import org.shoumi.content.documents.entity.PledgeKind;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.shoumi.portal.departures.boundary.Departures;
import org.shoumi.portal.departures.boundary.Restriction;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.hours.boundary.TrainingHours;
import org.shoumi.portal.inspections.boundary.InspectionFollowUp;
import org.shoumi.portal.liaisons.boundary.Liaisons;
import org.shoumi.portal.pledges.boundary.Pledges;
import org.shoumi.portal.pledges.boundary.YearlyPledge;
import org.shoumi.portal.programmes.entity.ProgrammeKind;
import org.shoumi.portal.hours.boundary.Tally;
import org.shoumi.portal.training.boundary.Acknowledgements;
import org.shoumi.portal.training.control.ReadingPolicy.ReadingTask;
import java.util.List;
import java.util.Set;
import org.shoumi.portal.programmes.boundary.CampaignQuizzes;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.programmes.boundary.Progress;
import org.shoumi.portal.disclosures.boundary.Disclosures;
import org.shoumi.portal.inspections.boundary.Rows;
import org.shoumi.portal.inspections.boundary.SelfInspections;
import org.shoumi.portal.vetting.boundary.Vettings;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.web.shared.Menu;
import org.shoumi.quizzes.daily.boundary.DailyPractice;

/** The personal start page: who I am on the roster and what is left for me to do. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    Employees employees;

    @Inject
    Acknowledgements acknowledgements;

    @Inject
    ExternalContext external;

    private EmployeeRow profile;
    private List<ReadingTask> readingTasks;
    private List<Progress> programmes;

    @Inject
    Programmes programmeService;

    @Inject
    SelfInspections selfInspections;

    private List<Rows.Task> inspectionTasks;

    @Inject
    Departures departures;

    private Restriction restriction;

    @Inject
    TrainingHours hours;

    @Inject
    Pledges pledges;

    private YearlyPledge yearlyPledge;

    private int specialPledgesDue;

    private Tally yearHours;

    @Inject
    DailyPractice daily;

    private Boolean dailyDone;

    @Inject
    Disclosures disclosures;

    @Inject
    Menu menu;

    private long reviewsWaiting;

    @Inject
    InspectionFollowUp followUp;

    @Inject
    Liaisons liaisons;

    private long departmentOverdue;

    private boolean liaison;

    @Inject
    Vettings vettings;

    @Inject
    QuizAttempts quizAttempts;

    @Inject
    CampaignQuizzes campaignQuizzes;

    private List<QuizAttempts.OpenPaper> openPapers = List.of();

    private boolean vettingPending;

    private boolean vettingNotPassed;

    private List<String> exitStepsMissing = List.of();

    private boolean loweringInPost;

    @PostConstruct
    void load() {
        String user = external.getRemoteUser();
        profile = user == null ? null : employees.ofAccount(user).orElse(null);
        readingTasks = acknowledgements.openFor(user);
        programmes = programmeService.of(user).stream().filter(Progress::open).toList();
        inspectionTasks = selfInspections.toFill(user);
        yearHours = user == null ? null : hours.thisYearOf(user).orElse(null);
        yearlyPledge = user == null ? null : pledges.yearly(user).filter(YearlyPledge::required).orElse(null);
        // owed but held back by an in-post programme's reading and exam: the banner names what is left instead of
        // offering a signature the sign page refuses (outside check)
        yearlyWaiting = yearlyPledge == null || !yearlyPledge.owed() ? List.of()
                : org.shoumi.portal.web.programmes.StepRefusals.waiting(pledges.waitingFor(user, PledgeKind.IN_POST));
        vettingPending = vettings.vettingPendingFor(user);
        vettingNotPassed = vettings.vettingNotPassedFor(user);
        // issue 16: topic pledges, a head's or a liaison's responsibility letter, pledges re-opened by a changed template
        specialPledgesDue = user == null ? 0 : pledges.dueTopics(user).size() + (int) pledges.due(user).stream()
                .filter(k -> k == PledgeKind.RESPONSIBILITY || k == PledgeKind.LIAISON).count();
        // a leaver is offered neither an in-post exam their closed programmes no longer ask nor, once they left the
        // unit, 每日一练 (both were still offered after the departure; outside check)
        dailyDone = profile == null || !departures.offersDailyPractice(profile.getStatus()) ? null
                : daily.answeredToday(profile.getEmployeeNo());
        openPapers = profile == null ? List.of() : quizAttempts.openPapers(profile.getEmployeeNo()).stream()
                .filter(p -> departures.offersOpenPaper(profile.getStatus(), campaignQuizzes.targeted(p.quizCode()),
                        programmes.stream().anyMatch(g -> g.asksQuiz(p.quizCode()))))
                .toList();
        // the roles the menu of this page asks of the container anyway
        Set<Role> roles = menu.currentRoles();
        boolean head = roles.contains(Role.DEPT_HEAD);
        boolean officer = roles.contains(Role.SECRECY_OFFICER);
        reviewsWaiting = head || officer ? disclosures.waitingFor(user, head, officer) : 0;
        // a head, or a department's liaison serving now: how many of the department's self-inspections are overdue
        // (for anyone else one small query: are they a liaison?)
        // (none for a head whose person has left the post or the unit: outside check ex-s38e 1)
        Optional<String> followed = profile == null ? Optional.empty() : head
                ? org.shoumi.portal.web.shared.OwnDepartmentOnly.departmentOf(Optional.of(profile))
                : liaisons.departmentServedBy(profile.getEmployeeNo());
        departmentOverdue = followed.map(followUp::overdueIn).orElse(0L);
        liaison = !head && followed.isPresent();
        // an exit programme's pledge waits for HR (carriers returned, briefing recorded): the step says so and
        // names what is missing instead of offering a signature the sign page then refuses
        exitStepsMissing = profile != null && programmes.stream().anyMatch(p -> p.kind() == ProgrammeKind.EXIT)
                ? departures.missingBeforeExitPledge(profile.getEmployeeNo()) : List.of();
        // the open exit programme of a lowering within the secret-related classes: the person stays in post, and the
        // card names the training, the waiting and the pledge of a lowered class, not 离岗 (outside check)
        loweringInPost = profile != null && programmes.stream().anyMatch(p -> p.kind() == ProgrammeKind.EXIT)
                && departures.loweredTo(profile.getEmployeeNo()).isPresent();
        restriction = profile == null ? null
                : departures.restrictionOf(profile.getEmployeeNo()).filter(Restriction::restricted).orElse(null);
        // an exam step still open whose attempts are all used: the step says so and whom to ask (it read only
        // 参加考试并通过; outside check)
        boolean examOpen = programmes.stream().anyMatch(g -> g.steps().stream()
                .anyMatch(st -> st.target() != null && g.stillAsksQuiz(st.target())));
        attemptsUsedUp = profile == null || !examOpen ? Set.of() : quizAttempts.quizzesFor(profile.getEmployeeNo())
                .stream().filter(q -> q.openAttemptId() == null && !q.mayStart())
                .map(org.shoumi.quizzes.attempts.boundary.QuizSummary::code)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private Set<String> attemptsUsedUp = Set.of();

    /** Whether every attempt at this quiz is used and none is open: no exam can be taken without the office. */
    public boolean attemptsUsedUp(String quizCode) {
        return attemptsUsedUp.contains(quizCode);
    }

    /** Papers started and not handed in, whose time runs: the way back to them (a login lands here). */
    public List<QuizAttempts.OpenPaper> getOpenPapers() {
        return openPapers;
    }

    /** Whether the person is their department's liaison serving now (and no head): the follow-up is always offered. */
    public boolean isLiaison() {
        return liaison;
    }

    /** For a department head: how many self-inspections of their department are overdue (0 for other roles). */
    public long getDepartmentOverdue() {
        return departmentOverdue;
    }

    /** How many publication reviews wait for this head or secrecy officer (0 for other roles). */
    public long getReviewsWaiting() {
        return reviewsWaiting;
    }

    /** Whether the person answered today's 每日一练; null for a login without a person. */
    public Boolean getDailyDone() {
        return dailyDone;
    }

    /**
     * What HR has still to record before the person may sign their exit pledge (the checklist items' names: carriers
     * returned, briefing), empty when nothing is missing or no exit programme is open.
     */
    public List<String> getExitStepsMissing() {
        return exitStepsMissing;
    }

    /** Whether the open exit programme is the one of a lowering that keeps the person in post. */
    public boolean isLoweringInPost() {
        return loweringInPost;
    }

    /** The name of an open programme of this kind on the card: an exit programme of a lowering as such. */
    public String programmeKey(ProgrammeKind kind) {
        return kind == ProgrammeKind.EXIT && loweringInPost ? "programme.kind.loweringInPost"
                : "enum.ProgrammeKind." + kind;
    }

    /** The link to sign a programme's pledge of this kind: an exit pledge of a lowering as the pledge of a lowered class. */
    public String pledgeKey(String kind) {
        return "EXIT".equals(kind) && loweringInPost ? "home.programmes.pledge.loweringInPost"
                : "home.programmes.pledge." + kind;
    }

    /** Whether the person's onboarding waits for the secrecy office to record their vetting (核心, 重要). */
    public boolean isVettingPending() {
        return vettingPending;
    }

    /** Whether the person is onboarding and their vetting (上岗审查) was not passed. */
    public boolean isVettingNotPassed() {
        return vettingNotPassed;
    }

    /** How many topic pledges and responsibility letters the person has to sign (no programme on this page asks). */
    public int getSpecialPledgesDue() {
        return specialPledgesDue;
    }

    private List<org.shoumi.portal.web.programmes.StepRefusals.Waiting> yearlyWaiting = List.of();

    /**
     * What the owed in-post pledge still waits for (the in-post programme's reading and exam), in order; empty when
     * it may be signed now or is not owed.
     */
    public List<org.shoumi.portal.web.programmes.StepRefusals.Waiting> getYearlyWaiting() {
        return yearlyWaiting;
    }

    /** The yearly in-post pledge of a secret-related person: until when it holds, or that it is owed. */
    public YearlyPledge getYearlyPledge() {
        return yearlyPledge;
    }

    /** This year's 学时 of the person (reading, exams, sessions, target); null without a person. */
    public Tally getYearHours() {
        return yearHours;
    }

    /** The person's running 脱密期 (until when), or null when they are not under one. */
    public Restriction getRestriction() {
        return restriction;
    }

    /** The unit's today: a programme that starts after it shows its opening day. */
    public java.time.LocalDate getToday() {
        return departures.today();
    }

    /** Days until the running 脱密期 ends; 0 without one. */
    public long getRestrictionDaysLeft() {
        return restriction == null ? 0 : restriction.daysLeft(departures.today());
    }

    /**
     * Whether a step of an open programme is still to do: the to-do list then says nothing else is waiting, not that
     * nothing is (found by an outside check: 参加考试并通过 above, 目前没有需要您完成的事项 below).
     */
    public boolean isStepsOpen() {
        return programmes.stream().anyMatch(p -> p.steps().stream().anyMatch(s -> !s.done()));
    }

    /** The person's open programmes (onboarding, in post, transfer, exit), each with its steps and due date. */
    public List<Progress> getProgrammes() {
        return programmes;
    }

    /** Self-inspections (保密自查) waiting to be filled in. */
    public List<Rows.Task> getInspectionTasks() {
        return inspectionTasks;
    }

    /** Rules and duties to (re-)read and acknowledge. */
    public List<ReadingTask> getReadingTasks() {
        return readingTasks;
    }

    /** Null for a login that belongs to no person (administrator, auditor). */
    public EmployeeRow getProfile() {
        return profile;
    }
}
