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
import org.shoumi.portal.campaigns.control.CampaignCode;
import org.shoumi.portal.campaigns.control.CampaignDates;
import org.shoumi.portal.campaigns.control.CampaignTargets;
import org.shoumi.portal.campaigns.entity.Campaign;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.programmes.entity.ProgrammeKind;
import org.shoumi.portal.shared.Announcement;
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

    Clock clock = Clock.systemUTC();

    /** Today in the unit's time zone. */
    public LocalDate today() {
        return documents.today();
    }

    /** Launches the campaign; returns how many people it was given to. */
    public int launch(CampaignDraft d, String by) {
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
        em.persist(new Campaign(code, Texts.clean(d.title()), d.quizCode(), d.opensOn(), d.dueOn(),
                CampaignTargets.join(target.departments()), CampaignTargets.join(target.posts()),
                CampaignTargets.join(target.classes()), by, clock.instant()));
        // the programme starts on the campaign's opening day, so only what is done from then on counts (it started on
        // the launch day: an exam passed three months before a campaign's window completed it; outside check)
        people.forEach(p -> programmes.check(programmes.giveNew(p, ProgrammeKind.IN_POST, code, d.opensOn(), d.dueOn(),
                by)));
        announcements.fire(new Announcement("chat.campaign.launched", List.of(Texts.clean(d.title()),
                d.dueOn().toString(), Integer.toString(people.size()))));
        return people.size();
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
