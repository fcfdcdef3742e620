package org.shoumi.portal.departures.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.departures.control.PostExitPeriodPolicy.Span;

/** A 离职 after a 离岗: the day the post was left and the period that runs on, in both languages. */
class AfterLeftPostTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 12, 6);

    @Test
    void theLatestLeavingOfThePostUpToTheOpeningAndThePeriodThatBindsLongest() {
        AfterLeftPost after = AfterLeftPost.of(OPENED,
                List.of(LocalDate.of(2024, 1, 10), LocalDate.of(2026, 3, 1), LocalDate.of(2027, 1, 1)),
                List.of(new Span(LocalDate.of(2024, 1, 10), LocalDate.of(2027, 1, 10)),
                        new Span(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1))));
        assertEquals(LocalDate.of(2026, 3, 1), after.leftPostOn(), "the last one, not one after the opening");
        assertEquals(LocalDate.of(2026, 3, 1), after.periodStart());
        assertEquals(LocalDate.of(2027, 3, 1), after.periodEnd(), "the latest end binds");
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), after.earliestLastDay());
        assertTrue(after.hasPeriod());
    }

    @Test
    void withoutAPeriodOrARecordedLeavingItSaysSo() {
        AfterLeftPost none = AfterLeftPost.of(OPENED, List.of(LocalDate.of(2025, 5, 5)), List.of());
        assertFalse(none.hasPeriod());
        assertEquals(AfterLeftPost.WITHOUT_PERIOD, none.key());
        AfterLeftPost unknown = AfterLeftPost.of(OPENED, List.of(), List.of());
        assertNull(unknown.leftPostOn());
        assertEquals(Optional.empty(), unknown.earliestLastDay(), "no bound without a recorded 离岗");
        assertEquals("—", unknown.getLeftPostOnText());
        assertThrows(IllegalArgumentException.class, () -> new AfterLeftPost(OPENED, OPENED, null));
    }

    @Test
    void theSentenceSaysThePeriodRunsOnAndTheDepartureAddsNone() {
        AfterLeftPost after = new AfterLeftPost(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1),
                LocalDate.of(2029, 3, 1));
        ResourceBundle zh = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.ROOT);
        assertEquals("已于 2026-03-01 离岗，脱密期 2026-03-01 至 2029-03-01 照常进行，本次离职不另计脱密期。", after.text(zh));
        assertTrue(after.text(en).contains("2026-03-01") && after.text(en).contains("2029-03-01")
                && after.text(en).contains("no period of its own"), after.text(en));
        AfterLeftPost none = new AfterLeftPost(LocalDate.of(2026, 3, 1), null, null);
        assertEquals("已于 2026-03-01 离岗，离岗时无脱密期；本次离职不另计脱密期。", none.text(zh));
    }
}
