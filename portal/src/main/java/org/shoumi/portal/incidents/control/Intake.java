package org.shoumi.portal.incidents.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
        } else if (!Texts.saysSomething(description)) {
            // the description is the case's account for good, read by the upward report and the closure: "-" or
            // "无无" says nothing of what happened (outside check ex-s37e 1)
            problems.add(Refusal.DESCRIPTION_MISSING);
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
     * The numbers a refusal of a text too long gives, by reason: the limit, the characters written, and the units
     * they count as (the column's and the browser's, where an emoji counts two). The description's refusal said only
     * "不超过 2000 字" while the other forms' said "最多 200 个字符，这里有 308 个" (outside check).
     */
    public static Map<Refusal, List<Object>> lengths(Submission s) {
        Map<Refusal, List<Object>> counts = new EnumMap<>(Refusal.class);
        length(s.place(), Incident.MAX_PLACE, Refusal.PLACE_TOO_LONG, counts);
        length(s.description(), Incident.MAX_DESCRIPTION, Refusal.DESCRIPTION_TOO_LONG, counts);
        return counts;
    }

    /** Whether the counts of a too-long text ({@link #lengths}) hold characters that count as two. */
    public static boolean countedWide(List<Object> counts) {
        return counts.size() == 3 && !counts.get(1).equals(counts.get(2));
    }

    private static void length(String text, int max, Refusal tooLong, Map<Refusal, List<Object>> counts) {
        String clean = Texts.clean(text);
        if (Texts.tooLong(clean, max)) {
            counts.put(tooLong, List.of(max, clean.codePointCount(0, clean.length()), clean.length()));
        }
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

    /**
     * The case a lost carrier reported as a major personal matter (重大事项, category 涉密载体或设备遗失) becomes: a named
     * case of a lost carrier, received when the matter was reported (to the minute), its upward report due
     * {@code reportWithin} later, the matter's note as its description. The same loss reported through the matters
     * form skipped the clock (outside check).
     */
    public static Incident carrierLoss(String login, String employeeNo, LocalDate occurredOn, String description,
                                       Instant reportedAt, Duration reportWithin) {
        Instant received = reportedAt.truncatedTo(ChronoUnit.MINUTES);
        return new Incident(IncidentKind.CARRIER_LOST, occurredOn, null, Texts.clean(description), false, login,
                employeeNo, received, ReportClock.due(received, reportWithin));
    }
}
