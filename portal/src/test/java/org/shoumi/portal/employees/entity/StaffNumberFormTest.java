package org.shoumi.portal.employees.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StaffNumberFormTest {

    private static final Pattern RULE = Pattern.compile(StaffNumber.PATTERN);

    @Test
    void aStaffNumberIsStoredInCapitalsHalfWidthAndTrimmed() {
        assertEquals("SM031", Employee.canonicalNumber(" sm031 "));
        assertEquals("SM031", Employee.canonicalNumber("ＳＭ０３１"));
        assertEquals("HR-7", Employee.canonicalNumber("hr-7"));
        assertNull(Employee.canonicalNumber(null));
    }

    /** Found by an outside check: the hire form took "-1" and "0" as staff numbers. */
    @Test
    void aStaffNumberIsLettersDigitsDashesAndUnderscoresFromALetterOrDigitAndNotZerosAlone() {
        for (String good : List.of("SM001", "SM030", "HR-7", "HR_7", "7", "0001", "A", "SM0", "x-_y",
                "12345678901234567890")) {
            assertTrue(RULE.matcher(good).matches(), good);
        }
        for (String bad : List.of("-1", "_1", "0", "000", "SM 1", "SM#1", "SM/1", "工号1", "+1", "")) {
            assertFalse(RULE.matcher(bad).matches(), bad);
        }
    }

    /**
     * Found by a second outside check: "0-0", "0_0", "0-", "0--0" and "SM-" were hired. A staff number has a letter
     * or a digit other than 0, and ends with a letter or a digit; dashes and underscores stay allowed inside.
     */
    @Test
    void aStaffNumberHasALetterOrANonZeroDigitAndEndsWithALetterOrDigit() {
        for (String bad : List.of("0-0", "0_0", "0-", "0--0", "SM-", "SM_", "0-_-0", "00_", "7-", "A_")) {
            assertFalse(RULE.matcher(bad).matches(), bad);
        }
        for (String good : List.of("0-1", "1-0", "0_A", "A-0", "SM-1", "S--M", "10", "0A", "SM001", "00000000000000000009")) {
            assertTrue(RULE.matcher(good).matches(), good);
        }
        assertFalse(RULE.matcher(Employee.canonicalNumber("０－０")).matches(), "full-width, made half-width first");
    }
}
