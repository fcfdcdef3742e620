package org.shoumi.portal.security.entity;

/** What a login may do. The names are the Jakarta Security groups and the web.xml role names. */
public enum Role {
    EMPLOYEE, HR, SECRECY_OFFICER, DEPT_HEAD, AUDITOR, ADMIN
}
