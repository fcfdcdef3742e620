package org.shoumi.portal.travel.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Found by an outside check: HR, refused the travel register and its section of the secrecy file, got each person's
 * approved destinations and days from the restrictions API. Only the API token and sessions that read the register
 * get them.
 */
class RestrictionsTripsTest {

    @Test
    void approvedTripsGoToTheTokenAndToTheRegistersReadersOnly() {
        assertTrue(RestrictionsResource.showsTrips(false, false), "the API token of other systems");
        assertTrue(RestrictionsResource.showsTrips(true, true), "a secrecy officer's or auditor's session");
        assertFalse(RestrictionsResource.showsTrips(true, false), "an HR session");
    }
}
