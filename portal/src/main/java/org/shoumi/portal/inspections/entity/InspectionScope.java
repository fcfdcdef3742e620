package org.shoumi.portal.inspections.entity;

/** Who answers a round: every secret-related person in post (个人自查), or each department (部门自查). */
public enum InspectionScope {
    PERSONAL, DEPARTMENT
}
