package org.shoumi.portal.setup.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.content.documents.entity.DocumentKind;
import org.shoumi.content.pack.control.ContentPack;
import org.shoumi.content.pack.control.PackProblem;
import org.shoumi.content.pack.control.PackReader;
import org.shoumi.content.pack.control.PackValidator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.cluster.boundary.StartTurns;
import org.shoumi.portal.departures.boundary.Departures;
import org.shoumi.portal.liaisons.boundary.Liaisons;
import org.shoumi.portal.travel.boundary.Travel;
import org.shoumi.portal.travel.boundary.TripDraft;
import org.shoumi.portal.travel.entity.PassportAction;
import org.shoumi.portal.travel.entity.PurposeCategory;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.inspections.boundary.RoundDraft;
import org.shoumi.portal.inspections.boundary.SelfInspections;
import org.shoumi.portal.inspections.entity.InspectionScope;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.control.PasswordPolicy;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.campaigns.boundary.PlanItemDraft;
import org.shoumi.portal.campaigns.boundary.Plans;
import org.shoumi.portal.campaigns.entity.EducationPlan;
import org.shoumi.portal.incidents.boundary.ConductDraft;
import org.shoumi.portal.incidents.boundary.ConductEntries;
import org.shoumi.portal.incidents.boundary.Incidents;
import org.shoumi.portal.incidents.control.Submission;
import org.shoumi.portal.incidents.entity.ConductKind;
import org.shoumi.portal.incidents.entity.IncidentKind;
import org.shoumi.portal.setup.control.DemoDepartures;
import org.shoumi.portal.setup.control.DemoOrganisation;
import org.shoumi.portal.setup.control.DemoVettings;
import org.shoumi.portal.vetting.boundary.VettingDraft;
import org.shoumi.portal.vetting.boundary.Vettings;
import org.shoumi.portal.setup.control.FirstStartPlan;
import org.shoumi.portal.setup.control.LoadTestUsers;
import org.shoumi.portal.setup.control.SettingsCheck;
import org.shoumi.quizzes.attempts.boundary.Quizzes;
import org.shoumi.quizzes.bank.boundary.QuestionBank;

/**
 * What happens on the first start with an empty database. The shipped content pack is imported (documents
 * and the question bank). In
 * {@code demo} mode (the default) the demo unit and its logins are loaded. In {@code production} mode nothing is invented; only when no account exists and
 * {@code shoumi.portal.security.initial-admin-password} is set, an {@code admin} login is opened.
 * All of it in one transaction: a failed start leaves the database empty. Nodes of a cluster that start at the
 * same time take turns ({@code cluster.boundary.StartTurns}): the first does the work, the others wait for it and
 * then find the unit there.
 */
@ApplicationScoped
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    StartTurns startTurns;

    @Inject
    Vettings vettings;

    @Inject
    Plans plans;

    @Inject
    Accounts accounts;

    @Inject
    Documents documents;

    @Inject
    QuestionBank questionBank;

    @Inject
    Quizzes quizzes;

    @Inject
    Programmes programmes;

    @Inject
    Departures departures;

    @Inject
    SelfInspections selfInspections;

    @Inject
    Travel travel;

    @Inject
    Liaisons liaisons;

    @Inject
    Incidents incidents;

    @Inject
    ConductEntries conduct;

    @Inject
    @ConfigProperty(name = "shoumi.portal.mode", defaultValue = "demo")
    String mode;

    @Inject
    @ConfigProperty(name = "shoumi.portal.demo.password", defaultValue = "Shoumi@2026")
    String demoPassword;

    @Inject
    @ConfigProperty(name = "shoumi.portal.demo.load-test-users", defaultValue = "0")
    int loadTestUsers;

    @Inject
    @ConfigProperty(name = "shoumi.portal.security.initial-admin-password")
    Optional<String> initialAdminPassword;

    @Transactional
    void onStart(@Observes Startup startup) {
        // nodes started together on one database do this one after the other: the next sees what the first stored
        startTurns.take();
        FirstStartPlan.Mode configured = FirstStartPlan.mode(mode);
        boolean adminPassword = initialAdminPassword.filter(p -> !p.isBlank()).isPresent();
        Set<FirstStartPlan.Step> steps = FirstStartPlan.steps(configured,
                em.createNamedQuery(Employee.COUNT, Long.class).getSingleResult(), accounts.count(), adminPassword,
                loadTestUsers);
        if (configured == FirstStartPlan.Mode.PRODUCTION) {
            refuseDemoLogins();
            if (accounts.count() == 0 && !steps.contains(FirstStartPlan.Step.OPEN_INITIAL_ADMIN)) {
                LOG.warning("No login exists and shoumi.portal.security.initial-admin-password "
                        + "(SHOUMI_PORTAL_SECURITY_INITIAL_ADMIN_PASSWORD) is not set: nobody can log in. Set it and "
                        + "start again; an admin login is then opened with it (docs/operations.md, First start)");
            }
        }
        if (steps.contains(FirstStartPlan.Step.LOAD_DEMO_UNIT)) {
            loadDemoUnit(documents.today());
            loadDemoVettings();
            loadDemoLiaisons();
            loadDemoDepartures();
            loadDemoTravel();
        }
        if (steps.contains(FirstStartPlan.Step.CREATE_LOAD_TEST_USERS)) {
            createLoadTestUsers(documents.today());
        }
        if (steps.contains(FirstStartPlan.Step.OPEN_INITIAL_ADMIN)) {
            // the password's rule, said with the setting's key and variable before anything is stored (it stopped the
            // start with "password must have 8 to 128 characters", naming no setting; outside check)
            SettingsCheck.initialAdminPassword(initialAdminPassword.get(), new PasswordPolicy(
                    Accounts.MIN_PASSWORD_LENGTH, Accounts.MAX_PASSWORD_LENGTH)).ifPresent(problem -> {
                        String text = "The portal does not start: " + problem.text()
                                + " (docs/operations.md, Demo or production)";
                        LOG.severe(text);
                        throw new IllegalStateException(text);
                    });
            accounts.createWithFirstPassword("admin", initialAdminPassword.get().toCharArray(), Set.of(Role.ADMIN), null,
                    org.shoumi.portal.shared.Usernames.SYSTEM);
            LOG.info("Opened the initial admin login");
        }
        importContentPack();
        if (configured == FirstStartPlan.Mode.DEMO && quizzes.count() == 0) {
            DemoOrganisation.quizzes(documents.today().getYear()).forEach(quizzes::define);
        }
        if (steps.contains(FirstStartPlan.Step.LOAD_DEMO_UNIT)) {
            openDemoSelfInspection();
            draftDemoPlan(documents.today().getYear());
            loadDemoIncidents(documents.today());
        }
    }

    /**
     * Production on the demo unit's database: its logins still take the published demo password (README), so anyone
     * could log in as its administrator. The start is refused, naming them: production needs a database of its own.
     */
    private void refuseDemoLogins() {
        List<String> open = accounts.acceptingPassword(
                DemoOrganisation.ACCOUNTS.stream().map(DemoOrganisation.AccountSpec::username).toList(),
                demoPassword.toCharArray());
        if (!open.isEmpty()) {
            String text = "The portal does not start: shoumi.portal.mode (SHOUMI_PORTAL_MODE) is production, but this "
                    + "database holds the demo unit, and its logins " + open + " still take the published demo "
                    + "password. Production needs a database of its own (an empty one: docs/operations.md, First "
                    + "start); to go on with the demo unit, set shoumi.portal.mode=demo";
            LOG.severe(text);
            throw new IllegalStateException(text);
        }
    }

    /** Two incident reports (one named, one anonymous) and a commendation, so the register is not empty. */
    private void loadDemoIncidents(LocalDate today) {
        incidents.report(new Submission(IncidentKind.VIOLATION, today.minusDays(2), "综合办公室",
                "同事在非涉密计算机上插入了存有工作文件的个人U盘，已当面提醒。", false, null), "employee");
        incidents.report(new Submission(IncidentKind.CARRIER_LOST, today, "三楼小会议室",
                "会后清点时发现一份标有密级的会议材料不在原处，至今未找到。", true, null), null);
        conduct.record(new ConductDraft("SM002", ConductKind.COMMENDATION, today.minusDays(30),
                "保密自查中主动发现并报告办公区域的隐患", "本单位保密委员会", null, null, null), "officer");
        LOG.info("Loaded the demo incident reports");
    }

    /** This year's education plan of the demo unit, as a draft the secrecy officer checks and starts. */
    private void draftDemoPlan(int year) {
        EducationPlan plan = plans.create(year, year + "年度保密教育计划", "officer");
        for (DemoOrganisation.PlanItemSpec i : DemoOrganisation.plan(year)) {
            plans.addItem(plan.getId(), new PlanItemDraft(i.audience(), Set.of(), year + "年度" + i.title(),
                    i.quizCode(), i.pledge(), java.math.BigDecimal.valueOf(i.hours()), LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31)));
        }
        LOG.info(() -> "Drafted the demo unit's " + year + " education plan");
    }

    /** The demo unit's personal self-inspection round, once the checklists are imported. */
    private void openDemoSelfInspection() {
        DemoOrganisation.InspectionRoundSpec round = DemoOrganisation.inspectionRound(documents.today());
        if (selfInspections.checklists().stream().noneMatch(c -> c.key().equals(round.checklistKey()))) {
            LOG.warning("No checklist " + round.checklistKey() + " in force: no demo self-inspection");
            return;
        }
        selfInspections.open(new RoundDraft(round.name(), InspectionScope.PERSONAL, round.checklistKey(), round.due()),
                round.openedBy());
        LOG.info(() -> "Opened the demo self-inspection round " + round.name());
    }

    /**
     * The shipped content pack becomes version 1 (or the version it states) of every document. A pack with
     * problems is not imported at all; the problems are logged with file and line.
     */
    private void importContentPack() {
        ContentPack pack = ContentPack.parse(PackReader.shipped());
        Set<String> posts = documents.count() == 0 ? em.createNamedQuery(Post.ALL, Post.class).getResultStream()
                .map(Post::getCode).collect(Collectors.toSet()) : new java.util.HashSet<>();
        if (posts.isEmpty()) {
            // no roster yet, or a later start (the unit may have added posts whose duties it writes itself, which
            // must not hold back a release's questions): check the pack against the posts it describes itself
            pack.documents(DocumentKind.DUTY).forEach(d -> posts.add(d.postCode()));
        }
        List<PackProblem> problems = PackValidator.validate(pack, posts);
        if (!problems.isEmpty()) {
            problems.forEach(p -> LOG.severe("content pack: " + p));
            LOG.severe("The content pack was NOT imported: fix the problems above");
            return;
        }
        if (documents.count() == 0) {
            documents.importPack(pack);
        } else {
            // a release's new pledge template reaches an installation made before it (the exit pledge of a leaver
            // with no 脱密期): a template is used only where it applies, so nobody owes anything by its arrival; so
            // does a release's wording fix of a shipped template (the in-post pledge's version 2), unless the unit
            // published a version of its own; rules and duties still come with a new installation only (everyone
            // concerned would owe a reading)
            documents.importPack(pack, Set.of(DocumentKind.PLEDGE));
        }
        // at every start: a release's rewritten questions reach an existing bank as new versions
        QuestionBank.PackImport questions = questionBank.importPack(pack.questions());
        LOG.info(() -> "Question bank and content pack: " + questions.added() + " added, " + questions.revised()
                + " revised, " + questions.unchanged() + " unchanged, " + questions.officersKept().size()
                + " kept as the secrecy office revised them");
        // a release that rewrote a question an officer revised does not overwrite the officer's version (a restart
        // undid the officer's correction: outside check); said at every start while the two texts differ
        questions.officersKept().forEach(key -> LOG.warning(() -> "The content pack brings a new text of question "
                + key.replaceFirst("~v\\d+$", "") + ", which the secrecy office revised: its version " + key
                + " stays in use and the pack's text is not taken (to take it, an officer revises " + key
                + " on /quizzes/review.xhtml?key=" + key + ")"));
    }

    /** The demo unit's vettings and reviews (two reviews overdue, one due soon), recorded as the officer would. */
    private void loadDemoVettings() {
        LocalDate today = vettings.today();
        List<DemoVettings.Spec> specs = DemoVettings.of(DemoOrganisation.employees(today), today);
        // no one records their own: the officer's own vetting and review are recorded by HR
        String officersOwn = DemoOrganisation.ACCOUNTS.stream().filter(a -> a.username().equals("officer"))
                .map(DemoOrganisation.AccountSpec::employeeNo).findFirst().orElse(null);
        for (DemoVettings.Spec v : specs) {
            vettings.record(new VettingDraft(v.employeeNo(), v.kind(), v.heldOn(), v.result(), v.approver(),
                    v.fileRef(), null), v.employeeNo().equals(officersOwn) ? "hr" : "officer");
        }
        LOG.info(() -> "Loaded " + specs.size() + " demo vettings and reviews");
    }

    /** The demo departments' part-time secrecy liaisons, appointed as the officer would. */
    private void loadDemoLiaisons() {
        LocalDate today = liaisons.today();
        for (DemoOrganisation.LiaisonSpec l : DemoOrganisation.LIAISONS) {
            liaisons.appoint(l.department(), l.employeeNo(), today.minusMonths(l.monthsAgo()), l.reference(),
                    "officer");
        }
        LOG.info(() -> "Loaded " + DemoOrganisation.LIAISONS.size() + " demo secrecy liaisons");
    }

    /** The demo departures, taken through the same steps HR takes; days counted back from today. */
    private void loadDemoDepartures() {
        LocalDate today = departures.today();
        for (DemoDepartures.DepartureSpec d : DemoDepartures.DEPARTURES) {
            long id = d.classAfter() == null
                    ? departures.openAsOf(d.employeeNo(), d.kind(), today.plusDays(d.plannedLastDayInDays()),
                    d.reason(), "hr", today.minusDays(d.openedDaysAgo()))
                    : departures.openLoweringAsOf(d.employeeNo(), today.plusDays(d.plannedLastDayInDays()),
                    d.reason(), "hr", today.minusDays(d.openedDaysAgo()), d.classAfter());
            for (DemoDepartures.CarrierSpec c : d.carriers()) {
                long carrier = departures.addCarrier(id, c.kind(), c.description(), "hr");
                if (c.returnedDaysAgo() != null) {
                    departures.returnCarrier(carrier, today.minusDays(c.returnedDaysAgo()), c.receivedBy(), "hr");
                }
            }
            if (d.briefingDaysAgo() != null) {
                departures.recordBriefing(id, today.minusDays(d.briefingDaysAgo()), d.briefingGivenBy(), "hr");
            }
            if (d.pledgeDaysAgo() != null) {
                departures.recordPaperExitPledge(id, d.pledgePaperRef(), today.minusDays(d.pledgeDaysAgo()), "hr");
            }
            if (d.approvedDaysAgo() != null) {
                departures.approve(id, today.minusDays(d.approvedDaysAgo()), "hr");
            }
        }
        LOG.info(() -> "Loaded " + DemoDepartures.DEPARTURES.size() + " demo departures");
    }

    /**
     * A little travel abroad for the officer's page: 张丽华 (SM003) waits for her pre-trip briefing, 陈静 (SM005) is
     * briefed, approved and has her passport handed out, 刘洋 (SM004) has deposited his passport.
     */
    private void loadDemoTravel() {
        LocalDate today = travel.today();
        travel.request("SM003", new TripDraft("JP", today.plusDays(20), today.plusDays(27),
                PurposeCategory.VISITING_RELATIVES, "探望在日本读书的女儿"), "liaison"); // her own login
        // 陈静 has no login of her own: the secrecy office entered her paper request (an auditor saw "demo" there)
        long approved = travel.request("SM005", new TripDraft("TH", today.plusDays(5), today.plusDays(9),
                PurposeCategory.TOURISM, null), "officer");
        travel.recordBriefing(approved, today, "赵敏", "officer");
        travel.approve(approved, "officer");
        travel.recordPassport("SM005", PassportAction.DEPOSITED, today.minusDays(200), null, "officer");
        travel.recordPassport("SM005", PassportAction.HANDED_OUT, today, null, "officer");
        travel.recordPassport("SM004", PassportAction.DEPOSITED, today.minusDays(90), null, "officer");
        LOG.info("Loaded the demo travel requests and passports");
    }

    /** bench0001… with the demo password, one person each, for the benchmark (README, "Benchmark"). */
    private void createLoadTestUsers(LocalDate today) {
        Map<String, Department> departments = em.createNamedQuery(Department.ALL, Department.class)
                .getResultStream().collect(Collectors.toMap(Department::getCode, d -> d));
        Post post = em.createNamedQuery(Post.ALL, Post.class).getResultStream()
                .collect(Collectors.toMap(Post::getCode, p -> p)).get("STAFF");
        Map<String, Employee> byUsername = new LinkedHashMap<>();
        for (LoadTestUsers.Spec spec : LoadTestUsers.of(loadTestUsers, today)) {
            DemoOrganisation.EmployeeSpec e = spec.person();
            Employee employee = new Employee(e.employeeNo(), e.name(), departments.get(e.departmentCode()), post,
                    e.secrecyClass(), e.status(), e.hireDate());
            em.persist(employee);
            byUsername.put(spec.username(), employee);
        }
        accounts.createSharingPassword(byUsername, demoPassword.toCharArray(), Set.of(Role.EMPLOYEE),
                org.shoumi.portal.shared.Usernames.SYSTEM);
        LOG.info(() -> "Created " + byUsername.size() + " load-test logins bench0001… (demo password)");
    }

    private void loadDemoUnit(LocalDate today) {
        Map<String, Department> departments = new HashMap<>();
        DemoOrganisation.DEPARTMENTS.forEach(d -> {
            Department department = new Department(d.code(), d.name(), d.nameEn());
            em.persist(department);
            departments.put(d.code(), department);
        });
        Map<String, Post> posts = new HashMap<>();
        DemoOrganisation.POSTS.forEach(p -> {
            Post post = new Post(p.code(), p.name(), p.nameEn());
            em.persist(post);
            posts.put(p.code(), post);
        });
        Map<String, Employee> employees = new HashMap<>();
        DemoOrganisation.employees(today).forEach(e -> {
            Employee employee = new Employee(e.employeeNo(), e.name(), departments.get(e.departmentCode()),
                    posts.get(e.postCode()), e.secrecyClass(), e.status(), e.hireDate());
            employee.setEmail(DemoOrganisation.email(e.employeeNo()));
            em.persist(employee);
            employees.put(e.employeeNo(), employee);
        });
        // the people being onboarded have their programme from the start
        employees.values().stream().filter(e -> e.getStatus() == EmployeeStatus.ONBOARDING)
                .forEach(e -> programmes.onHire(e, "hr"));
        // opened by the system, as the initial admin of a production start: each in the record of logins
        DemoOrganisation.ACCOUNTS.forEach(a -> accounts.createRecorded(a.username(), demoPassword.toCharArray(),
                a.roles(), a.employeeNo() == null ? null : employees.get(a.employeeNo()),
                org.shoumi.portal.shared.Usernames.SYSTEM));
        LOG.info(() -> "Loaded the demo unit: " + employees.size() + " employees, "
                + DemoOrganisation.ACCOUNTS.size() + " logins");
    }
}
