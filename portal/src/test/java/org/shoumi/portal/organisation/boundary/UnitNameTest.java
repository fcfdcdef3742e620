package org.shoumi.portal.organisation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitNameTest {

    @Test
    void theConfiguredNameIsPrinted() {
        assertEquals("某市档案局", UnitName.of(Optional.of(" 某市档案局 "), "production"));
        assertEquals("某市档案局", UnitName.of(Optional.of("某市档案局"), "demo"));
    }

    @Test
    void withoutOneTheDemoNamesItsDemoUnitAndProductionSaysThisUnit() {
        assertEquals(UnitName.DEMO, UnitName.of(Optional.empty(), "demo"));
        assertEquals(UnitName.DEMO, UnitName.of(Optional.of("  "), "demo"));
        assertEquals("本单位", UnitName.of(Optional.empty(), "production"));
    }
}
