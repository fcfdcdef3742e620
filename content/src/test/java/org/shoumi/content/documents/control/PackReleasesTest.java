package org.shoumi.content.documents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.content.documents.control.PackReleases.Outcome;
import org.shoumi.content.documents.control.PackReleases.Release;
import org.shoumi.content.documents.control.PackReleases.Stored;

class PackReleasesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Stored SHIPPED_1 = new Stored(1, LocalDate.of(2026, 1, 1), PackReleases.PACK_PUBLISHER);

    @Test
    void aLaterWordingFixOfAShippedDocumentIsTakenFromTodayAtTheEarliest() {
        assertEquals(new Release(Outcome.TAKEN, TODAY),
                PackReleases.take(2, LocalDate.of(2026, 12, 1), false, List.of(SHIPPED_1), TODAY),
                "a day past: today");
        assertEquals(new Release(Outcome.TAKEN, LocalDate.of(2027, 1, 1)),
                PackReleases.take(2, LocalDate.of(2027, 1, 1), false, List.of(SHIPPED_1), TODAY), "a day to come");
        Stored scheduled = new Stored(2, LocalDate.of(2027, 2, 1), PackReleases.PACK_PUBLISHER);
        assertEquals(new Release(Outcome.TAKEN, LocalDate.of(2027, 2, 1)),
                PackReleases.take(3, TODAY, false, List.of(SHIPPED_1, scheduled), TODAY),
                "not in force before the version it follows");
    }

    @Test
    void theSameOrAnEarlierVersionIsKnown() {
        assertEquals(Outcome.KNOWN, PackReleases.take(1, TODAY, false, List.of(SHIPPED_1), TODAY).outcome());
        assertEquals(Outcome.KNOWN, PackReleases.take(1, TODAY, false,
                List.of(SHIPPED_1, new Stored(2, TODAY, "officer")), TODAY).outcome());
    }

    @Test
    void theUnitsOwnVersionStandsAndAMaterialChangeIsLeftToAnOfficer() {
        assertEquals(Outcome.UNITS_OWN, PackReleases.take(3, TODAY, false,
                List.of(SHIPPED_1, new Stored(2, TODAY, "officer")), TODAY).outcome());
        assertEquals(Outcome.MATERIAL, PackReleases.take(2, TODAY, true, List.of(SHIPPED_1), TODAY).outcome());
    }
}
