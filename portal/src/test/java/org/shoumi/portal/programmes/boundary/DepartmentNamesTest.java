package org.shoumi.portal.programmes.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.programmes.entity.ProgrammeKind;

/**
 * The programme overview and its drill-down name a department in the page's language; a department without an
 * English name shows its Chinese name on an English page instead of an empty cell.
 */
class DepartmentNamesTest {

    private static Progress progress(String nameEn) {
        return new Progress(1, "E1", "张三", "LAB", "第一研究室", nameEn, ProgrammeKind.ONBOARDING,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), null, false, List.of(), null, null, null, null);
    }

    private static PersonRow row(String nameEn) {
        return new PersonRow(1, "E1", "张三", "LAB", "第一研究室", nameEn, ProgrammeKind.ONBOARDING, null,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), null, null, PeopleQuery.State.OPEN, null);
    }

    @Test
    void theOverviewNamesADepartmentWithoutAnEnglishNameInChineseOnAnEnglishPage() {
        assertEquals("第一研究室", progress(null).departmentIn("en"));
        assertEquals("第一研究室", progress("  ").departmentIn("en"));
        assertEquals("Lab One", progress("Lab One").departmentIn("en"));
        assertEquals("第一研究室", progress("Lab One").departmentIn("zh"));
    }

    @Test
    void theDrillDownDoesTheSame() {
        assertEquals("第一研究室", row(null).departmentIn("en"));
        assertEquals("第一研究室", row("").departmentIn("en"));
        assertEquals("Lab One", row("Lab One").departmentIn("en"));
        assertEquals("第一研究室", row("Lab One").departmentIn("zh"));
    }
}
