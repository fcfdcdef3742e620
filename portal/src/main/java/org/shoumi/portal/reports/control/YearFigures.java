package org.shoumi.portal.reports.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * The figures of one year-end report (年度保密教育培训情况) for the whole unit or one department: an immutable
 * tree of records, filled by the caller from its queries (most easily through {@link #builder}) and printed by
 * {@link YearReportWorkbook} and {@link YearReportPdf}. Counts are {@code long}, hours and scores
 * {@link BigDecimal}; rates are derived from the counts (see {@link #percent}), never stored, so they cannot
 * disagree with them. A kind missing from a count map counts 0; the maps keep the order of the enum.
 *
 * @param unit the unit's name as printed (示范单位)
 * @param year the report year
 * @param generatedAt when the figures were read
 * @param scope the whole unit or one department
 * @param coverageByDepartment training programmes per department
 * @param coverageByClass training programmes per secrecy class
 * @param hours study hours per secrecy class against its yearly target
 * @param quizzes the year's quizzes and their results
 * @param sessions offline sessions (线下培训: lectures, briefings) held in the year
 * @param pledgesSigned pledges signed in the year per kind
 * @param selfInspection the year's self-inspection rounds and findings
 * @param departures departures approved in the year per kind: the people of each kind
 * @param postExitPeriods the 脱密期 running at the report date
 * @param peopleLeft the people who left (离岗 or 离职) in the year, each once: one who left the post and then the unit
 *                   in the same year is in both kinds' counts but one person (the report said 离岗离职人数 6 where 5
 *                   people had left; outside check)
 * @param loweredInPost the people lowered in the year to another secret-related class (重要 → 一般), who stayed in
 *                      post: no departure, so counted neither among the kinds nor among the people who left, but
 *                      listed on their own row (降低涉密类别（仍在岗）), as a hand-over is
 * @param loweringPledges the pledges on lowering the secrecy class (降低涉密类别保密承诺书) signed in the year, in the
 *                        portal or on paper, of lowerings not withdrawn: signed as exit pledges but no pledge of
 *                        leaving, listed on their own row and counted in the total (they were counted nowhere while
 *                        the per-person records list them; outside check ex-s38a 1)
 */
public record YearFigures(String unit, int year, Instant generatedAt, Scope scope,
        List<DepartmentCoverage> coverageByDepartment, List<ClassCoverage> coverageByClass, List<Hours> hours,
        List<QuizResult> quizzes, List<Session> sessions, Map<PledgeKind, Long> pledgesSigned,
        SelfInspection selfInspection, Map<DepartureKind, Long> departures, PostExitPeriods postExitPeriods,
        long peopleLeft, long loweredInPost, long loweringPledges) {

    public YearFigures {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(scope, "scope");
        coverageByDepartment = List.copyOf(coverageByDepartment);
        coverageByClass = List.copyOf(coverageByClass);
        hours = List.copyOf(hours);
        quizzes = List.copyOf(quizzes);
        sessions = List.copyOf(sessions);
        pledgesSigned = counts(PledgeKind.class, pledgesSigned);
        departures = counts(DepartureKind.class, departures);
        Objects.requireNonNull(selfInspection, "selfInspection");
        Objects.requireNonNull(postExitPeriods, "postExitPeriods");
        nonNegative(peopleLeft, "peopleLeft");
        nonNegative(loweredInPost, "loweredInPost");
        nonNegative(loweringPledges, "loweringPledges");
        long byKind = leavingSum(departures);
        long most = departures.entrySet().stream().filter(e -> !e.getKey().isHandover())
                .mapToLong(Map.Entry::getValue).max().orElse(0);
        if (peopleLeft > byKind || peopleLeft < most) {
            throw new IllegalArgumentException("people who left (" + peopleLeft + ") must lie between the largest "
                    + "count of a kind (" + most + ") and their sum (" + byKind + ")");
        }
    }

    /**
     * Figures in which nobody left twice (made by hand, tests): the people who left are the sum of the kinds'
     * counts.
     */
    public YearFigures(String unit, int year, Instant generatedAt, Scope scope,
            List<DepartmentCoverage> coverageByDepartment, List<ClassCoverage> coverageByClass, List<Hours> hours,
            List<QuizResult> quizzes, List<Session> sessions, Map<PledgeKind, Long> pledgesSigned,
            SelfInspection selfInspection, Map<DepartureKind, Long> departures, PostExitPeriods postExitPeriods) {
        this(unit, year, generatedAt, scope, coverageByDepartment, coverageByClass, hours, quizzes, sessions,
                pledgesSigned, selfInspection, departures, postExitPeriods, leavingSum(departures), 0, 0);
    }

    /** The sum of the counts of those who left (离岗, 离职; a hand-over is a move within the unit). */
    private static long leavingSum(Map<DepartureKind, Long> departures) {
        return departures.entrySet().stream().filter(e -> !e.getKey().isHandover()).mapToLong(Map.Entry::getValue)
                .sum();
    }

    /**
     * The same report with the departments named by {@code nameOf} (code → name in the reader's language; null keeps
     * the name): the English workbook and PDF named them in Chinese while the page used English (outside check).
     */
    public YearFigures withDepartmentNames(java.util.function.Function<String, String> nameOf) {
        java.util.function.BinaryOperator<String> named = (code, name) -> {
            String other = code == null ? null : nameOf.apply(code);
            return other == null || other.isBlank() ? name : other;
        };
        Scope namedScope = scope.isWholeUnit() ? scope
                : Scope.department(scope.departmentCode(), named.apply(scope.departmentCode(), scope.departmentName()));
        List<DepartmentCoverage> coverage = coverageByDepartment.stream().map(c -> new DepartmentCoverage(
                c.departmentCode(), named.apply(c.departmentCode(), c.departmentName()), c.people(), c.programmes(),
                c.completed(), c.overdue())).toList();
        return new YearFigures(unit, year, generatedAt, namedScope, coverage, coverageByClass, hours, quizzes, sessions,
                pledgesSigned, selfInspection, departures, postExitPeriods, peopleLeft, loweredInPost, loweringPledges);
    }

    /**
     * The sums of {@link #coverageByClass()}: the total row of its table, the same in the workbook and the PDF (the
     * PDF had none while the workbook's sheet ended with one: outside check).
     */
    public ClassTotal coverageByClassTotal() {
        return new ClassTotal(coverageByClass.stream().mapToLong(ClassCoverage::people).sum(),
                coverageByClass.stream().mapToLong(ClassCoverage::programmes).sum(),
                coverageByClass.stream().mapToLong(ClassCoverage::completed).sum(),
                coverageByClass.stream().mapToLong(ClassCoverage::overdue).sum());
    }

    /** The total row of the coverage by secrecy class. */
    public record ClassTotal(long people, long programmes, long completed, long overdue) {

        /** Completed programmes as a percentage of those given, or null when none was given. */
        public BigDecimal percent() {
            return YearFigures.percent(completed, programmes);
        }
    }

    /** A report with nothing in it but its heading; add figures with the builder's methods. */
    public static Builder builder(String unit, int year, Instant generatedAt, Scope scope) {
        return new Builder(unit, year, generatedAt, scope);
    }

    /** Pledges of this kind signed in the year (0 when none). */
    public long pledgesSigned(PledgeKind kind) {
        return pledgesSigned.getOrDefault(kind, 0L);
    }

    /** Departures of this kind in the year (0 when none). */
    public long departures(DepartureKind kind) {
        return departures.getOrDefault(kind, 0L);
    }

    /** The sums over the sections. */
    public Totals totals() {
        long people = 0;
        long programmes = 0;
        long completed = 0;
        long overdue = 0;
        for (DepartmentCoverage c : coverageByDepartment) {
            people += c.people();
            programmes += c.programmes();
            completed += c.completed();
            overdue += c.overdue();
        }
        long hoursPeople = 0;
        long meetingTarget = 0;
        BigDecimal hoursSum = BigDecimal.ZERO;
        for (Hours h : hours) {
            hoursPeople += h.people();
            meetingTarget += h.meetingTarget();
            hoursSum = hoursSum.add(h.totalHours());
        }
        long takers = 0;
        long passed = 0;
        BigDecimal scoreSum = BigDecimal.ZERO;
        for (QuizResult q : quizzes) {
            takers += q.takers();
            passed += q.passed();
            scoreSum = scoreSum.add(q.averageScore().multiply(BigDecimal.valueOf(q.takers())));
        }
        BigDecimal sessionHours = BigDecimal.ZERO;
        long audience = 0;
        long attended = 0;
        long absent = 0;
        for (Session s : sessions) {
            sessionHours = sessionHours.add(s.hours());
            audience += s.audience();
            attended += s.attended();
            absent += s.absent();
        }
        long pledges = pledgesSigned.values().stream().mapToLong(Long::longValue).sum() + loweringPledges;
        // the people who left, each once (a hand-over, 转岗交接, is a move within the unit, listed but no departure);
        // the sum of the kinds counted one who left the post and then the unit twice (outside check)
        return new Totals(people, programmes, completed, overdue, hoursPeople, average(hoursSum, hoursPeople),
                meetingTarget, quizzes.size(), takers, passed, average(scoreSum, takers), sessions.size(), sessionHours,
                audience, attended, absent, pledges, peopleLeft);
    }

    /**
     * {@code part} as a percentage of {@code whole}, 0 to 100 with one decimal (85.7), or null when the whole is 0
     * (no rate: nothing was due).
     */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }

    private static BigDecimal average(BigDecimal sum, long count) {
        return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    private static <K extends Enum<K>> Map<K, Long> counts(Class<K> type, Map<K, Long> given) {
        EnumMap<K, Long> copy = new EnumMap<>(type);
        given.forEach((k, v) -> copy.put(Objects.requireNonNull(k), nonNegative(v, k.name())));
        return Collections.unmodifiableMap(copy);
    }

    private static long nonNegative(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value);
        }
        return value;
    }

    /** The whole unit (no department), or one department by code and name. */
    public record Scope(String departmentCode, String departmentName) {

        public Scope {
            if ((departmentCode == null) != (departmentName == null)) {
                throw new IllegalArgumentException("a department scope needs both code and name");
            }
        }

        public static Scope wholeUnit() {
            return new Scope(null, null);
        }

        public static Scope department(String code, String name) {
            return new Scope(Objects.requireNonNull(code), Objects.requireNonNull(name));
        }

        public boolean isWholeUnit() {
            return departmentCode == null;
        }
    }

    /**
     * Training programmes of one department: people concerned, programmes given in the year, completed, overdue
     * (past due and not completed).
     */
    public record DepartmentCoverage(String departmentCode, String departmentName, long people, long programmes,
            long completed, long overdue) {

        public DepartmentCoverage {
            Objects.requireNonNull(departmentCode, "departmentCode");
            Objects.requireNonNull(departmentName, "departmentName");
            counted(people, programmes, completed, overdue);
        }

        /** Completed programmes as a percentage of those given, or null when none was given. */
        public BigDecimal percent() {
            return YearFigures.percent(completed, programmes);
        }
    }

    /** Training programmes of the people of one secrecy class, as {@link DepartmentCoverage}. */
    public record ClassCoverage(SecrecyClass secrecyClass, long people, long programmes, long completed,
            long overdue) {

        public ClassCoverage {
            Objects.requireNonNull(secrecyClass, "secrecyClass");
            counted(people, programmes, completed, overdue);
        }

        /** Completed programmes as a percentage of those given, or null when none was given. */
        public BigDecimal percent() {
            return YearFigures.percent(completed, programmes);
        }
    }

    /**
     * Study hours of the people of one secrecy class: their average against the class's yearly target;
     * {@code totalHours} their sum, from which the report's overall average is made (the rounded averages of the
     * classes gave 1.34 where the people's hours give 1.36: outside check).
     */
    public record Hours(SecrecyClass secrecyClass, long people, BigDecimal averageHours, BigDecimal targetHours,
            long meetingTarget, BigDecimal totalHours) {

        /** Hours whose sum is the average times the people (figures made by hand, tests). */
        public Hours(SecrecyClass secrecyClass, long people, BigDecimal averageHours, BigDecimal targetHours,
                long meetingTarget) {
            this(secrecyClass, people, averageHours, targetHours, meetingTarget,
                    averageHours == null ? null : averageHours.multiply(BigDecimal.valueOf(people)));
        }

        public Hours {
            Objects.requireNonNull(secrecyClass, "secrecyClass");
            Objects.requireNonNull(averageHours, "averageHours");
            Objects.requireNonNull(targetHours, "targetHours");
            Objects.requireNonNull(totalHours, "totalHours");
            nonNegative(people, "people");
            nonNegative(meetingTarget, "meetingTarget");
            if (meetingTarget > people) {
                throw new IllegalArgumentException("more people meet the target than there are: " + meetingTarget);
            }
        }

        /** People meeting the target as a percentage of the people, or null when there is none. */
        public BigDecimal percentMeetingTarget() {
            return YearFigures.percent(meetingTarget, people);
        }
    }

    /** One quiz of the year: people who took it, people who passed it, their average score (0 when no taker). */
    public record QuizResult(String quizCode, String title, long takers, long passed, BigDecimal averageScore) {

        public QuizResult {
            Objects.requireNonNull(quizCode, "quizCode");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(averageScore, "averageScore");
            nonNegative(takers, "takers");
            nonNegative(passed, "passed");
            if (passed > takers) {
                throw new IllegalArgumentException("more passed than took " + quizCode + ": " + passed);
            }
        }

        /** Passed as a percentage of takers, or null when no one took it. */
        public BigDecimal passRate() {
            return YearFigures.percent(passed, takers);
        }
    }

    /**
     * One offline session: its day, kind (as printed: 专题讲座, 警示教育 …), topic, hours, the people expected
     * (audience), those who came and those who did not (absent may be less than audience − attended when some
     * were excused).
     */
    /** {@code kind}: the session kind's name (LECTURE, COURSE, MEETING, WARNING_FILM), labelled by the renderers. */
    public record Session(LocalDate date, String kind, String topic, BigDecimal hours, long audience, long attended,
            long absent) {

        public Session {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(hours, "hours");
            nonNegative(audience, "audience");
            nonNegative(attended, "attended");
            nonNegative(absent, "absent");
        }

        /** Attended as a percentage of the audience, or null when no one was expected. */
        public BigDecimal attendance() {
            return YearFigures.percent(attended, audience);
        }
    }

    /**
     * The year's self-inspection: rounds opened, forms filled, findings still open and closed, and the departments
     * the secrecy office inspected itself (保密办检查, one per department and inspection carried out).
     */
    public record SelfInspection(long rounds, long formsFilled, long findingsOpen, long findingsClosed,
                                 long officeVisits) {

        public static final SelfInspection NONE = new SelfInspection(0, 0, 0, 0, 0);

        public SelfInspection {
            // one form may raise several findings: only the counts themselves are checked
            nonNegative(rounds, "rounds");
            nonNegative(formsFilled, "formsFilled");
            nonNegative(findingsOpen, "findingsOpen");
            nonNegative(findingsClosed, "findingsClosed");
            nonNegative(officeVisits, "officeVisits");
        }

        /** Without inspections by the office. */
        public SelfInspection(long rounds, long formsFilled, long findingsOpen, long findingsClosed) {
            this(rounds, formsFilled, findingsOpen, findingsClosed, 0);
        }

        /** Closed findings as a percentage of all findings, or null when there was none. */
        public BigDecimal percentClosed() {
            return YearFigures.percent(findingsClosed, findingsOpen + findingsClosed);
        }
    }

    /** The 脱密期 running at the report date, and how many of them end in the report year. */
    public record PostExitPeriods(long running, long endingThisYear) {

        public static final PostExitPeriods NONE = new PostExitPeriods(0, 0);

        public PostExitPeriods {
            nonNegative(running, "running");
            nonNegative(endingThisYear, "endingThisYear");
        }
    }

    /**
     * The sums: programmes over the departments, hours over the classes (average weighted by people, null when
     * no one), quizzes (average score weighted by takers, null when no taker), sessions, pledges, and the people who
     * left ({@code departures}: each person once, {@link YearFigures#peopleLeft}).
     */
    public record Totals(long people, long programmes, long completed, long overdue, long hoursPeople,
            BigDecimal averageHours, long meetingTarget, long quizzes, long quizTakers, long quizPassed,
            BigDecimal averageScore, long sessions, BigDecimal sessionHours, long audience, long attended,
            long absent, long pledgesSigned, long departures) {

        public BigDecimal percent() {
            return YearFigures.percent(completed, programmes);
        }

        public BigDecimal percentMeetingTarget() {
            return YearFigures.percent(meetingTarget, hoursPeople);
        }

        public BigDecimal passRate() {
            return YearFigures.percent(quizPassed, quizTakers);
        }

        public BigDecimal attendance() {
            return YearFigures.percent(attended, audience);
        }
    }

    private static void counted(long people, long programmes, long completed, long overdue) {
        nonNegative(people, "people");
        nonNegative(programmes, "programmes");
        nonNegative(completed, "completed");
        nonNegative(overdue, "overdue");
        if (completed + overdue > programmes) {
            throw new IllegalArgumentException(
                    "completed (" + completed + ") and overdue (" + overdue + ") exceed the programmes: " + programmes);
        }
    }

    /** Collects the figures section by section, in the order rows are added; a count added twice is summed. */
    public static final class Builder {

        private final String unit;
        private final int year;
        private final Instant generatedAt;
        private final Scope scope;
        private final List<DepartmentCoverage> byDepartment = new ArrayList<>();
        private final List<ClassCoverage> byClass = new ArrayList<>();
        private final List<Hours> hours = new ArrayList<>();
        private final List<QuizResult> quizzes = new ArrayList<>();
        private final List<Session> sessions = new ArrayList<>();
        private final Map<PledgeKind, Long> pledges = new EnumMap<>(PledgeKind.class);
        private final Map<DepartureKind, Long> departures = new EnumMap<>(DepartureKind.class);
        private SelfInspection selfInspection = SelfInspection.NONE;
        private PostExitPeriods postExitPeriods = PostExitPeriods.NONE;
        private Long peopleLeft;
        private long loweredInPost;
        private long loweringPledges;

        private Builder(String unit, int year, Instant generatedAt, Scope scope) {
            this.unit = unit;
            this.year = year;
            this.generatedAt = generatedAt;
            this.scope = scope;
        }

        public Builder department(String code, String name, long people, long programmes, long completed,
                long overdue) {
            byDepartment.add(new DepartmentCoverage(code, name, people, programmes, completed, overdue));
            return this;
        }

        public Builder secrecyClass(SecrecyClass secrecyClass, long people, long programmes, long completed,
                long overdue) {
            byClass.add(new ClassCoverage(secrecyClass, people, programmes, completed, overdue));
            return this;
        }

        public Builder hours(SecrecyClass secrecyClass, long people, BigDecimal averageHours, BigDecimal targetHours,
                long meetingTarget) {
            hours.add(new Hours(secrecyClass, people, averageHours, targetHours, meetingTarget));
            return this;
        }

        /** The hours of a class with the exact sum of its people's hours. */
        public Builder hours(SecrecyClass secrecyClass, long people, BigDecimal averageHours, BigDecimal targetHours,
                long meetingTarget, BigDecimal totalHours) {
            hours.add(new Hours(secrecyClass, people, averageHours, targetHours, meetingTarget, totalHours));
            return this;
        }

        public Builder quiz(String code, String title, long takers, long passed, BigDecimal averageScore) {
            quizzes.add(new QuizResult(code, title, takers, passed, averageScore));
            return this;
        }

        public Builder session(LocalDate date, String kind, String topic, BigDecimal hours, long audience,
                long attended, long absent) {
            sessions.add(new Session(date, kind, topic, hours, audience, attended, absent));
            return this;
        }

        public Builder pledges(PledgeKind kind, long signed) {
            pledges.merge(kind, nonNegative(signed, kind.name()), Long::sum);
            return this;
        }

        public Builder departures(DepartureKind kind, long count) {
            departures.merge(kind, nonNegative(count, kind.name()), Long::sum);
            return this;
        }

        /**
         * The people who left in the year (离岗 or 离职), each once; not given, the sum of the kinds' counts (nobody
         * left twice).
         */
        public Builder peopleLeft(long count) {
            peopleLeft = nonNegative(count, "peopleLeft");
            return this;
        }

        /**
         * The people lowered in the year to another secret-related class who stayed in post (no departure from it).
         */
        public Builder loweredInPost(long count) {
            loweredInPost = nonNegative(count, "loweredInPost");
            return this;
        }

        /** The pledges on lowering the secrecy class signed in the year (降低涉密类别保密承诺书). */
        public Builder loweringPledges(long count) {
            loweringPledges = nonNegative(count, "loweringPledges");
            return this;
        }

        public Builder selfInspection(long rounds, long formsFilled, long findingsOpen, long findingsClosed) {
            return selfInspection(rounds, formsFilled, findingsOpen, findingsClosed, 0);
        }

        public Builder selfInspection(long rounds, long formsFilled, long findingsOpen, long findingsClosed,
                                      long officeVisits) {
            selfInspection = new SelfInspection(rounds, formsFilled, findingsOpen, findingsClosed, officeVisits);
            return this;
        }

        public Builder postExitPeriods(long running, long endingThisYear) {
            postExitPeriods = new PostExitPeriods(running, endingThisYear);
            return this;
        }

        public YearFigures build() {
            return new YearFigures(unit, year, generatedAt, scope, byDepartment, byClass, hours, quizzes, sessions,
                    pledges, selfInspection, departures, postExitPeriods,
                    peopleLeft == null ? leavingSum(departures) : peopleLeft, loweredInPost, loweringPledges);
        }
    }
}
