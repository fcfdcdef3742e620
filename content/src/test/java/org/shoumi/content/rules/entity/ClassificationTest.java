package org.shoumi.content.rules.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ClassificationTest {

    @Test
    void defaultProtectionPeriodsAre30And20And10Years() {
        assertEquals(30, Classification.TOP_SECRET.defaultProtectionYears());
        assertEquals(20, Classification.SECRET.defaultProtectionYears());
        assertEquals(10, Classification.CONFIDENTIAL.defaultProtectionYears());
    }

    @Test
    void protectionEndsOnTheSameCalendarDayYearsLater() {
        assertEquals(LocalDate.of(2036, 2, 28), Classification.CONFIDENTIAL.defaultProtectionEnd(LocalDate.of(2026, 2, 28)));
        assertEquals(LocalDate.of(2034, 2, 28), Classification.CONFIDENTIAL.defaultProtectionEnd(LocalDate.of(2024, 2, 29)));
        assertEquals(LocalDate.of(2044, 2, 29), Classification.SECRET.defaultProtectionEnd(LocalDate.of(2024, 2, 29)));
    }
}
