package org.shoumi.portal.departures.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.SecrecyClass;

/** The configured years reach the rule; "today" is the unit's day, not the server's. No container. */
class DeparturesConfigTest {

    private static Departures configured(int core, int important, int general) {
        Departures departures = new Departures();
        departures.coreYears = core;
        departures.importantYears = important;
        departures.generalYears = general;
        departures.zone = "Asia/Shanghai";
        return departures;
    }

    @Test
    void configuredYearsOverrideTheDefaults() {
        Departures departures = configured(5, 3, 2);
        LocalDate approved = LocalDate.of(2026, 11, 30);
        assertEquals(LocalDate.of(2031, 11, 30),
                departures.policy().periodFrom(approved, SecrecyClass.CORE).orElseThrow().end());
        assertEquals(3, departures.policy().years(SecrecyClass.IMPORTANT));
        assertEquals(2, departures.policy().years(SecrecyClass.GENERAL));
    }

    @Test
    void todayIsTheDayInTheUnitsTimeZone() {
        Departures departures = configured(3, 2, 1);
        // 17:00 UTC on 30 November is already 1 December in Beijing
        departures.clock = Clock.fixed(Instant.parse("2026-11-30T17:00:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 12, 1), departures.today());
    }
}
