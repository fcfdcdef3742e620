package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StaticResourcesTest {

    @Test
    void onlyStaticResourcesMayBeStoredByTheBrowser() {
        assertTrue(StaticResources.is("/jakarta.faces.resource/core.js.xhtml"));
        assertTrue(StaticResources.is("/resources/css/shoumi.css"));
        assertFalse(StaticResources.is("/employees/import.xhtml"));
        assertFalse(StaticResources.is("/records/file"));
        assertFalse(StaticResources.is("/api/restrictions/SM002"));
    }
}
