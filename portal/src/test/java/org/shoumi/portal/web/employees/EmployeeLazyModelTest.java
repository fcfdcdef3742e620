package org.shoumi.portal.web.employees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.MatchMode;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.shoumi.portal.employees.control.EmployeeSearch;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

class EmployeeLazyModelTest {

    private static FilterMeta filter(String field, Object value) {
        return FilterMeta.builder().field(field).filterValue(value).matchMode(MatchMode.EXACT).build();
    }

    @Test
    void tableFiltersBecomeSearchFilters() {
        EmployeeSearch s = EmployeeLazyModel.search(Map.of(), Map.of(
                "name", filter("name", "李"),
                "departmentCode", filter("departmentCode", "OFFICE"),
                "secrecyClass", filter("secrecyClass", "CORE"),
                "status", filter("status", "ACTIVE")), 40, 20);
        assertEquals("李", s.name());
        assertEquals("OFFICE", s.departmentCode());
        assertEquals(SecrecyClass.CORE, s.secrecyClass());
        assertEquals(EmployeeStatus.ACTIVE, s.status());
        assertEquals(40, s.first());
    }

    @Test
    void unknownEnumValuesAreIgnoredNotFailed() {
        EmployeeSearch s = EmployeeLazyModel.search(Map.of(),
                Map.of("secrecyClass", filter("secrecyClass", "TOP'; drop table employee;--")), 0, 20);
        assertNull(s.secrecyClass());
    }

    @Test
    void sortColumnAndDirectionAreTaken() {
        SortMeta sort = SortMeta.builder().field("hireDate").order(SortOrder.DESCENDING).build();
        EmployeeSearch s = EmployeeLazyModel.search(Map.of("hireDate", sort), Map.of(), 0, 20);
        assertEquals(EmployeeSearch.SortField.HIRE_DATE, s.sortField());
        assertFalse(s.ascending());
    }

    @Test
    void unknownSortFieldsFallBackToStaffNumber() {
        SortMeta sort = SortMeta.builder().field("passwordHash").order(SortOrder.ASCENDING).build();
        EmployeeSearch s = EmployeeLazyModel.search(Map.of("passwordHash", sort), Map.of(), 0, 20);
        assertEquals(EmployeeSearch.SortField.EMPLOYEE_NO, s.sortField());
    }
}
