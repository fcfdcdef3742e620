package org.shoumi.portal.programmes.boundary;

import org.shoumi.portal.programmes.entity.ProgrammeKind;

/**
 * Which programmes a drill-down lists: of one campaign or plan item (null: any), of one kind (null: any), in one
 * department (null: all), in one state, started in one year (null: any; the year report counts a programme in the
 * year it started).
 */
public record PeopleQuery(String campaignCode, ProgrammeKind kind, String department, State state, Integer year,
                          java.util.Set<String> people) {

    /** Where a programme stands, as the lists and counts show it. */
    public enum State { ALL, COMPLETE, OPEN, OVERDUE, CLOSED }

    /**
     * {@code people}: when not null, the programmes of these people only (by staff number) instead of those of the
     * people now in {@code department}: a past year's department as the year report counts it, where each person
     * was at the year's end.
     */
    public PeopleQuery {
        campaignCode = campaignCodeOf(campaignCode);
        state = state == null ? State.ALL : state;
        people = people == null ? null : java.util.Set.copyOf(people);
    }

    /**
     * A campaign or plan item code as an address may give it: read half-width, stripped and in capitals, as the
     * codes are stored (a campaign launched as ye4-a is YE4-A, and ?campaign=ye4-a named none: outside check); null
     * for none.
     */
    public static String campaignCodeOf(String typed) {
        String code = typed == null ? "" : org.shoumi.content.text.Texts.halfWidth(typed).strip()
                .toUpperCase(java.util.Locale.ROOT);
        return code.isEmpty() ? null : code;
    }

    /** Of the people now in {@code department}. */
    public PeopleQuery(String campaignCode, ProgrammeKind kind, String department, State state, Integer year) {
        this(campaignCode, kind, department, state, year, null);
    }

    /** Of any year. */
    public PeopleQuery(String campaignCode, ProgrammeKind kind, String department, State state) {
        this(campaignCode, kind, department, state, null);
    }
}
