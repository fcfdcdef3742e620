package org.shoumi.portal.departures.control;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.shoumi.portal.departures.entity.PeriodNotice.Kind;

/**
 * When a 脱密期 notice is owed: once from {@code daysBefore} days before the (current) last day, and once on the
 * last day. A notice missed while the server was down or the mail refused is made up on a later run, the one
 * before the end until the last day, the one of the last day within {@code catchUpDays} after it. A notice is
 * owed per end date: extending a period after its notice went out owes a new one for the new end.
 * Plain Java: dates and what was sent come in from the caller.
 */
public final class PeriodNoticeRule {

    private PeriodNoticeRule() {
    }

    /**
     * @param end         the period's last day as it stands now
     * @param sentForEnd  the kinds already sent for this end date
     */
    public static Optional<Kind> owed(LocalDate end, LocalDate today, int daysBefore, int catchUpDays,
                                      Set<Kind> sentForEnd) {
        Objects.requireNonNull(end);
        Objects.requireNonNull(today);
        if (!today.isBefore(end) && !today.isAfter(end.plusDays(catchUpDays)) && !sentForEnd.contains(Kind.END_DAY)) {
            return Optional.of(Kind.END_DAY);
        }
        if (today.isBefore(end) && !today.isBefore(end.minusDays(daysBefore))
                && !sentForEnd.contains(Kind.BEFORE_END)) {
            return Optional.of(Kind.BEFORE_END);
        }
        return Optional.empty();
    }
}
