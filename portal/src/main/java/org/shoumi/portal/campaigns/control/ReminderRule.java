package org.shoumi.portal.campaigns.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * When someone with an open programme is reminded: on each configured day before the due date (e.g. 7 and 1
 * days before), and once it is overdue, on the day after the due date and then every N days.
 */
public final class ReminderRule {

    public enum Kind { BEFORE_DUE, OVERDUE }

    private ReminderRule() {
    }

    public static Optional<Kind> today(LocalDate due, LocalDate today, boolean complete, List<Integer> daysBefore,
                                       int overdueEveryDays) {
        if (complete) {
            return Optional.empty();
        }
        long left = ChronoUnit.DAYS.between(today, due);
        if (left >= 0) {
            return daysBefore.contains((int) left) ? Optional.of(Kind.BEFORE_DUE) : Optional.empty();
        }
        long late = -left; // 1 on the day after the due date
        return (late - 1) % Math.max(1, overdueEveryDays) == 0 ? Optional.of(Kind.OVERDUE) : Optional.empty();
    }

    /** "7,1" → [7, 1]; blanks and non-numbers are ignored, negative days too. */
    public static List<Integer> days(String configured) {
        return CampaignTargets.split(configured).stream().filter(s -> s.matches("\\d{1,3}"))
                .map(Integer::valueOf).toList();
    }
}
