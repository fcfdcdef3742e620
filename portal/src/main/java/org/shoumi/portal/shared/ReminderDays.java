package org.shoumi.portal.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The days a reminder of something due goes out, one policy for programmes and self-inspections: each configured
 * day before the due date (e.g. 7 and 1 days before), then, once it is overdue, the day after the due date and
 * every N days after that. Plain Java.
 */
public final class ReminderDays {

    private ReminderDays() {
    }

    /** "7,1" → [7, 1]; blanks and non-numbers are ignored, negative days too. */
    public static List<Integer> parse(String configured) {
        return configured == null ? List.of() : Arrays.stream(configured.split("[,，\\s]+")).map(String::strip)
                .filter(s -> s.matches("\\d{1,3}")).map(Integer::valueOf).distinct().toList();
    }

    /**
     * The reminder day owed today, if any: the latest reminder day on or before today, not before the thing began
     * ({@code startedOn}, null when it does not matter), unless a reminder went out on or after it ({@code lastSent},
     * null when none did). A reminder day missed (the server was down, the mail server refused) is made up once.
     */
    public static Optional<LocalDate> owed(LocalDate due, LocalDate today, List<Integer> daysBefore,
                                           int overdueEveryDays, LocalDate startedOn, LocalDate lastSent) {
        return latest(due, today, daysBefore, overdueEveryDays)
                .filter(day -> startedOn == null || !day.isBefore(startedOn))
                .filter(day -> lastSent == null || lastSent.isBefore(day));
    }

    /** The last reminder day on or before today: a configured day before the due date, or an overdue day. */
    public static Optional<LocalDate> latest(LocalDate due, LocalDate today, List<Integer> daysBefore,
                                             int overdueEveryDays) {
        if (today.isAfter(due)) {
            long late = ChronoUnit.DAYS.between(due, today); // 1 on the day after the due date
            int every = Math.max(1, overdueEveryDays);
            return Optional.of(due.plusDays(1 + (late - 1) / every * every));
        }
        return daysBefore.stream().map(d -> due.minusDays(d)).filter(day -> !day.isAfter(today))
                .max(LocalDate::compareTo);
    }
}
