/**
 * Who may log in and what they may do: accounts with PBKDF2 password hashes, the six roles (EMPLOYEE, HR,
 * SECRECY_OFFICER, DEPT_HEAD, AUDITOR, ADMIN), form login through Jakarta Security and the lockout of an
 * account after repeated wrong passwords; optionally login with the unit's LDAP or Active Directory, mapped to the
 * roster by staff number and to roles by groups.
 */
package org.shoumi.portal.security;
