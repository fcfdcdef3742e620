package org.shoumi.portal.training.boundary;

import org.shoumi.portal.organisation.entity.CodedName;

/**
 * One person a rule or duty document concerns: whether they acknowledged the version required now, and the newest
 * version they acknowledged (0: none).
 */
public record ReaderRow(String employeeNo, String name, String departmentCode, String departmentName,
                        String departmentNameEn, int acknowledgedVersion, boolean done) {

    public String getEmployeeNo() {
        return employeeNo;
    }

    public String getName() {
        return name;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String departmentIn(String language) {
        return CodedName.in(language, departmentName, departmentNameEn);
    }

    public int getAcknowledgedVersion() {
        return acknowledgedVersion;
    }

    public boolean isDone() {
        return done;
    }
}
