package org.shoumi.portal.campaigns.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shoumi.portal.campaigns.entity.Audience;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * The rules of the yearly education plan (年度保密教育计划): who an item concerns, which items may stand side by side,
 * what a copy of last year's plan looks like, and when a person who joins during the year must be done.
 */
public final class PlanRules {

    /** The post code of leading cadres (领导干部). */
    public static final String LEADER_POST = "LEADER";

    /** The most 学时 an item may ask for in a year. */
    public static final BigDecimal MAX_HOURS = new BigDecimal("200");

    /** What the plan needs to know about a person. */
    public record Person(String department, String post, SecrecyClass secrecyClass, EmployeeStatus status,
                         boolean secrecyStaff, LocalDate hireDate) {
    }

    /** An item as far as the rules go: audience, departments (empty: all), window and 学时 target. */
    public record Item(String name, Audience audience, Set<String> departments, LocalDate opensOn, LocalDate dueOn,
                       BigDecimal hours) {
    }

    /** Why an item cannot be in the plan. */
    public enum Problem {
        /** no window, or it ends before it opens */
        WINDOW,
        /** the window leaves the plan year */
        OUTSIDE_YEAR,
        /** 学时 below zero or above {@link #MAX_HOURS}, or more than one decimal */
        HOURS,
        /** another item for the same people has a window that overlaps */
        OVERLAP
    }

    private PlanRules() {
    }

    /**
     * Whether the item concerns the person in the plan year. Only people in post count, and new hires also while
     * they are being onboarded; a department choice narrows any audience. Someone whose first day comes after the
     * plan year is in none of its items: a 非涉密 hire dated next January is in post at once, and got this year's
     * in-post item and a place in this year's report (outside check).
     */
    public static boolean includes(Audience audience, Set<String> departments, Person p, int year) {
        if (!departments.isEmpty() && !departments.contains(p.department())) {
            return false;
        }
        if (p.hireDate() != null && p.hireDate().getYear() > year) {
            return false;
        }
        if (audience == Audience.NEW_HIRES) {
            return (p.status() == EmployeeStatus.ACTIVE || p.status() == EmployeeStatus.ONBOARDING)
                    && p.hireDate() != null && p.hireDate().getYear() == year;
        }
        if (p.status() != EmployeeStatus.ACTIVE) {
            return false;
        }
        return switch (audience) {
            case ALL_STAFF -> true;
            case NON_SECRET -> !p.secrecyClass().isSecretRelated();
            case CORE -> p.secrecyClass() == SecrecyClass.CORE;
            case IMPORTANT -> p.secrecyClass() == SecrecyClass.IMPORTANT;
            case GENERAL -> p.secrecyClass() == SecrecyClass.GENERAL;
            case LEADERS -> LEADER_POST.equals(p.post());
            case SECRECY_STAFF -> p.secrecyStaff();
            case NEW_HIRES -> throw new IllegalStateException();
        };
    }

    /** The problems of one item on its own, in a plan for {@code year}. */
    public static List<Problem> check(Item item, int year) {
        List<Problem> problems = new ArrayList<>();
        if (item.opensOn() == null || item.dueOn() == null || item.dueOn().isBefore(item.opensOn())) {
            problems.add(Problem.WINDOW);
        } else if (item.opensOn().getYear() != year || item.dueOn().getYear() != year) {
            problems.add(Problem.OUTSIDE_YEAR);
        }
        if (!hoursValid(item.hours())) {
            problems.add(Problem.HOURS);
        }
        return problems;
    }

    /** 学时: zero or more, at most {@link #MAX_HOURS}, in steps of a tenth. */
    public static boolean hoursValid(BigDecimal hours) {
        return hours != null && hours.signum() >= 0 && hours.compareTo(MAX_HOURS) <= 0
                && hours.stripTrailingZeros().scale() <= 1;
    }

    /**
     * The item among {@code others} that asks the same people for training in an overlapping window: the same
     * audience, departments in common (an empty choice is every department), windows sharing a day.
     */
    public static Optional<Item> overlapping(Item item, Collection<Item> others) {
        return others.stream().filter(o -> o != item && o.audience() == item.audience()
                        && departmentsMeet(o.departments(), item.departments())
                        && o.opensOn() != null && o.dueOn() != null && item.opensOn() != null && item.dueOn() != null
                        && !o.dueOn().isBefore(item.opensOn()) && !item.dueOn().isBefore(o.opensOn()))
                .findFirst();
    }

    private static boolean departmentsMeet(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }

    /** A plan of last year as the copy chooses among them: its id, whether it was started, how many items. */
    public record CopyCandidate(long id, boolean started, int items) {
    }

    /**
     * The plan of last year to copy: a started one before a draft never started, then the one with the most items
     * (the unit's plan, not a supplementary plan of one department made later, which was copied as the newest;
     * outside check), then the newest.
     */
    public static java.util.Optional<CopyCandidate> toCopy(java.util.Collection<CopyCandidate> plans) {
        return plans.stream().min(java.util.Comparator.comparing((CopyCandidate p) -> !p.started())
                .thenComparing(p -> -p.items()).thenComparing(CopyCandidate::id, java.util.Comparator.reverseOrder()));
    }

    /** A year written apart in a quiz code (ANNUAL-2026), not inside other letters or digits. */
    private static final java.util.regex.Pattern YEAR_IN_CODE =
            java.util.regex.Pattern.compile("(?<![A-Za-z0-9])(20\\d\\d|2100)(?![A-Za-z0-9])");

    /** The year a quiz code names (ANNUAL-2026: 2026); empty for a code that names none (T0, PLAN-1X2Y). */
    public static Optional<Integer> yearOfCode(String quizCode) {
        if (quizCode == null) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = YEAR_IN_CODE.matcher(quizCode);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The longest quiz code (the column and the quiz form's pattern). */
    public static final int QUIZ_CODE_LENGTH = 40;

    /**
     * The code of the year's exam when a plan is copied into {@code year}: a code naming the year before gets the
     * new year instead (ANNUAL-2026 → ANNUAL-2027); a code naming no year gets the new year added (BASIC →
     * BASIC-2027; the code shortened to stay within {@link #QUIZ_CODE_LENGTH}), since the attempts of an exam count
     * over every year it is asked for: kept, last year's plan would leave fewer attempts each year (outside check:
     * BASIC of 3 attempts, failed twice and passed once in 2026, had none left for 2027). Empty for a code naming
     * another year (kept as is; such a plan is not started, {@link #examOfAnotherYear}).
     */
    public static Optional<String> codeForYear(String quizCode, int year) {
        if (quizCode == null) {
            return Optional.empty();
        }
        Optional<Integer> named = yearOfCode(quizCode);
        if (named.isEmpty()) {
            String suffix = "-" + year;
            String base = quizCode.length() + suffix.length() > QUIZ_CODE_LENGTH
                    ? quizCode.substring(0, QUIZ_CODE_LENGTH - suffix.length()) : quizCode;
            return Optional.of(base.replaceAll("-+$", "") + suffix);
        }
        return named.filter(y -> y == year - 1).map(y -> {
            java.util.regex.Matcher m = YEAR_IN_CODE.matcher(quizCode);
            m.find();
            return quizCode.substring(0, m.start(1)) + year + quizCode.substring(m.end(1));
        });
    }

    /**
     * The title of the year's exam copied from last year's: the year before replaced by {@code year}, or the year
     * put before a title that names none as the titles that name one write it: "2027年度保密基础知识测试" beside
     * "2027年度保密知识考试" (it was "2027 保密基础知识测试": outside check); a title in Latin letters gets the year and
     * a space ("2027 Basics").
     */
    public static String titleForYear(String title, int year) {
        String last = String.valueOf(year - 1);
        String copy = title.contains(last) ? title.replace(last, String.valueOf(year))
                : !title.isEmpty() && Character.UnicodeScript.of(title.codePointAt(0)) == Character.UnicodeScript.HAN
                        ? year + "年度" + title : year + " " + title;
        return copy.length() > 200 ? title : copy;
    }

    /**
     * Whether an item's exam belongs to another year than the plan's: its code names another year (a plan of 2027
     * with ANNUAL-2026 would count the attempts used in 2026 against 2027).
     */
    public static boolean examOfAnotherYear(String quizCode, int planYear) {
        return yearOfCode(quizCode).filter(y -> y != planYear).isPresent();
    }

    /**
     * {@link #examOfAnotherYear(String, int)}, or an exam named by no year that limits its attempts
     * ({@code attemptsAllowed} above 0) and is asked for by a started plan of another year ({@code askedInYears}):
     * the attempts used for that year's item would count against this one's (outside check: BASIC, 3 attempts, in
     * the plans of 2026 and 2027). An exam of unlimited attempts may serve every year.
     */
    public static boolean examOfAnotherYear(String quizCode, int planYear, int attemptsAllowed,
                                            Collection<Integer> askedInYears) {
        return examOfAnotherYear(quizCode, planYear)
                || quizCode != null && attemptsAllowed > 0 && askedInYears.stream().anyMatch(y -> y != planYear);
    }

    /**
     * Whether the plan year has ended on {@code today}: such a plan is neither started nor copied into, since its
     * programmes would start today and be due after the year (outside check: a 2025 item of March, started on
     * 2026-12-07, gave start 2026-12-07 and due 2026-12-08 and counted in 2026's figures).
     */
    public static boolean yearEnded(int planYear, LocalDate today) {
        return planYear < today.getYear();
    }

    /**
     * Whether an item's window ended before {@code today}: such an item is not started, since its programmes would
     * start today and be due after the window it shows (outside check: an item of March started on 2026-12-06 gave
     * due 2026-12-07 while the plan showed 2026-03-01 – 2026-03-31). An item due today is still open.
     */
    public static boolean windowEnded(LocalDate dueOn, LocalDate today) {
        return dueOn != null && dueOn.isBefore(today);
    }

    /** A plan of the year a copy goes into: its id, title and the plan it was copied from (null: none). */
    public record PlanOfYear(long id, String title, Long copiedFrom) {
    }

    /**
     * The plan of the year that is already a copy of {@code source}: copying the same plan again made a second
     * identical draft whose start was refused as overlapping the first (outside check). Empty when there is none.
     */
    public static Optional<PlanOfYear> earlierCopy(Collection<PlanOfYear> plansOfYear, long source) {
        return plansOfYear.stream().filter(p -> p.copiedFrom() != null && p.copiedFrom() == source)
                .min(java.util.Comparator.comparingLong(PlanOfYear::id));
    }

    /**
     * The same date in the next plan year, so that a copied plan keeps last year's rhythm; 29 February becomes
     * 28 February.
     */
    public static LocalDate nextYear(LocalDate date) {
        return date.plusYears(1);
    }

    /**
     * The due date for someone who joins an item during the year: the item's own due date, but never fewer than
     * {@code minimumDays} from today (a person who joins in the last week still gets time to do it).
     */
    public static LocalDate dueForJoiner(LocalDate itemDue, LocalDate today, int minimumDays) {
        LocalDate earliest = today.plusDays(minimumDays);
        return itemDue.isBefore(earliest) ? earliest : itemDue;
    }

    /** A programme of a campaign a person had: its window, and whether it is still open or was completed. */
    public record Had(LocalDate startedOn, LocalDate due, boolean open, boolean complete) {
    }

    /** The window of a programme to give: from, due. */
    public record Window(LocalDate startsOn, LocalDate due) {
    }

    /**
     * What a person a change brings into a campaign's audience is given of it (they are concerned now): nothing while
     * they have one open or completed ({@code had}). One given it before whose programme a move or a departure closed
     * gets it again, while that programme's due day has not passed, on the same window (from its first day, so that
     * what they did in it counts; due the same day): counted once, the closed one no longer
     * ({@code ClosedBecause.counted}); a campaign launched by hand too, as they were among the people of its launch
     * (outside check ex-s38e 2: moved to 财务处 and straight back, SM004's 办公室 campaign stayed 已关闭 and the campaign
     * could never reach 4/4). Someone never given it gets it only from a plan item ({@code planItem}: of this year's or
     * a later plan) whose window is still open, from today (or its opening) and due at least {@code joinerDays} away;
     * a campaign launched by hand asked the people of its launch.
     */
    public static java.util.Optional<Window> toGive(boolean planItem, LocalDate opensOn, LocalDate dueOn,
                                                    java.util.List<Had> had, LocalDate today, int joinerDays) {
        if (had.stream().anyMatch(h -> h.open() || h.complete())) {
            return java.util.Optional.empty();
        }
        java.util.Optional<Had> last = had.stream().reduce((a, b) -> b);
        if (last.isPresent()) {
            Had h = last.get();
            return today.isAfter(h.due()) ? java.util.Optional.empty()
                    : java.util.Optional.of(new Window(h.startedOn(), h.due()));
        }
        if (!planItem || !stillOpen(dueOn, today)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Window(opensOn.isAfter(today) ? opensOn : today,
                dueForJoiner(dueOn, today, joinerDays)));
    }

    /** Whether a person can still be given the item: its window has not closed. */
    public static boolean stillOpen(LocalDate dueOn, LocalDate today) {
        return !today.isAfter(dueOn);
    }
}
