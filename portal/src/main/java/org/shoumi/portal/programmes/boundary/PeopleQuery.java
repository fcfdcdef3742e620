package org.shoumi.portal.programmes.boundary;

import org.shoumi.portal.programmes.entity.ProgrammeKind;

/**
 * Which programmes a drill-down lists: of one campaign or plan item (null: any), of one kind (null: any), in one
 * department (null: all), in one state.
 */
public record PeopleQuery(String campaignCode, ProgrammeKind kind, String department, State state) {

    /** Where a programme stands, as the lists and counts show it. */
    public enum State { ALL, COMPLETE, OPEN, OVERDUE, CLOSED }

    public PeopleQuery {
        state = state == null ? State.ALL : state;
    }
}
