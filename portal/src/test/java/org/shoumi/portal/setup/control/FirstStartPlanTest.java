package org.shoumi.portal.setup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.setup.control.FirstStartPlan.Mode;
import org.shoumi.portal.setup.control.FirstStartPlan.Step;

class FirstStartPlanTest {

    @Test
    void demoModeLoadsTheDemoUnitIntoAnEmptyRosterOnly() {
        assertEquals(Set.of(Step.LOAD_DEMO_UNIT), FirstStartPlan.steps(Mode.DEMO, 0, 0, false));
        assertEquals(Set.of(), FirstStartPlan.steps(Mode.DEMO, 30, 6, false));
    }

    @Test
    void productionNeverLoadsDemoData() {
        assertEquals(Set.of(), FirstStartPlan.steps(Mode.PRODUCTION, 0, 0, false));
        assertEquals(Set.of(Step.OPEN_INITIAL_ADMIN), FirstStartPlan.steps(Mode.PRODUCTION, 0, 0, true));
    }

    @Test
    void theInitialAdminIsOpenedOnlyWhenNoLoginExists() {
        assertEquals(Set.of(), FirstStartPlan.steps(Mode.PRODUCTION, 100, 1, true));
    }

    @Test
    void modeIsReadLeniently() {
        assertEquals(Mode.DEMO, FirstStartPlan.mode(" Demo "));
        assertEquals(Mode.PRODUCTION, FirstStartPlan.mode("PRODUCTION"));
        assertThrows(IllegalArgumentException.class, () -> FirstStartPlan.mode("prod"));
        assertThrows(IllegalArgumentException.class, () -> FirstStartPlan.mode(null));
    }
}
