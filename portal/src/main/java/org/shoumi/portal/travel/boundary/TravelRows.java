package org.shoumi.portal.travel.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.shoumi.portal.travel.entity.PassportAction;
import org.shoumi.portal.travel.entity.PurposeCategory;
import org.shoumi.portal.travel.entity.TravelRule;
import org.shoumi.portal.travel.entity.TripStatus;

/** What the travel pages and the API read: plain values, nothing lazy. */
public final class TravelRows {

    private TravelRows() {
    }

    /**
     * One step of a request, as recorded; {@code paperReport}: a report after the return the secrecy officer recorded
     * from a leaver's paper (its note is the paper's reference).
     */
    public record Step(TripStatus kind, LocalDate day, String givenBy, String note, Instant recordedAt,
                       String recordedBy, boolean paperReport) implements Serializable {
    }

    /** A request with its steps, oldest step first. */
    public record Trip(long id, String employeeNo, String name, String country, LocalDate departureDay,
                       LocalDate returnDay, PurposeCategory purpose, String note, TripStatus status,
                       Instant requestedAt, List<Step> steps) implements Serializable {

        public Trip {
            steps = List.copyOf(steps);
        }
    }

    /** One entry of the passport custody log. */
    public record Passport(long id, String employeeNo, String name, PassportAction action, LocalDate day,
                           Long requestId, String note, Instant recordedAt, String recordedBy) implements Serializable {
    }

    /**
     * Where a person's passport is now (their latest entry); for one handed out, the trip's return day, the day it is
     * due back and whether that day has passed.
     */
    public record Holder(String employeeNo, String name, PassportAction action, LocalDate since, Long requestId,
                         LocalDate returnDay, LocalDate dueBack, boolean overdue) implements Serializable {

        public boolean heldByUnit() {
            return action.heldByUnit();
        }
    }

    /** Whether a person must ask before travelling abroad, and why; the end of their 脱密期 when one runs. */
    public record Standing(String employeeNo, String name, TravelRule rule, LocalDate restrictedUntil)
            implements Serializable {

        public boolean approvalRequired() {
            return rule.approvalRequired();
        }
    }
}
