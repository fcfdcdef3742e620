package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordChangeFilterTest {

    @Test
    void everyPageIsHeldBack() {
        assertTrue(PasswordChangeFilter.heldBack("/index.xhtml"));
        assertTrue(PasswordChangeFilter.heldBack("/quizzes/take.xhtml"));
        assertTrue(PasswordChangeFilter.heldBack("/employees/hire.xhtml"));
        assertTrue(PasswordChangeFilter.heldBack("/"), "the welcome page");
        assertTrue(PasswordChangeFilter.heldBack(""), "the welcome page");
        assertTrue(PasswordChangeFilter.heldBack("/account/other.xhtml"));
    }

    @Test
    void thePasswordPageTheLoginPageResourcesLogoutAndTheApiPass() {
        assertFalse(PasswordChangeFilter.heldBack("/account/password.xhtml"));
        assertFalse(PasswordChangeFilter.heldBack("/login.xhtml"));
        assertFalse(PasswordChangeFilter.heldBack("/jakarta.faces.resource/theme.css.xhtml"));
        assertFalse(PasswordChangeFilter.heldBack("/api/restrictions/SM002"));
        assertFalse(PasswordChangeFilter.heldBack("/logout"));
        assertFalse(PasswordChangeFilter.heldBack("/language"));
    }

    /**
     * Found by an outside check: with the first password HR handed over, /my-record gave the person's secrecy file
     * (and an HR or auditor login's /records/inspection everyone's records) before the password was changed.
     */
    @Test
    void downloadsAreHeldBackLikePages() {
        assertTrue(PasswordChangeFilter.heldBack("/pledges/pdf"));
        assertTrue(PasswordChangeFilter.heldBack("/my-record"));
        assertTrue(PasswordChangeFilter.heldBack("/records/inspection"));
        assertTrue(PasswordChangeFilter.heldBack("/programmes/people.csv"));
        assertTrue(PasswordChangeFilter.heldBack("/incidents/attachment"));
    }
}
