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
        state = state == null ? State.ALL : state;
        people = people == null ? null : java.util.Set.copyOf(people);
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
