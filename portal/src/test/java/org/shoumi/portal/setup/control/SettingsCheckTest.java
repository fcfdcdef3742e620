package org.shoumi.portal.setup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsCheckTest {

    private static List<SettingsCheck.Problem> check(Map<String, String> settings) {
        return SettingsCheck.problems(key -> Optional.ofNullable(settings.get(key)));
    }

    @Test
    void theDefaultsAndGoodValuesPass() {
        assertEquals(List.of(), check(Map.of()));
        assertEquals(List.of(), check(Map.of("shoumi.unit.zone", "Asia/Shanghai", "portal.db", "postgresql",
                "shoumi.portal.url", "https://portal.example.cn/portal/", "metrics.login", "on",
                "shoumi.portal.api.token", "x".repeat(24))));
        assertEquals(List.of(), check(Map.of("portal.db", "Derby", "shoumi.portal.url", " ", "metrics.login", "off")));
    }

    @Test
    void anUnknownZoneStopsTheStartNamingTheKeyItsVariableAndTheValue() {
        List<SettingsCheck.Problem> found = check(Map.of("shoumi.unit.zone", "Mars/Base"));
        assertEquals(1, found.size());
        assertTrue(found.get(0).fatal());
        assertTrue(found.get(0).text().startsWith("shoumi.unit.zone (SHOUMI_UNIT_ZONE) = \"Mars/Base\""),
                found.get(0).text());
    }

    @Test
    void aMistypedDatabaseAndAnAddressThatIsNoWebAddressStopTheStart() {
        List<SettingsCheck.Problem> found = check(Map.of("portal.db", "postgres", "shoumi.portal.url", "not a url"));
        assertEquals(List.of("portal.db", "shoumi.portal.url"), found.stream().map(SettingsCheck.Problem::key).toList());
        assertTrue(found.stream().allMatch(SettingsCheck.Problem::fatal));
        assertTrue(found.get(0).text().contains("PORTAL_DB") && found.get(0).text().contains("derby or postgresql"));
        assertEquals(1, check(Map.of("shoumi.portal.url", "ftp://host/portal/")).size());
        assertEquals(1, check(Map.of("shoumi.portal.url", "portal.example.cn/portal/")).size(), "no scheme");
    }

    @Test
    void aShortTokenAndAMetricsLoginOtherThanOnOrOffAreSaidButDoNotStopTheStart() {
        List<SettingsCheck.Problem> found = check(Map.of("shoumi.portal.api.token", "short-token-123",
                "metrics.login", "yes"));
        assertEquals(2, found.size());
        assertFalse(found.stream().anyMatch(SettingsCheck.Problem::fatal));
        assertTrue(found.get(0).text().contains("15 characters") && found.get(0).text().contains("401"),
                found.get(0).text());
        assertTrue(found.get(1).text().contains("METRICS_LOGIN") && found.get(1).text().contains("\"yes\""));
    }
}
