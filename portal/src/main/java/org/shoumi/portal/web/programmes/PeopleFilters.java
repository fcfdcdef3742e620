package org.shoumi.portal.web.programmes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.shoumi.portal.programmes.boundary.PeopleQuery;
import org.shoumi.portal.programmes.entity.ProgrammeKind;

/**
 * Which filters of the drill-down's address ({@code ?campaign=…&kind=…&dept=…&state=…&year=…}) name something the
 * list knows, for the page and its CSV alike, so that both take and refuse the same addresses with the same words
 * (the CSV answered 400 to year=abc but an empty file to year=1900 or dept=NOPE, which the page showed as all
 * departments and years without a word, and 400 to year=all, which the page takes: outside check). A blank filter
 * is none; a year is one programmes started in (as the dashboard offers them) or {@code all}.
 */
final class PeopleFilters {

    /** A filter the list does not know: the message's key and the value as asked for (shortened). */
    record Problem(String key, String value) {
    }

    /** The address's value for every year at once, as the dashboard's. */
    static final String ALL_YEARS = "all";

    private PeopleFilters() {
    }

    static boolean knownState(String state) {
        return blank(state) || Arrays.stream(PeopleQuery.State.values()).anyMatch(s -> s.name().equals(state.strip()));
    }

    static boolean knownKind(String kind) {
        return blank(kind) || Arrays.stream(ProgrammeKind.values()).anyMatch(k -> k.name().equals(kind.strip()));
    }

    /** Blank, {@code all}, or a year some programme started in. */
    static boolean knownYear(String year, Collection<Integer> years) {
        return blank(year) || ALL_YEARS.equals(year.strip())
                || YearParameter.parse(year).filter(years::contains).isPresent();
    }

    /** The year asked for; null for any year (blank, {@code all}, or a year not known). */
    static Integer year(String year) {
        return YearParameter.parse(year).orElse(null);
    }

    /** The department's code as kept (office is OFFICE); empty when blank or no department has it. */
    static Optional<String> department(String department, Collection<String> codes) {
        if (blank(department)) {
            return Optional.empty();
        }
        String asked = department.strip();
        return codes.stream().filter(c -> c.equalsIgnoreCase(asked)).findFirst();
    }

    /** The staff numbers {@code departmentOf} (staff number → department) puts in {@code department}. */
    static java.util.Set<String> peopleIn(String department, java.util.Map<String, String> departmentOf) {
        return departmentOf.entrySet().stream().filter(e -> department.equals(e.getValue()))
                .map(java.util.Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
    }

    /** A value echoed in a message: at most as long as a code may be. */
    static String echo(String value) {
        String v = value.strip();
        return v.length() > 32 ? v.substring(0, 32) + "…" : v;
    }

    /**
     * Every filter of the address the list does not know, in the order of the page's fields; none: the list may be
     * shown. {@code checkDepartment} false for a department head held to their own department (it is not theirs to
     * choose).
     */
    static List<Problem> problems(String campaign, String kind, String department, String state, String year,
                                  Predicate<String> campaignKnown, Collection<String> departmentCodes,
                                  boolean checkDepartment, Collection<Integer> years) {
        List<Problem> problems = new ArrayList<>();
        if (!blank(campaign) && !campaignKnown.test(campaign.strip())) {
            problems.add(new Problem("people.campaign.unknown", echo(campaign)));
        }
        if (checkDepartment && !blank(department) && department(department, departmentCodes).isEmpty()) {
            problems.add(new Problem("people.filter.unknownDepartment", echo(department)));
        }
        if (!knownState(state)) {
            problems.add(new Problem("people.filter.unknown", echo(state)));
        }
        if (!knownKind(kind)) {
            problems.add(new Problem("people.filter.unknown", echo(kind)));
        }
        if (!knownYear(year, years)) {
            // named as a year, pointing at the year's field (it said to choose the state and kind; outside check)
            problems.add(new Problem("people.filter.unknownYear", echo(year)));
        }
        return problems;
    }

    /**
     * The filter of a download of the list as its downloads log notes it (导出记录's subject): the filters in use as the
     * address gives them, {@code campaign=P2026-1&kind=EXIT&dept=OFFICE&state=OVERDUE&year=2026}, none for the
     * whole list (null); the department is the one the list was limited to (a head's own). The download was not noted
     * at all (outside check ex-s37c 3).
     */
    static String subject(PeopleQuery q) {
        List<String> parts = new ArrayList<>();
        if (q.campaignCode() != null) {
            parts.add("campaign=" + q.campaignCode());
        }
        if (q.kind() != null) {
            parts.add("kind=" + q.kind().name());
        }
        if (q.department() != null && !q.department().isBlank()) {
            parts.add("dept=" + q.department());
        }
        if (q.state() != null && q.state() != PeopleQuery.State.ALL) {
            parts.add("state=" + q.state().name());
        }
        if (q.year() != null) {
            parts.add("year=" + q.year());
        }
        return parts.isEmpty() ? null : String.join("&", parts);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
