package org.shoumi.portal.campaigns.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.campaigns.boundary.PlanRefusedException.Reason;
import org.shoumi.portal.campaigns.control.CampaignTargets;
import org.shoumi.portal.campaigns.control.PlanRules;
import org.shoumi.portal.campaigns.entity.Campaign;
import org.shoumi.portal.campaigns.entity.EducationPlan;
import org.shoumi.portal.campaigns.entity.PlanItem;
import org.shoumi.portal.employees.boundary.PlanTrainingAsked;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.events.PersonnelChanged;
import org.shoumi.portal.liaisons.boundary.Liaisons;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.programmes.entity.Assignment;
import org.shoumi.portal.programmes.entity.ProgrammeKind;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.shared.Announcement;
import org.shoumi.quizzes.attempts.boundary.Quizzes;
import org.shoumi.quizzes.attempts.entity.Quiz;
import org.shoumi.content.text.Texts;

/**
 * The yearly education plans (年度保密教育计划). A plan is drafted (or copied from last year's), then started: each
 * item becomes a campaign and everyone the item concerns gets its in-post programme, all in one transaction. During
 * the year, a person who joins an item's audience (hired, taking up the post, moved into a class or department)
 * gets the programme when the change is recorded; one who leaves the audience has the open one closed.
 */
@ApplicationScoped
@Boundary
public class Plans {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Programmes programmes;

    @Inject
    Quizzes quizzes;

    @Inject
    Documents documents;

    @Inject
    Liaisons liaisons;

    @Inject
    Campaigns campaigns;

    @Inject
    Event<Announcement> announcements;

    /** The fewest days a person who joins an item during the year gets to do it. */
    @Inject
    @ConfigProperty(name = "shoumi.portal.plan.joiner-days", defaultValue = "30")
    int joinerDays;

    Clock clock = Clock.systemUTC();

    /** Every plan, newest year first. */
    public List<EducationPlan> all() {
        List<EducationPlan> plans = em.createNamedQuery(EducationPlan.ALL, EducationPlan.class).getResultList();
        plans.forEach(p -> p.getItems().size());
        return plans;
    }

    public Optional<EducationPlan> find(long id) {
        EducationPlan plan = em.find(EducationPlan.class, id);
        if (plan != null) {
            plan.getItems().size();
        }
        return Optional.ofNullable(plan);
    }

    /** A new, empty draft for a year. */
    public EducationPlan create(int year, String title, String by) {
        requireYear(year);
        String t = java.util.Objects.requireNonNullElse(Texts.clean(title), "");
        if (t.isEmpty() || t.length() > 200) {
            throw new PlanRefusedException(Reason.TITLE_MISSING);
        }
        EducationPlan plan = new EducationPlan(year, t, null, by, clock.instant());
        em.persist(plan);
        em.flush(); // the id, for the page that shows the new plan
        return plan;
    }

    /**
     * A draft for {@code year} copied from the plan of the year before ({@link PlanRules#toCopy}): the same items,
     * each window moved by a year; the title's year is replaced, and each exam is replaced by this year's (see
     * {@link #examOf}). Refused when the year before has no plan, when the year has ended (such a plan could not be
     * started), and when that plan was copied into the year already (the earlier copy is named).
     */
    public EducationPlan copyFromLastYear(int year, String by) {
        return copyLastYear(year, by).plan();
    }

    /**
     * A plan copied from last year's, and the exams of the new year the copy defined under another title than
     * last year's with the new year ({@code retitled}: another quiz had that title, {@link Quizzes#copyForYear}).
     */
    public record PlanCopied(EducationPlan plan, List<Quizzes.Copied> retitled) {
    }

    /** {@link #copyFromLastYear}, saying which exams it defined under a title of their own. */
    public PlanCopied copyLastYear(int year, String by) {
        requireYear(year);
        if (PlanRules.yearEnded(year, documents.today())) {
            throw new PlanRefusedException(Reason.YEAR_ENDED, String.valueOf(year));
        }
        List<EducationPlan> lastYear = em.createNamedQuery(EducationPlan.OF_YEAR, EducationPlan.class)
                .setParameter("year", year - 1).getResultList();
        EducationPlan last = PlanRules.toCopy(lastYear.stream().map(p -> new PlanRules.CopyCandidate(p.getId(),
                        p.isStarted(), p.getItems().size())).toList())
                .flatMap(c -> lastYear.stream().filter(p -> p.getId() == c.id()).findFirst())
                .orElseThrow(() -> new PlanRefusedException(Reason.NOTHING_TO_COPY, String.valueOf(year - 1)));
        PlanRules.earlierCopy(em.createNamedQuery(EducationPlan.OF_YEAR, EducationPlan.class)
                        .setParameter("year", year).getResultStream()
                        .map(p -> new PlanRules.PlanOfYear(p.getId(), p.getTitle(), p.getCopiedFrom())).toList(),
                last.getId()).ifPresent(earlier -> {
                    throw new PlanRefusedException(Reason.ALREADY_COPIED, last.getTitle(), earlier.title(),
                            String.valueOf(year));
                });
        String title = last.getTitle().replace(String.valueOf(year - 1), String.valueOf(year));
        EducationPlan copy = new EducationPlan(year, title, last.getId(), by, clock.instant());
        Map<String, String> exams = new java.util.HashMap<>();
        List<Quizzes.Copied> retitled = new ArrayList<>();
        for (PlanItem i : last.getItems()) {
            String quiz = i.getQuizCode() == null ? null
                    : exams.computeIfAbsent(i.getQuizCode(), c -> examOf(c, year, by, retitled));
            copy.add(new PlanItem(i.getAudience(), i.getDepartments(), i.getTitle().replace(
                    String.valueOf(year - 1), String.valueOf(year)), quiz, i.getPledgeKind(),
                    i.getHoursTarget(), PlanRules.nextYear(i.getOpensOn()), PlanRules.nextYear(i.getDueOn())));
        }
        em.persist(copy);
        em.flush();
        return new PlanCopied(copy, List.copyOf(retitled));
    }

    /**
     * The exam a copied item asks for in {@code year}: for last year's exam named by its year (ANNUAL-2026), the
     * same exam of the new year (ANNUAL-2027), and for an exam named by no year (BASIC) one of the new year
     * (BASIC-2027); defined now as a copy of last year's (same rules, pass mark, time and attempts, the year in its
     * title) unless it exists; so nobody's attempts of last year count against this year's. An exam named by
     * another year is kept (the plan is then not started). A title another quiz has already is not taken: the copy
     * gets one of its own, and is added to {@code retitled} ({@link Quizzes#copyForYear}).
     */
    private String examOf(String lastYears, int year, String by, List<Quizzes.Copied> retitled) {
        Optional<String> next = PlanRules.codeForYear(lastYears, year);
        if (next.isEmpty()) {
            return lastYears;
        }
        if (!em.createNamedQuery(Quiz.BY_CODE, Quiz.class).setParameter("code", next.get()).getResultList()
                .isEmpty()) {
            return next.get();
        }
        Optional<Quiz> old = em.createNamedQuery(Quiz.BY_CODE, Quiz.class).setParameter("code", lastYears)
                .getResultStream().findFirst();
        if (old.isEmpty()) {
            return lastYears;
        }
        // defined now by whoever copies the plan, as the plan copy itself records
        Quizzes.Copied copy = quizzes.copyForYear(old.get(), next.get(),
                PlanRules.titleForYear(old.get().getTitle(), year), by);
        if (copy.titleHolder() != null) {
            retitled.add(copy);
        }
        return next.get();
    }

    /**
     * Adds an item to a draft; refused with the first problem found (the window, 学时, an overlap…). An item whose
     * window has ended is added (the page warns: the plan will not start with it, {@link PlanRules#windowEnded}).
     */
    public PlanItem addItem(long planId, PlanItemDraft d) {
        EducationPlan plan = draft(planId);
        String title = java.util.Objects.requireNonNullElse(Texts.clean(d.title()), "");
        if (title.isEmpty() || title.length() > 200) {
            throw new PlanRefusedException(Reason.ITEM_TITLE);
        }
        if (d.audience() == null) {
            throw new PlanRefusedException(Reason.ITEM_TITLE);
        }
        String quiz = d.quizCode() == null || d.quizCode().isBlank() ? null : d.quizCode().strip();
        if (quiz == null && d.pledgeKind() == null) {
            throw new PlanRefusedException(Reason.NOTHING_ASKED, title);
        }
        if (quiz != null && em.createNamedQuery(Quiz.BY_CODE, Quiz.class).setParameter("code", quiz)
                .getResultList().isEmpty()) {
            throw new PlanRefusedException(Reason.UNKNOWN_QUIZ, quiz);
        }
        Set<String> departments = d.departments() == null ? Set.of() : d.departments();
        Set<String> known = em.createNamedQuery(Department.ALL, Department.class).getResultStream()
                .map(Department::getCode).collect(Collectors.toSet());
        for (String dep : departments) {
            if (!known.contains(dep)) {
                throw new PlanRefusedException(Reason.UNKNOWN_DEPARTMENT, dep);
            }
        }
        PlanRules.Item item = new PlanRules.Item(title, d.audience(), departments, d.opensOn(), d.dueOn(),
                d.hoursTarget());
        refuseProblems(item, plan.getPlanYear());
        PlanRules.overlapping(item, rulesItems(plan.getItems())).ifPresent(o -> {
            throw new PlanRefusedException(Reason.OVERLAP, title, o.name());
        });
        refuseOverlapWithStarted(item, startedItems(plan.getPlanYear()));
        return plan.add(new PlanItem(d.audience(), CampaignTargets.join(departments), title, quiz, d.pledgeKind(),
                d.hoursTarget().setScale(1, java.math.RoundingMode.UNNECESSARY), d.opensOn(), d.dueOn()));
    }

    /** Takes an item out of a draft. */
    public void removeItem(long planId, long itemId) {
        EducationPlan plan = draft(planId);
        plan.getItems().stream().filter(i -> i.getId() == itemId).findFirst().ifPresent(plan::remove);
    }

    /**
     * Starts a draft: every item becomes a campaign, and every person it concerns gets its in-post programme,
     * starting on the day the item opens (earlier in the year too: what was done in its window counts) and due on
     * its due date. Checked again as a whole first (the other
     * plans of the year may have been started since the items were added); refused, nothing is stored. An item
     * whose window ended before today is refused, named with its window, as a plan of an ended year is.
     */
    public PlanStarted start(long planId, String by) {
        return start(planId, by, (done, total) -> {
        });
    }

    /**
     * What an officer confirms with 已核实，仍然启动: this overlap of this item of this plan, with that campaign, its
     * window and that many people in both; any change makes another key, shown again before the plan starts.
     */
    static String overlapKey(long planId, long itemId, Campaigns.Overlap o) {
        return planId + "/" + itemId + "/" + o.code() + "/" + o.opensOn() + "/" + o.dueOn() + "/" + o.people();
    }

    /** What a long start reports: people looked at so far, out of how many (items × people). */
    @FunctionalInterface
    public interface Progress {
        void at(long done, long total);
    }

    /** {@link #start(long, String)}, telling {@code progress} how far it has got. */
    public PlanStarted start(long planId, String by, Progress progress) {
        return start(planId, by, true, progress);
    }

    /**
     * {@link #start(long, String, Progress)}; unless {@code overlapsAccepted}, refused with
     * {@link Reason#OVERLAPS_CAMPAIGN} when an item asks some of its people for the exam of an open campaign
     * launched by hand at an overlapping time (naming the item, the campaign and the people in both): starting the
     * plan gave no word of them, and each programme counted apart (outside check).
     */
    public PlanStarted start(long planId, String by, boolean overlapsAccepted, Progress progress) {
        return start(planId, by, overlapsAccepted ? null : Set.of(), progress);
    }

    /**
     * {@link #start(long, String, Progress)}, the overlaps with campaigns launched by hand accepted only as far as the
     * officer was shown them: refused with {@link Reason#OVERLAPS_CAMPAIGN} for the first overlap whose
     * {@link PlanRefusedException#overlapKey} is not among {@code acceptedOverlaps} (null: every overlap accepted).
     * Found by an outside check: the tick 已核实，仍然启动 accepted whatever overlapped, another item's overlap never
     * named, one that grew since, or one of another plan chosen meanwhile. The key names the plan, the item, the
     * campaign, its window and the people in both, so a changed overlap is shown again.
     */
    public PlanStarted start(long planId, String by, Set<String> acceptedOverlaps, Progress progress) {
        EducationPlan plan = draft(planId);
        int year = plan.getPlanYear();
        LocalDate today = documents.today();
        if (PlanRules.yearEnded(year, today)) {
            throw new PlanRefusedException(Reason.YEAR_ENDED, String.valueOf(year));
        }
        if (plan.getItems().isEmpty()) {
            throw new PlanRefusedException(Reason.EMPTY);
        }
        List<StartedItem> started = startedItems(year);
        for (PlanItem i : plan.getItems()) {
            PlanRules.Item item = rulesItem(i);
            refuseProblems(item, year);
            if (PlanRules.windowEnded(i.getDueOn(), today)) {
                // its people would be due after the window the plan shows (outside check)
                throw new PlanRefusedException(Reason.ITEM_ENDED, i.getTitle(), i.getOpensOn().toString(),
                        i.getDueOn().toString());
            }
            if (i.getQuizCode() != null && PlanRules.examOfAnotherYear(i.getQuizCode(), year,
                    em.createNamedQuery(Quiz.BY_CODE, Quiz.class).setParameter("code", i.getQuizCode())
                            .getResultStream().findFirst().map(Quiz::getAttemptsAllowed).orElse(0),
                    em.createQuery("select distinct c.planYear from Campaign c where c.quizCode = :quiz "
                            + "and c.planYear is not null", Integer.class)
                            .setParameter("quiz", i.getQuizCode()).getResultList())) {
                // last year's exam would count last year's attempts against this year (outside check)
                throw new PlanRefusedException(Reason.EXAM_OF_ANOTHER_YEAR, i.getTitle(), i.getQuizCode(),
                        String.valueOf(year));
            }
            // an exam the bank can no longer draw would leave the item's people owing an exam they cannot start, as
            // a campaign launched by hand on it did (outside check)
            if (i.getQuizCode() != null) {
                Optional<Quizzes.Shortfall> shortfall = quizzes.shortfallOf(i.getQuizCode());
                if (shortfall.isPresent()) {
                    throw new PlanRefusedException(Reason.QUIZ_UNDRAWABLE, i.getTitle(), i.getQuizCode(),
                            String.valueOf(shortfall.get().needed()), String.valueOf(shortfall.get().available()));
                }
            }
            refuseOverlapWithStarted(item, started);
        }
        List<Employee> people = em.createQuery("select e from Employee e join fetch e.department join fetch e.post",
                Employee.class).getResultList();
        Set<Long> secrecyStaff = secrecyStaff();
        if (acceptedOverlaps != null) {
            for (PlanItem i : plan.getItems()) {
                Set<String> departments = CampaignTargets.split(i.getDepartments());
                Set<Long> ids = people.stream()
                        .filter(p -> PlanRules.includes(i.getAudience(), departments, facts(p, secrecyStaff), year))
                        .map(Employee::getId).collect(java.util.stream.Collectors.toSet());
                List<Campaigns.Overlap> overlaps = campaigns.overlapping(i.getQuizCode(), i.getOpensOn(),
                        i.getDueOn(), ids, false, today);
                for (Campaigns.Overlap o : overlaps) {
                    String key = overlapKey(plan.getId(), i.getId(), o);
                    if (!acceptedOverlaps.contains(key)) {
                        throw new PlanRefusedException(Reason.OVERLAPS_CAMPAIGN, i.getTitle(), o.code(), o.title(),
                                o.opensOn().toString(), o.dueOn().toString(), String.valueOf(o.people()))
                                .overlap(key);
                    }
                }
            }
        }
        plan.start(by, clock.instant());
        int given = 0;
        long total = (long) people.size() * plan.getItems().size();
        long looked = 0;
        progress.at(0, total);
        for (PlanItem i : plan.getItems()) {
            String code = campaignCode(plan, i);
            Campaign campaign = Campaign.ofPlanItem(code, i, by, clock.instant());
            em.persist(campaign);
            i.launchedAs(code);
            Set<String> departments = CampaignTargets.split(i.getDepartments());
            // the item's window as the plan shows it: what is done in it counts, before the start too, as for a
            // campaign launched by hand (the programmes began on the start day: an exam passed in the window before it
            // did not count, and the workbook and the secrecy file gave 开始 = that day; outside check)
            LocalDate startsOn = i.getOpensOn();
            for (Employee p : people) {
                if (PlanRules.includes(i.getAudience(), departments, facts(p, secrecyStaff), year)) {
                    programmes.giveNew(p, ProgrammeKind.IN_POST, code, startsOn,
                            PlanRules.dueForJoiner(i.getDueOn(), today, 1), by);
                    given++;
                }
                if (++looked % 500 == 0) {
                    progress.at(looked, total);
                }
            }
        }
        progress.at(total, total);
        // one announcement for the plan (the unit's work chat, if any), not one per item
        announcements.fire(new Announcement("chat.plan.started", List.of(plan.getTitle(),
                Integer.toString(plan.getItems().size()))));
        return new PlanStarted(plan.getItems().size(), given);
    }

    /**
     * A person's record changed (hired, took up the post, moved, changed class, left): they get the programme of
     * every item of this year's and next year's started plans that now concerns them and whose window is still
     * open, and the open programme of any campaign that no longer concerns them is closed: a plan item of any year
     * by its audience, a campaign launched by hand by its departments, posts and classes (only this year's plan
     * items were closed, so a hand-launched campaign of the old department stayed open and kept being reminded). A
     * campaign launched by hand is not given to people who join its audience later: it asked the people of its
     * launch. One of them moved back into its audience (or any campaign's they were given) while their closed
     * programme is still due gets it again on its window ({@link PlanRules#toGive}; outside check ex-s38e 2), and the
     * closed one then counts nowhere. In the change's transaction, before the evidence log appends its entry (a lower priority), so the
     * chain's head is not held while the plans are looked up.
     */
    void personnelChanged(@Observes @jakarta.annotation.Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION)
                          PersonnelChanged changed) {
        LocalDate today = documents.today();
        Employee person = Employee.byNumber(em, changed.employeeNo()).getResultStream().findFirst().orElse(null);
        if (person == null) {
            return;
        }
        Map<String, List<Assignment>> mine = programmes.assignmentsOf(person).stream()
                .filter(a -> a.getCampaignCode() != null)
                .collect(Collectors.groupingBy(Assignment::getCampaignCode));
        Map<String, Campaign> campaigns = new java.util.LinkedHashMap<>();
        for (int year : List.of(today.getYear(), today.getYear() + 1)) {
            em.createNamedQuery(Campaign.OF_PLAN_YEAR, Campaign.class).setParameter("year", year).getResultStream()
                    .forEach(c -> campaigns.put(c.getCode(), c));
        }
        // the other campaigns the person has a programme of: open (to close when no longer concerned), or closed while
        // its due day has not passed (to give again when concerned again: PlanRules.toGive)
        List<String> openElsewhere = mine.entrySet().stream()
                .filter(e -> !campaigns.containsKey(e.getKey()) && e.getValue().stream().anyMatch(a -> a.isOpen()
                        || !a.isComplete() && !today.isAfter(a.getDue())))
                .map(Map.Entry::getKey).toList();
        if (!openElsewhere.isEmpty()) {
            em.createQuery("select c from Campaign c where c.code in :codes", Campaign.class)
                    .setParameter("codes", openElsewhere).getResultStream().forEach(c -> campaigns.put(c.getCode(), c));
        }
        if (campaigns.isEmpty()) {
            return;
        }
        PlanRules.Person facts = facts(person, secrecyStaff());
        // a programme closed by this change counts in the department the person was in before it, the one that gave
        // it (it was charged to the department moved to: outside check)
        String wasIn = java.util.Optional.ofNullable(em.find(
                        org.shoumi.portal.employees.entity.PersonnelChange.class, changed.changeId()))
                .map(org.shoumi.portal.employees.entity.PersonnelChange::getOldDepartment)
                .orElse(person.getDepartment().getCode());
        for (Campaign c : campaigns.values()) {
            boolean concerned = concerns(c, person, facts);
            List<Assignment> given = mine.getOrDefault(c.getCode(), List.of());
            boolean givenNow = c.getPlanYear() != null && c.getPlanYear() >= today.getYear();
            Optional<PlanRules.Window> toGive = concerned ? PlanRules.toGive(givenNow, c.getOpensOn(), c.getDueOn(),
                    given.stream().map(a -> new PlanRules.Had(a.getStartedOn(), a.getDue(), a.isOpen(),
                            a.isComplete())).toList(), today, joinerDays) : Optional.empty();
            if (toGive.isPresent()) {
                // given back to one whose programme a move closed, on its window: what was done in it counts at once
                programmes.check(programmes.giveNew(person, ProgrammeKind.IN_POST, c.getCode(),
                        toGive.get().startsOn(), toGive.get().due(), changed.employeeNo()));
            } else if (!concerned) {
                given.stream().filter(Assignment::isOpen).forEach(a -> programmes.close(a, wasIn));
            }
        }
    }

    /**
     * The roster asks which plan programmes its hires and changes give ({@link PlanTrainingAsked}): what they would
     * get by the rule of {@link #personnelChanged} (an item of this year's or next year's started plans that concerns
     * them, whose window is still open and that they have neither open nor done), or what they were given since the
     * import began. So the import's preview and result count and list them as the person's programmes show them.
     */
    void planTrainingAsked(@Observes PlanTrainingAsked asked) {
        if (asked.people().isEmpty()) {
            return;
        }
        if (asked.since() != null) {
            Set<String> numbers = asked.people().stream().map(PlanTrainingAsked.Person::employeeNo)
                    .collect(Collectors.toSet());
            List<Assignment> given = em.createQuery("select a from Assignment a join fetch a.employee "
                            + "where a.campaignCode is not null and a.assignedAt >= :since order by a.id", Assignment.class)
                    .setParameter("since", asked.since()).getResultList().stream()
                    .filter(a -> numbers.contains(a.getEmployee().getEmployeeNo())).toList();
            if (given.isEmpty()) {
                return;
            }
            Map<String, String> titles = em.createQuery("select c from Campaign c where c.code in :codes",
                            Campaign.class).setParameter("codes", given.stream().map(Assignment::getCampaignCode)
                            .collect(Collectors.toSet())).getResultStream()
                    .collect(Collectors.toMap(Campaign::getCode, Campaign::getTitle, (a, b) -> a));
            given.stream().filter(a -> titles.containsKey(a.getCampaignCode())).forEach(a -> asked.gives(
                    a.getEmployee().getEmployeeNo(), new PlanTrainingAsked.PlanTraining(a.getCampaignCode(),
                            titles.get(a.getCampaignCode()), a.getDue())));
            return;
        }
        LocalDate today = documents.today();
        closingAsked(asked);
        List<Campaign> open = new ArrayList<>();
        for (int year : List.of(today.getYear(), today.getYear() + 1)) {
            em.createNamedQuery(Campaign.OF_PLAN_YEAR, Campaign.class).setParameter("year", year).getResultStream()
                    .filter(c -> PlanRules.stillOpen(c.getDueOn(), today)).forEach(open::add);
        }
        Set<Long> staff = null;
        for (PlanTrainingAsked.Person p : asked.people()) {
            Employee known = p.known() ? Employee.byNumber(em, p.employeeNo()).getResultStream().findFirst()
                    .orElse(null) : null;
            Map<String, List<Assignment>> mine = known == null ? Map.of() : programmes.assignmentsOf(known).stream()
                    .filter(a -> a.getCampaignCode() != null)
                    .collect(Collectors.groupingBy(Assignment::getCampaignCode));
            // the plan items still open, and the campaigns (launched by hand too) the change would give back
            // (PlanRules.toGive, as personnelChanged gives them)
            List<Campaign> candidates = new ArrayList<>(open);
            Set<String> others = mine.entrySet().stream().filter(e -> open.stream()
                            .noneMatch(c -> c.getCode().equals(e.getKey())) && e.getValue().stream()
                            .anyMatch(a -> !a.isOpen() && !a.isComplete() && !today.isAfter(a.getDue())))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            if (!others.isEmpty()) {
                candidates.addAll(em.createQuery("select c from Campaign c where c.code in :codes", Campaign.class)
                        .setParameter("codes", others).getResultList());
            }
            if (candidates.isEmpty()) {
                continue;
            }
            if (staff == null) {
                staff = secrecyStaff();
            }
            PlanRules.Person facts = new PlanRules.Person(p.departmentCode(), p.postCode(), p.secrecyClass(),
                    p.status(), known != null && staff.contains(known.getId()),
                    p.hireDate() != null || known == null ? p.hireDate() : known.getHireDate());
            for (Campaign c : candidates) {
                if (!concerns(c, p.departmentCode(), p.postCode(), p.secrecyClass(), p.status(), facts)) {
                    continue;
                }
                PlanRules.toGive(c.getPlanYear() != null && c.getPlanYear() >= today.getYear(), c.getOpensOn(),
                                c.getDueOn(), mine.getOrDefault(c.getCode(), List.of()).stream()
                                        .map(a -> new PlanRules.Had(a.getStartedOn(), a.getDue(), a.isOpen(),
                                                a.isComplete())).toList(), today, joinerDays)
                        .ifPresent(w -> asked.gives(p.employeeNo(), new PlanTrainingAsked.PlanTraining(c.getCode(),
                                c.getTitle(), w.due())));
            }
        }
    }

    /**
     * For {@link #planTrainingAsked}: each known person's open campaign programmes (a plan item's or a campaign launched
     * by hand) that would no longer concern them as the import leaves them, by the rule of {@link #personnelChanged},
     * which closes them then (the import closed them without a word in its preview or result; outside check).
     */
    private void closingAsked(PlanTrainingAsked asked) {
        Set<Long> staff = null;
        for (PlanTrainingAsked.Person p : asked.people()) {
            Employee known = p.known() ? Employee.byNumber(em, p.employeeNo()).getResultStream().findFirst()
                    .orElse(null) : null;
            if (known == null) {
                continue;
            }
            List<Assignment> open = programmes.assignmentsOf(known).stream()
                    .filter(a -> a.getCampaignCode() != null && a.isOpen()).toList();
            if (open.isEmpty()) {
                continue;
            }
            if (staff == null) {
                staff = secrecyStaff();
            }
            PlanRules.Person facts = new PlanRules.Person(p.departmentCode(), p.postCode(), p.secrecyClass(),
                    p.status(), staff.contains(known.getId()), known.getHireDate());
            Map<String, Campaign> campaigns = em.createQuery("select c from Campaign c where c.code in :codes",
                            Campaign.class).setParameter("codes", open.stream().map(Assignment::getCampaignCode)
                            .collect(Collectors.toSet())).getResultStream()
                    .collect(Collectors.toMap(Campaign::getCode, c -> c, (a, b) -> a));
            for (Assignment a : open) {
                Campaign c = campaigns.get(a.getCampaignCode());
                if (c != null && !concerns(c, p.departmentCode(), p.postCode(), p.secrecyClass(), p.status(), facts)) {
                    asked.closes(p.employeeNo(), new PlanTrainingAsked.PlanTraining(c.getCode(), c.getTitle(),
                            a.getDue()));
                }
            }
        }
    }

    /** Whether a campaign asks its training of the person as their record stands now. */
    private static boolean concerns(Campaign c, Employee person, PlanRules.Person facts) {
        return concerns(c, person.getDepartment().getCode(), person.getPost().getCode(), person.getSecrecyClass(),
                person.getStatus(), facts);
    }

    /** {@link #concerns(Campaign, Employee, PlanRules.Person)} of a person with this department, post, class, status. */
    private static boolean concerns(Campaign c, String department, String post, SecrecyClass secrecyClass,
                                    org.shoumi.portal.employees.entity.EmployeeStatus status, PlanRules.Person facts) {
        if (c.getPlanYear() != null) {
            return PlanRules.includes(c.getAudience(), CampaignTargets.split(c.getDepartments()), facts,
                    c.getPlanYear());
        }
        Set<SecrecyClass> classes = CampaignTargets.split(c.getClasses()).stream().map(SecrecyClass::valueOf)
                .collect(Collectors.toSet());
        return CampaignTargets.includes(new CampaignTargets.Target(CampaignTargets.split(c.getDepartments()),
                CampaignTargets.split(c.getPosts()), classes), department, post, secrecyClass, status);
    }

    /**
     * The 学时 a person must reach in {@code year}: the highest target of the started plan items that concern
     * them; empty when no started item does (the caller then uses the configured target of their class).
     */
    public Optional<BigDecimal> hoursTarget(Employee person, int year) {
        return Optional.ofNullable(hoursTargets(List.of(person), year).get(person.getId()));
    }

    /**
     * {@link #hoursTarget} for many people at once (the year-end report): the year's plan campaigns are read once.
     * People no started item concerns are left out.
     */
    public Map<Long, BigDecimal> hoursTargets(List<Employee> people, int year) {
        return hoursTargets(people, year, Employee::getSecrecyClass);
    }

    /**
     * {@link #hoursTargets(List, int)} with each person taken in the class {@code classOf} gives them (a past
     * year's: the class they had at its end), so that an item for a class concerns those of that class in that year.
     */
    public Map<Long, BigDecimal> hoursTargets(List<Employee> people, int year,
                                              java.util.function.Function<Employee, SecrecyClass> classOf) {
        List<Campaign> campaigns = em.createNamedQuery(Campaign.OF_PLAN_YEAR, Campaign.class)
                .setParameter("year", year).getResultList().stream().filter(c -> c.getHoursTarget() != null).toList();
        Map<Long, BigDecimal> targets = new java.util.HashMap<>();
        if (campaigns.isEmpty()) {
            return targets;
        }
        Set<Long> staff = secrecyStaff();
        for (Employee p : people) {
            PlanRules.Person now = facts(p, staff);
            PlanRules.Person facts = new PlanRules.Person(now.department(), now.post(), classOf.apply(p),
                    now.status(), now.secrecyStaff(), now.hireDate());
            campaigns.stream().filter(c -> PlanRules.includes(c.getAudience(), CampaignTargets.split(c.getDepartments()),
                    facts, year)).map(Campaign::getHoursTarget).max(BigDecimal::compareTo)
                    .ifPresent(t -> targets.put(p.getId(), t));
        }
        return targets;
    }

    /** A started item of a plan of the year: as the rules see it (from its campaign), its campaign and plan. */
    private record StartedItem(PlanRules.Item item, String campaign, String plan) {
    }

    /** The started items of other plans of the year. */
    private List<StartedItem> startedItems(int year) {
        Map<String, String> plansByCampaign = new java.util.HashMap<>();
        em.createNamedQuery(EducationPlan.STARTED_IN, EducationPlan.class).setParameter("year", year)
                .getResultStream().forEach(p -> p.getItems().stream().filter(i -> i.getCampaignCode() != null)
                        .forEach(i -> plansByCampaign.put(i.getCampaignCode(), p.getTitle())));
        return em.createNamedQuery(Campaign.OF_PLAN_YEAR, Campaign.class).setParameter("year", year)
                .getResultStream().map(c -> new StartedItem(new PlanRules.Item(c.getTitle(), c.getAudience(),
                        CampaignTargets.split(c.getDepartments()), c.getOpensOn(), c.getDueOn(), c.getHoursTarget()),
                        c.getCode(), plansByCampaign.getOrDefault(c.getCode(), "")))
                .toList();
    }

    /**
     * Refuses an item that asks the people of a started item of the year for training at the same time, naming the
     * started item's campaign and plan: a second copy of the same plan was refused naming one title twice
     * ("项目“2027年度核心…”与“2027年度核心…”面向同一批人员"), neither the plan nor the campaign (outside check).
     */
    private static void refuseOverlapWithStarted(PlanRules.Item item, List<StartedItem> started) {
        PlanRules.overlapping(item, started.stream().map(StartedItem::item).toList()).ifPresent(o -> {
            StartedItem s = started.stream().filter(x -> x.item() == o).findFirst().orElseThrow();
            throw new PlanRefusedException(Reason.OVERLAP_STARTED, item.name(), o.name(), s.campaign(), s.plan());
        });
    }

    private static List<PlanRules.Item> rulesItems(List<PlanItem> items) {
        return items.stream().map(Plans::rulesItem).toList();
    }

    private static PlanRules.Item rulesItem(PlanItem i) {
        return new PlanRules.Item(i.getTitle(), i.getAudience(), CampaignTargets.split(i.getDepartments()),
                i.getOpensOn(), i.getDueOn(), i.getHoursTarget());
    }

    private static void refuseProblems(PlanRules.Item item, int year) {
        List<PlanRules.Problem> problems = PlanRules.check(item, year);
        if (!problems.isEmpty()) {
            throw new PlanRefusedException(Reason.valueOf(problems.get(0).name()), item.name());
        }
    }

    private EducationPlan draft(long planId) {
        EducationPlan plan = em.find(EducationPlan.class, planId);
        if (plan == null) {
            throw new PlanRefusedException(Reason.NO_SUCH_PLAN);
        }
        if (plan.isStarted()) {
            throw new PlanRefusedException(Reason.STARTED);
        }
        return plan;
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new PlanRefusedException(Reason.YEAR);
        }
    }

    /** The codes of the campaigns plan items become, which a campaign launched by hand may not take. */
    public static final String CAMPAIGN_CODES = "P\\d{4}-\\d+-\\d+";

    /** The campaign an item becomes: P2027-12-3 is item 3 of plan 12 of 2027. */
    private static String campaignCode(EducationPlan plan, PlanItem item) {
        return ("P" + plan.getPlanYear() + "-" + plan.getId() + "-" + item.getPosition()).toUpperCase(Locale.ROOT);
    }

    /** 保密干部和保密员: the people of secrecy-officer logins and the departments' part-time liaisons serving now. */
    private Set<Long> secrecyStaff() {
        Set<Long> staff = new HashSet<>(em.createQuery("select e.id from Account a join a.employee e join a.roles r "
                + "where r = :role", Long.class).setParameter("role", Role.SECRECY_OFFICER).getResultList());
        liaisons.servingNow().forEach(l -> staff.add(l.getId()));
        return staff;
    }

    private static PlanRules.Person facts(Employee p, Set<Long> secrecyStaff) {
        return new PlanRules.Person(p.getDepartment().getCode(), p.getPost().getCode(), p.getSecrecyClass(),
                p.getStatus(), secrecyStaff.contains(p.getId()), p.getHireDate());
    }
}
