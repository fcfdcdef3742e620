package org.shoumi.portal.departures.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.departures.entity.PeriodNotice.Kind;

class PeriodNoticeRuleTest {

    private static final LocalDate END = LocalDate.of(2027, 3, 31);
    private static final Set<Kind> NONE = EnumSet.noneOf(Kind.class);

    private static Optional<Kind> owed(LocalDate today, Set<Kind> sent) {
        return PeriodNoticeRule.owed(END, today, 30, 7, sent);
    }

    @Test
    void thirtyDaysBeforeTheEndOnceThenOnTheLastDayOnce() {
        assertEquals(Optional.empty(), owed(END.minusDays(31), NONE));
        assertEquals(Optional.of(Kind.BEFORE_END), owed(END.minusDays(30), NONE));
        assertEquals(Optional.empty(), owed(END.minusDays(29), EnumSet.of(Kind.BEFORE_END)));
        assertEquals(Optional.of(Kind.END_DAY), owed(END, EnumSet.of(Kind.BEFORE_END)));
        assertEquals(Optional.empty(), owed(END, EnumSet.of(Kind.BEFORE_END, Kind.END_DAY)));
    }

    @Test
    void aMissedNoticeIsMadeUpLaterButNotForever() {
        assertEquals(Optional.of(Kind.BEFORE_END), owed(END.minusDays(3), NONE), "missed 30 days before");
        assertEquals(Optional.of(Kind.END_DAY), owed(END.plusDays(7), NONE), "the server was down on the day");
        assertEquals(Optional.empty(), owed(END.plusDays(8), NONE), "too late to be of use");
    }
}
