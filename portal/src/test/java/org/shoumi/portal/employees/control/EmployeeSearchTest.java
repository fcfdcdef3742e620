package org.shoumi.portal.employees.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EmployeeSearchTest {

    @Test
    void blankFiltersMeanNoFilter() {
        EmployeeSearch s = new EmployeeSearch("  ", "", null, "\t", null, null, null, true, 0, 20);
        assertNull(s.employeeNo());
        assertNull(s.name());
        assertNull(s.postCode());
        assertEquals(EmployeeSearch.SortField.EMPLOYEE_NO, s.sortField());
    }

    /** Found by an outside check: "ＳＭ００２" typed with a Chinese input method found nobody. */
    @Test
    void fullWidthLettersAndDigitsAreReadAsTheUsualOnes() {
        EmployeeSearch s = new EmployeeSearch("　ＳＭ００２　", "李明", null, null, null, null, null, true, 0, 20);
        assertEquals("SM002", s.employeeNo());
        assertEquals("李明", s.name(), "Chinese characters stay as they are");
    }

    @Test
    void filtersAreTrimmedAndCapped() {
        String longText = "张".repeat(500);
        EmployeeSearch s = new EmployeeSearch(" SM01 ", longText, null, null, null, null, null, true, 0, 20);
        assertEquals("SM01", s.employeeNo());
        assertEquals(EmployeeSearch.MAX_FILTER_LENGTH, s.name().length());
    }

    @Test
    void pageBoundsAreSafe() {
        EmployeeSearch s = new EmployeeSearch(null, null, null, null, null, null, null, true, -10, 100_000);
        assertEquals(0, s.first());
        assertEquals(EmployeeSearch.MAX_PAGE_SIZE, s.pageSize());
        assertEquals(20, new EmployeeSearch(null, null, null, null, null, null, null, true, 0, 0).pageSize());
    }

    @Test
    void likeWildcardsInUserInputAreEscaped() {
        assertEquals("%50\\%\\_x\\\\%", EmployeeSearch.containsPattern("50%_X\\"));
        assertEquals("%李%", EmployeeSearch.containsPattern("李"));
    }
}
