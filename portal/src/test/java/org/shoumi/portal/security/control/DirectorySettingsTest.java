package org.shoumi.portal.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectorySettingsTest {

    private static Optional<DirectorySettings> parse(Map<String, String> config) {
        return DirectorySettings.parse(k -> Optional.ofNullable(config.get(k)));
    }

    private static Map<String, String> minimal(String url) {
        Map<String, String> config = new HashMap<>();
        config.put("shoumi.portal.ldap.url", url);
        config.put("shoumi.portal.ldap.base-dn", "ou=people,dc=example,dc=org");
        return config;
    }

    @Test
    void offWithoutAUrl() {
        assertTrue(parse(Map.of()).isEmpty());
        assertTrue(parse(Map.of("shoumi.portal.ldap.url", "  ", "shoumi.portal.ldap.base-dn", "dc=x")).isEmpty());
    }

    @Test
    void theDefaultsSuitOpenLdap() {
        DirectorySettings s = parse(minimal("ldap://ldap.example.org")).orElseThrow();
        assertEquals(List.of(new DirectorySettings.Server(false, "ldap.example.org", 389)), s.servers());
        assertEquals("(uid={0})", s.userFilter());
        assertEquals("employeeNumber", s.staffNumberAttribute());
        assertEquals(DirectorySettings.GroupSource.MEMBER_OF, s.groupSource());
        assertEquals("ou=people,dc=example,dc=org", s.groupBaseDn(), "groups are searched under the base by default");
        assertEquals(Duration.ofSeconds(3), s.connectTimeout());
        assertEquals(Duration.ofSeconds(5), s.readTimeout());
        assertFalse(s.startTls());
        assertEquals("", s.bindDn(), "anonymous search unless a search account is set");
    }

    @Test
    void anActiveDirectoryWithTwoControllersOverLdaps() {
        Map<String, String> config = minimal("ldaps://dc1.corp.example.cn, ldaps://dc2.corp.example.cn:3269");
        config.put("shoumi.portal.ldap.user-filter", "(&(objectClass=user)(sAMAccountName={0}))");
        config.put("shoumi.portal.ldap.staff-number-attribute", "employeeID");
        config.put("shoumi.portal.ldap.bind-dn", "CN=svc-portal,OU=Service,DC=corp,DC=example,DC=cn");
        config.put("shoumi.portal.ldap.bind-password", " secret with spaces ");
        config.put("shoumi.portal.ldap.read-timeout-ms", "2500");
        DirectorySettings s = parse(config).orElseThrow();
        assertEquals(List.of(new DirectorySettings.Server(true, "dc1.corp.example.cn", 636),
                new DirectorySettings.Server(true, "dc2.corp.example.cn", 3269)), s.servers());
        assertEquals(" secret with spaces ", s.bindPassword(), "a password is taken as it is");
        assertEquals(Duration.ofMillis(2500), s.readTimeout());
        assertFalse(s.toString().contains("secret"), "the log line never shows the password");
    }

    @Test
    void aGroupSearchForOpenLdapGroupsOfNames() {
        Map<String, String> config = minimal("ldap://ldap.example.org:10389");
        config.put("shoumi.portal.ldap.group-source", "search");
        config.put("shoumi.portal.ldap.group-base-dn", "ou=groups,dc=example,dc=org");
        config.put("shoumi.portal.ldap.start-tls", "true");
        DirectorySettings s = parse(config).orElseThrow();
        assertEquals(DirectorySettings.GroupSource.SEARCH, s.groupSource());
        assertEquals("(member={dn})", s.groupFilter());
        assertTrue(s.startTls());
    }

    @Test
    void wrongValuesNameTheirKey() {
        assertRefused(minimal("http://ldap.example.org"), "url");
        assertRefused(minimal("ldap://"), "url");
        Map<String, String> noBase = minimal("ldap://h");
        noBase.remove("shoumi.portal.ldap.base-dn");
        assertRefused(noBase, "base-dn");
        Map<String, String> filter = minimal("ldap://h");
        filter.put("shoumi.portal.ldap.user-filter", "(uid=admin)");
        assertRefused(filter, "user-filter");
        Map<String, String> timeout = minimal("ldap://h");
        timeout.put("shoumi.portal.ldap.connect-timeout-ms", "0");
        assertRefused(timeout, "connect-timeout-ms");
        Map<String, String> tls = minimal("ldaps://h");
        tls.put("shoumi.portal.ldap.start-tls", "true");
        assertRefused(tls, "start-tls");
        Map<String, String> source = minimal("ldap://h");
        source.put("shoumi.portal.ldap.group-source", "nested");
        assertRefused(source, "group-source");
    }

    private static void assertRefused(Map<String, String> config, String key) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(config));
        assertTrue(e.getMessage().contains("shoumi.portal.ldap." + key), e.getMessage());
    }
}
