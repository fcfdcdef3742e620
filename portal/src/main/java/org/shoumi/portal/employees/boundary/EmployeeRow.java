package org.shoumi.portal.employees.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.CodedName;

/**
 * One line of the roster, fully loaded: the view never touches a lazy association.
 * A class with getters rather than a record, because Jakarta EL 5 does not read record components.
 */
public final class EmployeeRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String employeeNo;
    private final String name;
    private final String departmentCode;
    private final String departmentName;
    private final String departmentNameEn;
    private final String postCode;
    private final String postName;
    private final String postNameEn;
    private final SecrecyClass secrecyClass;
    private final EmployeeStatus status;
    private final LocalDate hireDate;

    public EmployeeRow(long id, String employeeNo, String name,
                       String departmentCode, String departmentName, String departmentNameEn,
                       String postCode, String postName, String postNameEn,
                       SecrecyClass secrecyClass, EmployeeStatus status, LocalDate hireDate) {
        this.id = id;
        this.employeeNo = employeeNo;
        this.name = name;
        this.departmentCode = departmentCode;
        this.departmentName = departmentName;
        this.departmentNameEn = departmentNameEn;
        this.postCode = postCode;
        this.postName = postName;
        this.postNameEn = postNameEn;
        this.secrecyClass = secrecyClass;
        this.status = status;
        this.hireDate = hireDate;
    }

    public String departmentIn(String language) {
        return CodedName.in(language, departmentName, departmentNameEn);
    }

    public String postIn(String language) {
        return CodedName.in(language, postName, postNameEn);
    }

    public long getId() {
        return id;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public String getName() {
        return name;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getPostCode() {
        return postCode;
    }

    public SecrecyClass getSecrecyClass() {
        return secrecyClass;
    }

    public EmployeeStatus getStatus() {
        return status;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }
}
