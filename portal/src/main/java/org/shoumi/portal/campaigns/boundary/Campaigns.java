package org.shoumi.portal.campaigns.boundary;

import org.shoumi.content.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.campaigns.boundary.CampaignRefusedException.Reason;
import org.shoumi.portal.campaigns.control.CampaignAnnouncement;
import org.shoumi.portal.campaigns.control.CampaignCode;
import org.shoumi.portal.campaigns.control.CampaignDates;
import org.shoumi.portal.campaigns.control.CampaignOverlap;
import org.shoumi.portal.campaigns.control.CampaignTargets;
import org.shoumi.portal.campaigns.entity.Campaign;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.programmes.entity.ProgrammeKind;
import org.shoumi.portal.shared.Announcement;
import org.shoumi.quizzes.attempts.boundary.QuizAttempts;
import org.shoumi.portal.shared.WorkingLanguage;
import org.shoumi.quizzes.attempts.boundary.Quizzes;
import org.shoumi.quizzes.attempts.entity.Quiz;

/**
 * Launching in-post campaigns. Launching gives every targeted person the in-post programme (the campaign's
 * quiz and the in-post pledge, after any reading they owe), due on the campaign's due date; all in one
 * transaction.
 */
@ApplicationScoped
@Boundary
public class Campaigns {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Event<Announcement> announcements;

    @Inject
    Programmes programmes;

    @Inject
    Quizzes quizzes;

    @Inject
    Documents documents;

    @Inject
    QuizAttempts quizAttempts;


    Clock clock = Clock.systemUTC();

    /** Below this many people a campaign's announcement in the work chat does not say how many it concerns. */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "shoumi.portal.chat.min-head-count",
            defaultValue = "5")
    int chatMinimumHeadCount;

    /** The Chinese names of these departments or posts, by code, in code order. */
    private <T extends org.shoumi.portal.organisation.entity.CodedName> List<String> namesOf(Class<T> type,
                                                                                            java.util.Set<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.code in :codes order by x.code",
                type).setParameter("codes", List.copyOf(codes)).getResultStream().map(x -> x.getName()).toList();
    }

    /** Today in the unit's time zone. */
    public LocalDate today() {
        return documents.today();
    }

    /**
     * An open campaign asking for the same exam at the same time ({@link CampaignOverlap}), and how many of the
     * people concerned are in both.
     */
    public record Overlap(String code, String title, LocalDate opensOn, LocalDate dueOn, long people)
            implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * What the officer is told about a launch's people: the open campaigns it overlaps, how many have used every
     * attempt at its exam (they could not pass it in this campaign), and how many signed the year's in-post pledge
     * already (which does the campaign's pledge step). The first two are confirmed before the launch.
     */
    public record Warnings(List<Overlap> overlaps, long attemptsUsedUp, String quiz, long pledgeSigned, int year)
            implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        public boolean toConfirm() {
            return !overlaps.isEmpty() || attemptsUsedUp > 0;
        }

        /**
         * Whether the officer's confirmation of {@code seen} (the warnings shown) covers these: the same overlaps, each
         * with as many people, and as many people without attempts left at the same exam. What is only said (the
         * pledges signed) may differ. Null (nothing shown) covers nothing to confirm only.
         */
        public boolean confirmedBy(Warnings seen) {
            if (!toConfirm()) {
                return true;
            }
            return seen != null && java.util.Set.copyOf(overlaps).equals(java.util.Set.copyOf(seen.overlaps()))
                    && attemptsUsedUp == seen.attemptsUsedUp()
                    && (attemptsUsedUp == 0 || java.util.Objects.equals(quiz, seen.quiz()));
        }
    }

    /** A launch done: how many people it was given to, and what they were warned of. */
    public record Launched(int people, Warnings warnings) {
    }

    /**
     * Launches the campaign, the warnings taken as seen (callers that showed them); returns how many people it was
     * given to.
     */
    public int launch(CampaignDraft d, String by) {
        return launchTelling(d, by, true).people();
    }

    /**
     * Launches the campaign; refused with {@link Reason#WARNINGS_UNCONFIRMED} (its warnings attached, nothing stored)
     * when {@link Warnings#toConfirm} and the officer has not confirmed them ({@code confirmed}): a campaign was
     * accepted whose people had no attempts left at its exam, or that stacked on an open campaign for the same exam,
     * without a word (outside check).
     */
    public Launched launchTelling(CampaignDraft d, String by, boolean confirmed) {
        java.util.function.Predicate<Warnings> covered = confirmed ? w -> true : w -> !w.toConfirm();
        return launchIf(d, by, covered);
    }

    /**
     * Launches the campaign when its warnings are those the officer was shown and confirmed ({@code seen}, see
     * {@link Warnings#confirmedBy}); otherwise refused with {@link Reason#WARNINGS_UNCONFIRMED}, the warnings found
     * now attached, nothing stored. Found by an outside check: the tick 已核实，仍然发起 stayed on while the officer
     * widened the audience, and the launch went ahead with larger overlaps never shown. The page passes null when
     * the draft itself changed since the warnings were shown.
     */
    public Launched launchSeen(CampaignDraft d, String by, Warnings seen) {
        return launchIf(d, by, w -> w.confirmedBy(seen));
    }

    /** Launches the campaign when {@code confirmed} covers its warnings (see above). */
    private Launched launchIf(CampaignDraft d, String by, java.util.function.Predicate<Warnings> confirmed) {
        // full-width letters and digits read half-width, as staff numbers are (ＺＸ２０２７ was refused; outside check)
        String code = CampaignCode.of(d.code());
        if (!CampaignCode.valid(code)) {
            throw new CampaignRefusedException(Reason.CODE_INVALID);
        }
        if (code.matches(Plans.CAMPAIGN_CODES)) {
            // the shape of the yearly plan's own campaigns: taken by hand, it would make that plan impossible to start
            throw new CampaignRefusedException(Reason.CODE_RESERVED);
        }
        List<Campaign> taken = em.createNamedQuery(Campaign.BY_CODE, Campaign.class).setParameter("code", code)
                .getResultList();
        if (!taken.isEmpty()) {
            Campaign made = taken.get(0);
            // the form sent twice (a second click on 发起): said to be the campaign this login launched a moment
            // ago, named, not "该活动编号已被使用" (outside check)
            // only the very same launch: another title, quiz, window or audience under the code is another campaign
            if (by != null && by.equals(made.getLaunchedBy()) && made.getLaunchedAt() != null
                    && !clock.instant().isAfter(made.getLaunchedAt().plus(java.time.Duration.ofMinutes(10)))
                    && CampaignCode.sentAgain(new CampaignCode.Launch(made.getTitle(), made.getQuizCode(),
                            made.getOpensOn(), made.getDueOn(), made.getDepartments(), made.getPosts(),
                            made.getClasses()), launchOf(d))) {
                throw new CampaignRefusedException(Reason.CODE_JUST_LAUNCHED, List.of(made.getCode(), made.getTitle()));
            }
            throw new CampaignRefusedException(Reason.CODE_TAKEN);
        }
        if (Texts.blank(d.title()) || Texts.tooLong(d.title(), 200)) {
            throw new CampaignRefusedException(Reason.TITLE_MISSING);
        }
        if (d.quizCode() == null || em.createNamedQuery(Quiz.BY_CODE, Quiz.class).setParameter("code", d.quizCode())
                .getResultList().isEmpty()) {
            throw new CampaignRefusedException(Reason.UNKNOWN_QUIZ);
        }
        // an exam the bank can no longer draw left everyone it was given to owing an exam they could not start
        // ("已发起：1 人已布置在岗培训", then "题库中的题目数量不足以组卷"; outside check): refused as defining it is
        Optional<Quizzes.Shortfall> shortfall = quizzes.shortfallOf(d.quizCode());
        if (shortfall.isPresent()) {
            throw new CampaignRefusedException(Reason.QUIZ_UNDRAWABLE, List.of(shortfall.get().code(),
                    shortfall.get().needed(), shortfall.get().available()));
        }
        LocalDate today = documents.today();
        // a campaign runs within a year or so (9999-12-31 was accepted and shown as a deadline, and an opening in
        // 1900 counted years-old exams and took the campaign out of the year report; outside checks); the refusal
        // names the rule broken and the dates (one sentence of three rules said neither; outside check)
        Optional<CampaignDates.Problem> dates = CampaignDates.problem(d.opensOn(), d.dueOn(), today);
        if (dates.isPresent()) {
            throw new CampaignRefusedException(Reason.valueOf(dates.get().name()),
                    CampaignDates.args(d.opensOn(), d.dueOn(), today));
        }
        CampaignTargets.Target target = new CampaignTargets.Target(set(d.departments()), set(d.posts()),
                d.classes() == null ? java.util.Set.of() : d.classes());
        List<Employee> people = em.createQuery("select e from Employee e join fetch e.department join fetch e.post",
                        Employee.class).getResultStream()
                .filter(e -> CampaignTargets.includes(target, e.getDepartment().getCode(), e.getPost().getCode(),
                        e.getSecrecyClass(), e.getStatus()))
                .toList();
        if (people.isEmpty()) {
            throw new CampaignRefusedException(Reason.NOBODY_TARGETED);
        }
        Warnings warnings = warnings(d.quizCode(), d.opensOn(), d.dueOn(), people, today);
        if (!confirmed.test(warnings)) {
            throw new CampaignRefusedException(Reason.WARNINGS_UNCONFIRMED, List.of(), warnings);
        }
        em.persist(new Campaign(code, Texts.clean(d.title()), d.quizCode(), d.opensOn(), d.dueOn(),
                CampaignTargets.join(target.departments()), CampaignTargets.join(target.posts()),
                CampaignTargets.join(target.classes()), by, clock.instant()));
        // the programme starts on the campaign's opening day, so only what is done from then on counts (it started on
        // the launch day: an exam passed three months before a campaign's window completed it; outside check)
        people.forEach(p -> programmes.check(programmes.giveNew(p, ProgrammeKind.IN_POST, code, d.opensOn(), d.dueOn(),
                by)));
        // the chat names the audience and the window's opening day, and no head count that would point at people
        CampaignAnnouncement.Message said = CampaignAnnouncement.of(Texts.clean(d.title()),
                namesOf(org.shoumi.portal.organisation.entity.Department.class, target.departments()),
                namesOf(org.shoumi.portal.organisation.entity.Post.class, target.posts()),
                target.classes().stream().sorted().map(c -> WorkingLanguage.format("enum.SecrecyClass." + c.name(),
                        List.of())).toList(), d.opensOn(), d.dueOn(), people.size(), chatMinimumHeadCount,
                WorkingLanguage::format);
        announcements.fire(new Announcement(said.key(), said.arguments()));
        return new Launched(people.size(), warnings);
    }

    /** The warnings of a campaign on this exam and window for these people (see {@link Warnings}). */
    private Warnings warnings(String quiz, LocalDate opensOn, LocalDate dueOn, List<Employee> people,
                              LocalDate today) {
        java.util.Set<Long> ids = people.stream().map(Employee::getId).collect(java.util.stream.Collectors.toSet());
        long usedUp = quizAttempts.attemptsUsedUp(quiz, people.stream().map(Employee::getEmployeeNo).toList()).size();
        int year = opensOn.getYear();
        long signed = programmes.yearPledgeStands(ids, year).size();
        return new Warnings(overlapping(quiz, opensOn, dueOn, ids, null, today), usedUp, quiz, signed, year);
    }

    /**
     * The open campaigns asking for this exam at a time overlapping this window ({@link CampaignOverlap}) that some
     * of these people (by id) have a programme of, not closed, with how many; oldest first. {@code planItems}:
     * null for every campaign, false for campaigns launched by hand only.
     */
    public List<Overlap> overlapping(String quiz, LocalDate opensOn, LocalDate dueOn, java.util.Set<Long> people,
                                     Boolean planItems, LocalDate today) {
        if (quiz == null || quiz.isEmpty() || people.isEmpty()) {
            return List.of();
        }
        List<Campaign> others = em.createQuery("select c from Campaign c where c.quizCode = :quiz "
                        + "order by c.opensOn, c.code", Campaign.class).setParameter("quiz", quiz).getResultStream()
                .filter(c -> planItems == null || planItems == (c.getPlanYear() != null))
                .filter(c -> CampaignOverlap.overlaps(quiz, opensOn, dueOn, c.getQuizCode(), c.getOpensOn(),
                        c.getDueOn(), today))
                .toList();
        if (others.isEmpty()) {
            return List.of();
        }
        java.util.Map<String, java.util.Set<Long>> inBoth = new java.util.HashMap<>();
        em.createQuery("select a.campaignCode, a.employee.id from Assignment a where a.campaignCode in :codes "
                        + "and a.closedAt is null", Object[].class)
                .setParameter("codes", others.stream().map(Campaign::getCode).toList()).getResultStream()
                .filter(r -> people.contains((Long) r[1]))
                .forEach(r -> inBoth.computeIfAbsent((String) r[0], k -> new java.util.HashSet<>()).add((Long) r[1]));
        return others.stream().filter(c -> inBoth.containsKey(c.getCode()))
                .map(c -> new Overlap(c.getCode(), c.getTitle(), c.getOpensOn(), c.getDueOn(),
                        inBoth.get(c.getCode()).size()))
                .toList();
    }

    /**
     * Every campaign, newest first, with completion counts counted by the database (the programmes' records are kept
     * current by every attempt, acknowledgement and signature, so nothing is re-checked here).
     */
    public List<CampaignRow> all() {
        LocalDate today = documents.today();
        java.util.Map<String, long[]> counts = new java.util.HashMap<>();
        em.createQuery("select a.campaignCode, count(a), sum(case when a.completedAt is not null then 1 else 0 end), "
                        + "sum(case when a.completedAt is null and a.closedAt is null and a.due < :today then 1 else 0 end) "
                        + "from Assignment a where a.campaignCode is not null and "
                        + org.shoumi.portal.programmes.entity.ClosedBecause.counted("a") + " group by a.campaignCode",
                        Object[].class)
                .setParameter("today", today).getResultStream()
                .forEach(r -> counts.put((String) r[0], new long[] {((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(), ((Number) r[3]).longValue()}));
        return em.createNamedQuery(Campaign.ALL, Campaign.class).getResultStream().map(c -> {
            long[] n = counts.getOrDefault(c.getCode(), new long[3]);
            return new CampaignRow(c.getCode(), c.getTitle(), c.getQuizCode(), c.getOpensOn(), c.getDueOn(),
                    n[0], n[1], n[2], c.getLaunchedBy(), c.getLaunchedAt());
        }).toList();
    }

    /** The draft as {@link #launch} would store it. */
    private static CampaignCode.Launch launchOf(CampaignDraft d) {
        return new CampaignCode.Launch(d.title() == null ? null : Texts.clean(d.title()), d.quizCode(), d.opensOn(),
                d.dueOn(), CampaignTargets.join(set(d.departments())), CampaignTargets.join(set(d.posts())),
                CampaignTargets.join(d.classes() == null ? java.util.Set.of() : d.classes()));
    }

    private static java.util.Set<String> set(java.util.Set<String> s) {
        return s == null ? java.util.Set.of() : s;
    }
}
