package org.shoumi.portal.inspections.entity;

/**
 * Who answers a round: every secret-related person in post (个人自查), each department (部门自查), or the secrecy office
 * inspecting the departments it chose (保密办检查): the officer who opens it fills in the checklist for each, and what
 * is found goes to the department to remediate.
 */
public enum InspectionScope {
    PERSONAL, DEPARTMENT, OFFICE
}
