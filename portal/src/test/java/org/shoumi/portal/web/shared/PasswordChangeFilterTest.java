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
    void thePasswordPageTheLoginPageResourcesDownloadsAndTheApiPass() {
        assertFalse(PasswordChangeFilter.heldBack("/account/password.xhtml"));
        assertFalse(PasswordChangeFilter.heldBack("/login.xhtml"));
        assertFalse(PasswordChangeFilter.heldBack("/jakarta.faces.resource/theme.css.xhtml"));
        assertFalse(PasswordChangeFilter.heldBack("/pledges/pdf"));
        assertFalse(PasswordChangeFilter.heldBack("/my-record"));
        assertFalse(PasswordChangeFilter.heldBack("/api/restrictions/SM002"));
    }
}
