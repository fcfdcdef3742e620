package org.shoumi.portal.employees.entity;

/** Where a person stands: hired but not yet in post (待上岗), in post (在岗), left the post (离岗) or the unit (离职). */
public enum EmployeeStatus {
    ONBOARDING, ACTIVE, LEFT_POST, LEFT_UNIT
}
