package org.shoumi.portal.employees.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.shoumi.portal.employees.entity.Employee;

/**
 * The roster asks which programmes a person has open, before and after a change of their record, so that the change
 * can say which ones it closed (a move out of a department closes the programmes of the campaigns aimed at it; the
 * answer said only "无需开启培训": outside check). Fired inside the roster's transaction; the programmes feature
 * observes it and answers through {@link #open}. The roster knows nothing of programmes.
 */
public final class OpenProgrammesAsked {

    /** An open programme: its id, its kind's name (e.g. IN_POST), and its campaign's code and title (null for none). */
    public record Programme(long id, String kind, String campaignCode, String campaignTitle) implements Serializable {
    }

    private final Employee person;
    private final List<Programme> open = new ArrayList<>();

    public OpenProgrammesAsked(Employee person) {
        this.person = Objects.requireNonNull(person);
    }

    public Employee person() {
        return person;
    }

    /** The programmes' answer: one open programme of the person. */
    public void open(Programme programme) {
        open.add(Objects.requireNonNull(programme));
    }

    public List<Programme> open() {
        return List.copyOf(open);
    }
}
