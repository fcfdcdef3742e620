package org.shoumi.portal.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.departures.entity.Departure;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.portal.departures.entity.DepartureStatus;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.hours.boundary.Tally;
import org.shoumi.portal.hours.boundary.TrainingHours;
import org.shoumi.portal.hours.control.HoursRules;
import org.shoumi.portal.inspections.entity.FindingStatus;
import org.shoumi.portal.inspections.entity.InspectionScope;
import org.shoumi.portal.organisation.boundary.UnitName;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.pledges.boundary.SpecialPledges;
import org.shoumi.portal.reports.control.YearFigures;
import org.shoumi.portal.reports.control.YearMembers;
import org.shoumi.portal.reports.control.YearReportPdf;
import org.shoumi.portal.reports.control.YearReportWorkbook;
import org.shoumi.portal.sessions.boundary.Rows;
import org.shoumi.portal.sessions.boundary.Sessions;
import org.shoumi.quizzes.attempts.control.PassRule;
import org.shoumi.quizzes.attempts.control.QuizPolicy;
import org.shoumi.quizzes.attempts.entity.QuizMode;

/**
 * The year-end report 年度保密教育培训情况, for the whole unit or one department: programme coverage by department and
 * class, 学时 against the targets, exam results, offline sessions, pledges, self-inspections, departures and 脱密期.
 * Each figure is counted by the database (grouped queries), so a unit of tens of thousands is reported in seconds.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class YearReports {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    TrainingHours hours;

    @Inject
    Documents documents;

    @Inject
    UnitName unit;

    @Inject
    Sessions sessionsService;

    @Inject
    SpecialPledges specialPledges;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    Clock clock = Clock.systemUTC();

    /** The figures of {@code year}; {@code departmentCode} null for the whole unit. Empty for an unknown department. */
    public Optional<YearFigures> figures(int year, String departmentCode) {
        YearFigures.Scope scope;
        if (departmentCode == null) {
            scope = YearFigures.Scope.wholeUnit();
        } else {
            Department d = em.createQuery("select d from Department d where d.code = :c", Department.class)
                    .setParameter("c", departmentCode).getResultStream().findFirst().orElse(null);
            if (d == null) {
                return Optional.empty();
            }
            scope = YearFigures.Scope.department(d.getCode(), d.getName());
        }
        ZoneId z = ZoneId.of(zone);
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(z).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(z).toInstant();
        LocalDate firstDay = LocalDate.of(year, 1, 1);
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        LocalDate today = documents.today();
        String dept = departmentCode;
        YearFigures.Builder b = YearFigures.builder(unit.get(), year, clock.instant(), scope);

        // the people of the unit (or department) during the year, where the history puts them at its end
        Map<Long, YearMembers.Member> members = members(year, dept);
        Map<Long, Employee> people = new java.util.HashMap<>();
        em.createQuery("select e from Employee e join fetch e.department join fetch e.post", Employee.class)
                .getResultStream().filter(e -> members.containsKey(e.getId())).forEach(e -> people.put(e.getId(), e));
        Map<String, String> deptNames = new java.util.HashMap<>();
        em.createQuery("select d.code, d.name from Department d", Object[].class).getResultStream()
                .forEach(r -> deptNames.put((String) r[0], (String) r[1]));

        // coverage: the programmes started in the year, counted where their person was at the year's end
        Map<String, long[]> byDept = new java.util.TreeMap<>();
        Map<SecrecyClass, long[]> byClass = new EnumMap<>(SecrecyClass.class);
        members.values().forEach(m -> {
            byDept.computeIfAbsent(m.departmentCode(), k -> new long[4])[0]++;
            byClass.computeIfAbsent(m.secrecyClass(), k -> new long[4])[0]++;
        });
        // a programme closed by a move counts in the department the person was in then, the one that gave it
        // (ClosedBecause.countedIn): it was charged to the department moved to (outside check)
        java.util.Set<Long> othersCounted = new java.util.HashSet<>();
        em.createQuery("select e.id, e.department.code, e.secrecyClass, count(a), "
                        + "sum(case when a.completedAt is not null then 1 else 0 end), "
                        + "sum(case when a.completedAt is null and a.closedAt is null and a.due < :today then 1 else 0 end), "
                        + "a.closedBecause, a.closedIn "
                        + "from Assignment a join a.employee e where a.startedOn >= :first and a.startedOn <= :last "
                        + "and " + org.shoumi.portal.programmes.entity.ClosedBecause.counted("a") + " "
                        + "group by e.id, e.department.code, e.secrecyClass, a.closedBecause, a.closedIn",
                        Object[].class)
                .setParameter("today", today).setParameter("first", firstDay).setParameter("last", lastDay)
                .getResultStream().forEach(r -> {
                    YearMembers.Member m = members.get((Long) r[0]);
                    String personIn = m != null ? m.departmentCode() : (String) r[1];
                    String code = org.shoumi.portal.programmes.entity.ClosedBecause.countedIn(
                            (org.shoumi.portal.programmes.entity.ClosedBecause) r[6], (String) r[7], personIn);
                    if (dept != null && !dept.equals(code)) {
                        return;
                    }
                    SecrecyClass k = m != null ? m.secrecyClass() : (SecrecyClass) r[2];
                    // counted among the people once, where the person is counted (not where a move left a programme)
                    boolean newPerson = m == null && code.equals(personIn) && othersCounted.add((Long) r[0]);
                    for (long[] c : List.of(byDept.computeIfAbsent(code, x -> new long[4]),
                            byClass.computeIfAbsent(k, x -> new long[4]))) {
                        if (newPerson) {
                            // given a programme in the year without being one of its people (a hire recorded ahead
                            // of a first day in the next year, onboarding already): counted among the people too,
                            // or the programmes counted people 人数 left out (outside check: E405 in 科研处)
                            c[0]++;
                        }
                        c[1] += num(r[3]);
                        c[2] += num(r[4]);
                        c[3] += num(r[5]);
                    }
                });
        byDept.forEach((code, c) -> b.department(code, deptNames.getOrDefault(code, code), c[0], c[1], c[2], c[3]));
        byClass.forEach((k, c) -> b.secrecyClass(k, c[0], c[1], c[2], c[3]));

        // 学时 per class: the people in post at the year's end, their average and how many reached their target
        List<Employee> inPost = members.entrySet().stream().filter(m -> m.getValue().inPostAtEnd())
                .map(m -> people.get(m.getKey())).filter(java.util.Objects::nonNull).toList();
        // each against the target of the class the report counts them under (the one they had at the year's end)
        Map<Long, Tally> tallies = hours.ofAll(inPost, year, p -> members.get(p.getId()).secrecyClass());
        Map<SecrecyClass, BigDecimal> targets = hours.targets();
        for (SecrecyClass k : SecrecyClass.values()) {
            List<Tally> of = inPost.stream().filter(p -> members.get(p.getId()).secrecyClass() == k)
                    .map(p -> tallies.get(p.getId())).toList();
            if (of.isEmpty()) {
                continue;
            }
            BigDecimal sum = of.stream().map(Tally::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            b.hours(k, of.size(), sum.divide(BigDecimal.valueOf(of.size()), 1, RoundingMode.HALF_UP),
                    java.util.Optional.ofNullable(HoursRules.usualTarget(of.stream().map(Tally::target).toList()))
                            .orElse(targets.get(k)),
                    of.stream().filter(Tally::met).count(), sum);
        }

        // a department's report counts a person's exams and pledges where the history puts them at the year's end, as
        // every other figure (the department at the attempt's start kept a mover's results in the old department)
        java.util.Set<String> numbersInScope = people.values().stream().map(Employee::getEmployeeNo)
                .collect(java.util.stream.Collectors.toSet());
        java.util.function.Predicate<String> inScope = number -> dept == null || numbersInScope.contains(number);

        // exams finished in the year: takers, who passed, and the average of each taker's grade as the exam counts it
        // (the best attempt, or the last for an exam graded by the last attempt; the average of every attempt counted
        // a failed try beside its retake: 0 and 100 read 50 for one person who passed); a pass a later failed retake
        // superseded (graded by the last attempt, PassRule) is no pass, as 我的成绩, the 学时 and the secrecy file read
        // it (outside check: the report counted it passed); an attempt whose certificate was revoked is void and not
        // counted, as for the 学时 and the programmes (outside check: a voided pass still counted as passed)
        Map<String, String> examTitles = new java.util.TreeMap<>();
        Map<String, Map<String, List<Object[]>>> byExamAndTaker = new java.util.HashMap<>();
        em.createQuery("select a.quiz.code, a.quiz.title, a.quiz.gradingMethod, a.personKey, a.number, a.finishedAt, "
                        + "a.percent, a.passed "
                        + "from Attempt a where a.quiz.mode = :exam and a.finishedAt >= :from and a.finishedAt < :to "
                        + "and " + org.shoumi.quizzes.certificates.boundary.Certificates.notRevoked("a"), Object[].class)
                .setParameter("exam", QuizMode.EXAM).setParameter("from", from).setParameter("to", to)
                .getResultStream().filter(r -> inScope.test((String) r[3])).forEach(r -> {
                    examTitles.putIfAbsent((String) r[0], (String) r[1]);
                    byExamAndTaker.computeIfAbsent((String) r[0], k -> new java.util.HashMap<>())
                            .computeIfAbsent((String) r[3], k -> new java.util.ArrayList<>()).add(r);
                });
        examTitles.forEach((code, title) -> {
            Map<String, List<Object[]>> takers = byExamAndTaker.get(code);
            List<BigDecimal> grades = new java.util.ArrayList<>();
            long passed = 0;
            for (List<Object[]> of : takers.values()) {
                QuizPolicy.GradingMethod method = (QuizPolicy.GradingMethod) of.get(0)[2];
                QuizPolicy.grade(of.stream().filter(r -> r[6] != null)
                        .map(r -> new QuizPolicy.Graded(((Number) r[4]).intValue(), new BigDecimal(r[6].toString())))
                        .toList(), method).ifPresent(grades::add);
                List<PassRule.Taken> taken = of.stream().map(r -> new PassRule.Taken(((Number) r[4]).intValue(),
                        (Instant) r[5], Boolean.TRUE.equals(r[7]))).toList();
                if (PassRule.passes(taken, method, to)) {
                    passed++;
                }
            }
            b.quiz(code, title, takers.size(), passed, grades.isEmpty() ? null
                    : grades.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(grades.size()), 1, RoundingMode.HALF_UP));
        });

        // pledges signed in the year; a head's or a liaison's responsibility letter in the department it names (the
        // one its signer was in when signing), as the letters page counts it: counted where its signer was at the
        // year's end, a letter a head signed as head of 财务处 and moved back read as 办公室's (outside check)
        Map<PledgeKind, Long> pledgesByKind = new EnumMap<>(PledgeKind.class);
        List<PledgeKind> letters = List.of(PledgeKind.RESPONSIBILITY, PledgeKind.LIAISON);
        // the pledge of a lowering that keeps the person in post (降低涉密类别保密承诺书, signed as an exit pledge) is no
        // pledge of leaving: such a lowering is no departure of the year, and counted among the exit pledges it made
        // them outnumber the people who left (outside check); it is left out of the figure. So is the exit pledge of a
        // departure withdrawn as opened by mistake: no departure of the year, it stays on record as such (the
        // per-person records mark it 所属离岗离职已作为误开撤销) and was counted beside the pledge of the departure opened
        // after it (ex-s37a 3)
        em.createQuery("select p.employee.employeeNo, p.pledgeKind, count(p) from SignedPledge p where p.signedAt >= :from "
                        + "and p.signedAt < :to and p.pledgeKind not in :letters and not exists (select d from "
                        + "Departure d where d.exitPledgeId = p.id and (" + Departure.loweringInPost("d")
                        + " or d.status = :withdrawn)) group by p.employee.employeeNo, p.pledgeKind", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("letters", letters)
                .setParameter("withdrawn", DepartureStatus.WITHDRAWN).getResultStream()
                .filter(r -> inScope.test((String) r[0]))
                .forEach(r -> pledgesByKind.merge((PledgeKind) r[1], num(r[2]), Long::sum));
        specialPledges.lettersSigned(from, to).stream()
                .filter(l -> dept == null || dept.equals(l.departmentCode()))
                .forEach(l -> pledgesByKind.merge(l.kind(), 1L, Long::sum));
        // exit pledges signed on paper count as those signed in the portal (the guide says so; the report counted
        // only the portal's; outside check), as they do leaving out a lowering's and a withdrawn departure's
        em.createQuery("select d.employee.employeeNo, count(d) from Departure d where d.exitPledgePaperRef is not null "
                        + "and d.exitPledgeSignedAt >= :from and d.exitPledgeSignedAt < :to and not "
                        + Departure.loweringInPost("d") + " and d.status <> :withdrawn group by d.employee.employeeNo",
                        Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("withdrawn", DepartureStatus.WITHDRAWN).getResultStream()
                .filter(r -> inScope.test((String) r[0]))
                .forEach(r -> pledgesByKind.merge(PledgeKind.EXIT, num(r[1]), Long::sum));
        pledgesByKind.forEach(b::pledges);
        // the pledges of lowerings that keep the person in post, in the portal and on paper, on a row of their own (they
        // were counted in no row while the secrecy file and the inspection workbook list them; ex-s38a 1)
        long loweringPledges = em.createQuery("select p.employee.employeeNo from SignedPledge p, Departure d "
                        + "where d.exitPledgeId = p.id and p.signedAt >= :from and p.signedAt < :to and "
                        + Departure.loweringInPost("d") + " and d.status <> :withdrawn", String.class)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("withdrawn", DepartureStatus.WITHDRAWN).getResultStream().filter(inScope).count()
                + em.createQuery("select d.employee.employeeNo from Departure d where d.exitPledgePaperRef is not null "
                        + "and d.exitPledgeSignedAt >= :from and d.exitPledgeSignedAt < :to and "
                        + Departure.loweringInPost("d") + " and d.status <> :withdrawn", String.class)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("withdrawn", DepartureStatus.WITHDRAWN).getResultStream().filter(inScope).count();
        b.loweringPledges(loweringPledges);

        // self-inspections: rounds opened in the year (a department's report: those that asked it, as its follow-up
        // page lists them; every round was counted for every department, 3 where one was never visited: tester zg),
        // forms submitted, findings not closed yet (those reported remediated and awaiting the office's confirmation
        // among them, as the labels say) or closed
        long rounds = em.createQuery("select count(r) from InspectionRound r where r.openedOn >= :first "
                + "and r.openedOn <= :last" + (dept == null ? "" : " and exists (select s from SelfInspection s "
                + "where s.round = r and " + in(dept, "s.department.code") + ")"), Long.class)
                .setParameter("first", firstDay).setParameter("last", lastDay).getSingleResult();
        long filled = em.createQuery("select count(s) from SelfInspection s where s.submittedAt >= :from "
                        + "and s.submittedAt < :to and " + in(dept, "s.department.code") , Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        long open = findings(dept, firstDay, lastDay, true);
        long closed = findings(dept, firstDay, lastDay, false);
        // the departments the office inspected itself and wrote up in the year
        long visits = em.createQuery("select count(s) from SelfInspection s where s.round.scope = :office "
                        + "and s.submittedAt >= :from and s.submittedAt < :to and " + in(dept, "s.department.code"),
                        Long.class).setParameter("office", InspectionScope.OFFICE).setParameter("from", from)
                .setParameter("to", to).getSingleResult();
        b.selfInspection(rounds, filled, open, closed, visits);

        // the people whose departure was approved in the year (one still open, or opened in the year and approved
        // later, is no departure of this year: an outside check found open ones counted, and a person twice). A
        // lowering to another secret-related class (重要 → 一般) keeps the person in post: no departure from it, so
        // neither a 离岗 nor one of the people who left, but a row of its own (it counted as a 离岗 and in 合计 and
        // 离岗离职人数 while the roster said 在岗; outside check)
        // Each counts in the department it was opened from (Departure.fromDepartment, as its form prints it: the post
        // left, a hand-over's old department), not the person's of today: a 离岗 that moved the person, a hand-over
        // and a later move of a former employee put it in another department (outside check)
        String approvedInYear = "d.status = org.shoumi.portal.departures.entity.DepartureStatus.APPROVED "
                + "and d.approvedOn >= :first and d.approvedOn <= :last and "
                + in(dept, "coalesce(fd.code, d.employee.department.code)");
        String departures = "from Departure d left join d.fromDepartment fd where ";
        String left = " and not " + Departure.loweringInPost("d");
        em.createQuery("select d.kind, count(distinct d.employee) " + departures + approvedInYear + left
                        + " group by d.kind", Object[].class)
                .setParameter("first", firstDay).setParameter("last", lastDay).getResultStream()
                .forEach(r -> b.departures((DepartureKind) r[0], num(r[1])));
        // and how many people that is: one who left the post and then the unit in the year is in both kinds but one
        // person (the total said 6 where 5 people had left; outside check)
        b.peopleLeft(em.createQuery("select count(distinct d.employee) " + departures + approvedInYear
                        + left + " and d.kind in :leaving", Long.class)
                .setParameter("first", firstDay).setParameter("last", lastDay)
                .setParameter("leaving", List.of(DepartureKind.leaving())).getSingleResult());
        b.loweredInPost(em.createQuery("select count(distinct d.employee) " + departures + approvedInYear
                        + " and " + Departure.loweringInPost("d"), Long.class)
                .setParameter("first", firstDay).setParameter("last", lastDay).getSingleResult());
        // the people in a 脱密期 at the year's end (today, for the year under way): a past year's report keeps its
        // figure instead of showing today's; a person lowered twice has two periods but counts once
        LocalDate asOf = lastDay.isBefore(today) ? lastDay : today;
        // counted in the department the departure that started it was opened from, as the departures are
        String periods = "from PostExitPeriod p join p.departure pd left join pd.fromDepartment fd where ";
        String periodIn = in(dept, "coalesce(fd.code, p.employee.department.code)");
        long running = em.createQuery("select count(distinct p.employee) " + periods + "p.startDate <= :day "
                        + "and coalesce(p.currentEnd, p.endDate) >= :day and " + periodIn, Long.class)
                .setParameter("day", asOf).getSingleResult();
        // the end as it stands: the approval's, or the last adjustment's (currentEnd is set only by an adjustment)
        long ending = em.createQuery("select count(distinct p.employee) " + periods + "coalesce(p.currentEnd, p.endDate) "
                        + ">= :first and coalesce(p.currentEnd, p.endDate) <= :last and " + periodIn, Long.class)
                .setParameter("first", firstDay).setParameter("last", lastDay)
                .getSingleResult();
        b.postExitPeriods(running, ending);
        sessions(b, from, to, dept);
        return Optional.of(b.build());
    }

    /**
     * The people of {@code year}'s report by id, each where the personnel history puts them at the year's end
     * ({@link YearMembers}); within {@code dept} when it is not null.
     */
    Map<Long, YearMembers.Member> members(int year, String dept) {
        Map<Long, List<YearMembers.Change>> history = new java.util.HashMap<>();
        em.createQuery("select c.employee.id, c.effectiveOn, c.oldDepartment, c.oldClass, c.oldStatus, "
                        + "c.newDepartment, c.newClass, c.newStatus from PersonnelChange c order by c.changedAt, c.id",
                        Object[].class)
                .getResultStream().forEach(r -> history.computeIfAbsent((Long) r[0], k -> new java.util.ArrayList<>())
                        .add(new YearMembers.Change((LocalDate) r[1], (String) r[2], (SecrecyClass) r[3],
                                (EmployeeStatus) r[4], (String) r[5], (SecrecyClass) r[6], (EmployeeStatus) r[7])));
        Map<Long, YearMembers.Member> members = new java.util.HashMap<>();
        em.createQuery("select e.id, e.hireDate, e.department.code, e.secrecyClass, e.status from Employee e",
                        Object[].class)
                .getResultStream().forEach(r -> YearMembers.of(year, (LocalDate) r[1], (String) r[2],
                                (SecrecyClass) r[3], (EmployeeStatus) r[4], history.getOrDefault((Long) r[0], List.of()))
                        .filter(m -> dept == null || dept.equals(m.departmentCode()))
                        .ifPresent(m -> members.put((Long) r[0], m)));
        return members;
    }

    /**
     * Where {@code year} stands today, as the name of {@link YearMembers.YearState} (ENDED, RUNNING, AHEAD): only an
     * ended year's people are counted where they were on its 31 December ({@link #departmentsOfYear}); the pages say
     * which (outside check).
     */
    public String yearState(int year) {
        return YearMembers.state(year, documents.today()).name();
    }

    /**
     * The department each person's programmes of {@code year} count in, by staff number, as the report's coverage
     * counts them: where the personnel history puts the person at the year's end ({@link YearMembers}), or where
     * they are now when they are none of the year's people (a hire ahead of the year given a programme of it). The
     * dashboard and its drill-down count a year by it, so that they and the report put the same programmes in the
     * same departments however people moved afterwards. A programme closed by a move counts apart from its person,
     * in the department the person was in when it was closed (the drill-down's query and {@code Progress.countedIn}
     * read {@code ClosedBecause.countedIn}, as the report's coverage does).
     */
    public Map<String, String> departmentsOfYear(int year) {
        Map<Long, YearMembers.Member> members = members(year, null);
        Map<String, String> departments = new java.util.HashMap<>();
        em.createQuery("select e.id, e.employeeNo, e.department.code from Employee e", Object[].class)
                .getResultStream().forEach(r -> {
                    YearMembers.Member m = members.get((Long) r[0]);
                    departments.put((String) r[1], m != null ? m.departmentCode() : (String) r[2]);
                });
        return departments;
    }

    /** The report as an Excel workbook, labels from {@code labels} (the caller's language). */
    public byte[] workbook(YearFigures figures, Function<String, String> labels) {
        return workbook(figures, labels, null);
    }

    /** The report as an Excel workbook naming who exported it ("徐慧（hr）"; null for none). */
    public byte[] workbook(YearFigures figures, Function<String, String> labels, String exportedBy) {
        return YearReportWorkbook.write(figures, labels, ZoneId.of(zone), exportedBy);
    }

    /** The report as a PDF with charts. */
    public byte[] pdf(YearFigures figures, Function<String, String> labels) {
        return pdf(figures, labels, null);
    }

    /** The report as a PDF naming who exported it ("徐慧（hr）"; null for none). */
    public byte[] pdf(YearFigures figures, Function<String, String> labels, String exportedBy) {
        return YearReportPdf.render(figures, labels, ZoneId.of(zone), exportedBy);
    }

    /**
     * Offline sessions held in the year: attended and absent (the audience without attendance), counted within the
     * department when the report is for one; a department's report lists the sessions its people were asked to.
     * Only the audience counts: someone else the office recorded as present is neither 应到 nor 实到. A session counts once it has started, as its 学时 do (one still in progress too).
     */
    void sessions(YearFigures.Builder b, Instant from, Instant to, String dept) {
        ZoneId z = ZoneId.of(zone);
        Instant now = clock.instant();
        List<Rows.Session> held = java.util.stream.Stream.concat(sessionsService.past().stream(),
                        sessionsService.upcoming().stream().filter(s -> !s.startsAt().isAfter(now)))
                .filter(s -> !s.startsAt().isBefore(from) && s.startsAt().isBefore(to))
                .sorted(java.util.Comparator.comparing(Rows.Session::startsAt).reversed()).toList();
        // counted where each person was at the session's start (the personnel history's), as the absences are: a
        // person moved afterwards left a past year's session figures changed (outside check); read once for all
        Map<String, Sessions.OnTheDay> days = sessionsService.onTheDays(held.stream().map(Rows.Session::code).toList());
        for (Rows.Session s : held) {
            Sessions.OnTheDay day = days.get(s.code());
            // 实到 are the audience's people who came: someone else the office recorded is present (and has the
            // 学时) but was not expected, so counted neither as 应到 nor as 实到 (a person outside the audience raised
            // 应到 and listed the session in their department's report; outside check)
            long attended = day.attendeeDepartments().entrySet().stream()
                    .filter(a -> !day.outsiders().contains(a.getKey()))
                    .filter(a -> dept == null || dept.equals(a.getValue())).count();
            long absent = day.absentees().stream()
                    .filter(a -> dept == null || dept.equals(a.departmentCode())).count();
            if (dept != null && attended == 0 && absent == 0) {
                continue;
            }
            b.session(LocalDate.ofInstant(s.startsAt(), z), s.kind().name(), s.topic(), s.hours(), attended + absent,
                    attended, absent);
        }
    }

    private long findings(String dept, LocalDate first, LocalDate last, boolean stillOpen) {
        return em.createQuery("select count(f) from Finding f where f.inspection.round.openedOn >= :first "
                        + "and f.inspection.round.openedOn <= :last and " + (stillOpen ? "f.status <> :closed" : "f.status = :closed")
                        + " and " + in(dept, "f.inspection.department.code") , Long.class)
                .setParameter("first", first).setParameter("last", last).setParameter("closed", FindingStatus.CLOSED)
                .getSingleResult();
    }

    /**
     * The department condition of a query: none for the whole unit. The code is one read from the department
     * table just before and matched against the code pattern, so it is written into the query as a literal (Derby
     * cannot type a parameter in "? is null").
     */
    private static String in(String dept, String path) {
        if (dept == null) {
            return "1 = 1";
        }
        if (!dept.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new IllegalArgumentException("not a department code: " + dept);
        }
        return path + " = '" + dept + "'";
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
