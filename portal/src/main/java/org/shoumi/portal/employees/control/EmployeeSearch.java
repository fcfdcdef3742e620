package org.shoumi.portal.employees.control;

import org.shoumi.content.text.Texts;

import java.util.Locale;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * What an HR user asked of the roster: optional filters, one sort column and a page.
 * Built from untrusted table input, so it normalises everything it keeps: text filters are trimmed and
 * capped, blank means "no filter", the page size is bounded and a negative offset becomes 0.
 */
public record EmployeeSearch(String employeeNo, String name, String departmentCode, String postCode,
                             SecrecyClass secrecyClass, EmployeeStatus status,
                             SortField sortField, boolean ascending, int first, int pageSize) {

    public static final int MAX_FILTER_LENGTH = 50;
    public static final int MAX_PAGE_SIZE = 100;

    /** The columns the roster can be sorted by. */
    public enum SortField { EMPLOYEE_NO, NAME, DEPARTMENT, POST, SECRECY_CLASS, STATUS, HIRE_DATE }

    public EmployeeSearch {
        employeeNo = clean(employeeNo);
        name = clean(name);
        departmentCode = clean(departmentCode);
        postCode = clean(postCode);
        sortField = sortField == null ? SortField.EMPLOYEE_NO : sortField;
        first = Math.max(0, first);
        pageSize = pageSize <= 0 ? 20 : Math.min(pageSize, MAX_PAGE_SIZE);
    }

    /** Everyone, first page, by staff number. */
    public static EmployeeSearch all() {
        return new EmployeeSearch(null, null, null, null, null, null, SortField.EMPLOYEE_NO, true, 0, 20);
    }

    /** A LIKE pattern matching the text anywhere, case-insensitively, with LIKE's wildcards escaped by '\'. */
    public static String containsPattern(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /**
     * The filter as typed, half-width ({@link Texts#halfWidth}: an IME's "ＳＭ００２" found nobody, though the import
     * reads it as SM002), without surrounding spaces; null when empty.
     */
    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = Texts.halfWidth(value).strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        return trimmed.length() > MAX_FILTER_LENGTH ? trimmed.substring(0, MAX_FILTER_LENGTH) : trimmed;
    }
}
