package org.shoumi.portal.incidents.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.shoumi.portal.incidents.entity.Incident;
import org.shoumi.portal.incidents.entity.IncidentKind;
import org.shoumi.content.text.Texts;

/** The rules of receiving a report: what is refused, and the case it becomes. */
public final class Intake {

    /** How far back the day a case happened or was discovered may lie. */
    public static final int OLDEST_YEARS = 10;

    private Intake() {
    }

    /**
     * What is wrong with a submission (empty: acceptable). {@code today} is the unit's day; {@code maxBytes} the
     * configured attachment limit.
     */
    public static List<Refusal> problems(Submission s, LocalDate today, long maxBytes) {
        List<Refusal> problems = new ArrayList<>();
        if (s.kind() == null) {
            problems.add(Refusal.KIND_MISSING);
        }
        if (s.occurredOn() == null) {
            problems.add(Refusal.OCCURRED_MISSING);
        } else if (s.occurredOn().isAfter(today)) {
            problems.add(Refusal.OCCURRED_IN_FUTURE);
        } else if (s.occurredOn().isBefore(today.minusYears(OLDEST_YEARS))) {
            // 1900-01-01 was taken and filed (outside check): a case is reported when it happens or is discovered
            problems.add(Refusal.OCCURRED_TOO_LONG_AGO);
        }
        if (Texts.tooLong(Texts.clean(s.place()), Incident.MAX_PLACE)) {
            problems.add(Refusal.PLACE_TOO_LONG);
        }
        String description = Texts.clean(s.description());
        if (description == null) {
            problems.add(Refusal.DESCRIPTION_MISSING);
        } else if (Texts.tooLong(description, Incident.MAX_DESCRIPTION)) {
            problems.add(Refusal.DESCRIPTION_TOO_LONG);
        }
        byte[] file = s.attachment();
        if (file != null && file.length > 0) {
            if (file.length > maxBytes) {
                problems.add(Refusal.ATTACHMENT_TOO_LARGE);
            } else if (Attachments.type(file).isEmpty()) {
                problems.add(Refusal.ATTACHMENT_TYPE);
            }
        }
        return problems;
    }

    /**
     * The case an acceptable submission becomes. A named report records the login and staff number given; an
     * anonymous one records neither, whatever is passed. The receipt time is kept to the minute (enough for the
     * clock, and less to match against anything else), and the upward report is due {@code reportWithin} later.
     */
    public static Incident incident(Submission s, String login, String employeeNo, Instant now, Duration reportWithin) {
        Instant received = now.truncatedTo(ChronoUnit.MINUTES);
        IncidentKind kind = s.kind();
        return new Incident(kind, s.occurredOn(), Texts.clean(s.place()), Texts.clean(s.description()), s.anonymous(),
                s.anonymous() ? null : login, s.anonymous() ? null : employeeNo, received,
                ReportClock.due(received, reportWithin));
    }
}
