package org.shoumi.portal.programmes.boundary;

import org.shoumi.portal.programmes.entity.ProgrammeKind;

/**
 * Which programmes a drill-down lists: of one campaign or plan item (null: any), of one kind (null: any), in one
 * department (null: all), in one state, started in one year (null: any; the year report counts a programme in the
 * year it started).
 */
public record PeopleQuery(String campaignCode, ProgrammeKind kind, String department, State state, Integer year) {

    /** Where a programme stands, as the lists and counts show it. */
    public enum State { ALL, COMPLETE, OPEN, OVERDUE, CLOSED }

    public PeopleQuery {
        state = state == null ? State.ALL : state;
    }

    /** Of any year. */
    public PeopleQuery(String campaignCode, ProgrammeKind kind, String department, State state) {
        this(campaignCode, kind, department, state, null);
    }
}
