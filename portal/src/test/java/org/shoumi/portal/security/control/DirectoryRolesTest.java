package org.shoumi.portal.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.security.entity.Role;

class DirectoryRolesTest {

    private static DirectoryRoles parse(Map<String, String> config) {
        return DirectoryRoles.parse(k -> Optional.ofNullable(config.get(k)));
    }

    @Test
    void everyMappedPersonIsAnEmployeeAndGroupsAddRoles() {
        DirectoryRoles roles = parse(Map.of(
                "shoumi.portal.ldap.roles.HR", "cn=hr,ou=groups,dc=example,dc=org",
                "shoumi.portal.ldap.roles.SECRECY_OFFICER",
                "cn=secrecy,ou=groups,dc=example,dc=org; cn=secrecy-deputies,ou=groups,dc=example,dc=org"));
        assertEquals(Set.of(Role.EMPLOYEE), roles.rolesFor(List.of()));
        assertEquals(Set.of(Role.EMPLOYEE, Role.HR), roles.rolesFor(List.of("cn=hr,ou=groups,dc=example,dc=org")));
        assertEquals(Set.of(Role.EMPLOYEE, Role.SECRECY_OFFICER),
                roles.rolesFor(List.of("cn=secrecy-deputies,ou=groups,dc=example,dc=org")),
                "several groups may give one role");
        assertEquals(Set.of(Role.EMPLOYEE), roles.rolesFor(List.of("cn=other,ou=groups,dc=example,dc=org")));
    }

    @Test
    void groupsCompareWithoutCaseOrSpacesAsDirectoriesWriteThem() {
        DirectoryRoles roles = parse(Map.of("shoumi.portal.ldap.roles.AUDITOR", "CN=Auditors,OU=Groups,DC=corp,DC=cn"));
        assertEquals(Set.of(Role.EMPLOYEE, Role.AUDITOR), roles.rolesFor(List.of("cn=auditors, ou=groups, dc=corp, dc=cn")));
    }

    @Test
    void theDefaultRolesAreConfigurable() {
        DirectoryRoles none = parse(Map.of("shoumi.portal.ldap.default-roles", "",
                "shoumi.portal.ldap.roles.EMPLOYEE", "cn=staff,dc=x"));
        assertEquals(Set.of(), none.rolesFor(List.of("cn=other,dc=x")), "only members of the staff group get in");
        assertEquals(Set.of(Role.EMPLOYEE), none.rolesFor(List.of("cn=staff,dc=x")));
    }

    @Test
    void wrongValuesNameTheirKey() {
        IllegalArgumentException role = assertThrows(IllegalArgumentException.class,
                () -> parse(Map.of("shoumi.portal.ldap.default-roles", "EMPLOYEE,BOSS")));
        assertTrue(role.getMessage().contains("default-roles") && role.getMessage().contains("BOSS"), role.getMessage());
        IllegalArgumentException dn = assertThrows(IllegalArgumentException.class,
                () -> parse(Map.of("shoumi.portal.ldap.roles.HR", "not a dn")));
        assertTrue(dn.getMessage().contains("roles.HR"), dn.getMessage());
    }
}
