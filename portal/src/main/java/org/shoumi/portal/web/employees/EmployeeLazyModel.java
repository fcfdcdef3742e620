package org.shoumi.portal.web.employees;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.control.EmployeeSearch;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

/** Turns the data table's filter and sort state into a roster search run in the database. */
public class EmployeeLazyModel extends LazyDataModel<EmployeeRow> {

    private static final long serialVersionUID = 1L;

    private final Employees employees;

    public EmployeeLazyModel(Employees employees) {
        this.employees = employees;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) employees.count(search(Map.of(), filterBy, 0, 1));
    }

    @Override
    public List<EmployeeRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> filterBy) {
        return employees.page(search(sortBy, filterBy, first, pageSize));
    }

    @Override
    public String getRowKey(EmployeeRow row) {
        return row.getEmployeeNo();
    }

    @Override
    public EmployeeRow getRowData(String rowKey) {
        return employees.byNumber(rowKey).orElse(null);
    }

    /** Column field names, as used in the page, to search filters and sort columns. Unknown fields are ignored. */
    static EmployeeSearch search(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy,
                                 int first, int pageSize) {
        EmployeeSearch.SortField sortField = EmployeeSearch.SortField.EMPLOYEE_NO;
        boolean ascending = true;
        for (SortMeta sort : sortBy.values()) {
            EmployeeSearch.SortField field = sortField(sort.getField());
            if (field != null && sort.getOrder() != SortOrder.UNSORTED) {
                sortField = field;
                ascending = sort.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        return new EmployeeSearch(text(filterBy, "employeeNo"), text(filterBy, "name"),
                text(filterBy, "departmentCode"), text(filterBy, "postCode"),
                enumValue(SecrecyClass.class, text(filterBy, "secrecyClass")),
                enumValue(EmployeeStatus.class, text(filterBy, "status")),
                sortField, ascending, first, pageSize);
    }

    private static EmployeeSearch.SortField sortField(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "employeeNo" -> EmployeeSearch.SortField.EMPLOYEE_NO;
            case "name" -> EmployeeSearch.SortField.NAME;
            case "departmentCode" -> EmployeeSearch.SortField.DEPARTMENT;
            case "postCode" -> EmployeeSearch.SortField.POST;
            case "secrecyClass" -> EmployeeSearch.SortField.SECRECY_CLASS;
            case "status" -> EmployeeSearch.SortField.STATUS;
            case "hireDate" -> EmployeeSearch.SortField.HIRE_DATE;
            default -> null;
        };
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null ? null : value.toString();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
