package org.shoumi.portal.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The directory client against UnboundID's in-memory directory on a free port: the right password, a wrong one,
 * an unknown name, an injected filter, groups from memberOf and from a group search, a refused search account,
 * a stopped directory and one that does not answer.
 */
class DirectoryClientTest {

    private static final String PEOPLE = "ou=people,dc=example,dc=org";
    private static final String HR = "cn=hr,ou=groups,dc=example,dc=org";

    private InMemoryDirectoryServer directory;
    private int port;

    @BeforeEach
    void start() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=example,dc=org");
        config.addAdditionalBindCredentials("cn=portal,dc=example,dc=org", "search-secret");
        config.setSchema(null); // memberOf, as Active Directory and OpenLDAP's memberof overlay give it
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
        directory = new InMemoryDirectoryServer(config);
        directory.add("dn: dc=example,dc=org", "objectClass: domain", "dc: example");
        directory.add("dn: " + PEOPLE, "objectClass: organizationalUnit", "ou: people");
        directory.add("dn: ou=groups,dc=example,dc=org", "objectClass: organizationalUnit", "ou: groups");
        directory.add("dn: uid=li.ming," + PEOPLE, "objectClass: inetOrgPerson", "uid: li.ming", "cn: 李明",
                "sn: 李", "employeeNumber: SM9001", "userPassword: Directory-Pass-1", "memberOf: " + HR);
        directory.add("dn: uid=wang," + PEOPLE, "objectClass: inetOrgPerson", "uid: wang", "cn: 王", "sn: 王",
                "userPassword: Directory-Pass-2");
        directory.add("dn: " + HR, "objectClass: groupOfNames", "cn: hr", "member: uid=li.ming," + PEOPLE);
        directory.add("dn: cn=all,ou=groups,dc=example,dc=org", "objectClass: groupOfNames", "cn: all",
                "member: uid=li.ming," + PEOPLE, "member: uid=wang," + PEOPLE);
        directory.startListening();
        port = directory.getListenPort();
    }

    @AfterEach
    void stop() {
        directory.shutDown(true);
    }

    private Map<String, String> config(int port) {
        Map<String, String> config = new HashMap<>();
        config.put("shoumi.portal.ldap.url", "ldap://localhost:" + port);
        config.put("shoumi.portal.ldap.base-dn", PEOPLE);
        config.put("shoumi.portal.ldap.bind-dn", "cn=portal,dc=example,dc=org");
        config.put("shoumi.portal.ldap.bind-password", "search-secret");
        config.put("shoumi.portal.ldap.read-timeout-ms", "1500");
        config.put("shoumi.portal.ldap.connect-timeout-ms", "1500");
        return config;
    }

    private static DirectoryClient client(Map<String, String> config) {
        return new DirectoryClient(DirectorySettings.parse(k -> Optional.ofNullable(config.get(k))).orElseThrow());
    }

    @Test
    void theRightPasswordGivesTheStaffNumberAndTheGroups() {
        DirectoryClient.Found found = assertInstanceOf(DirectoryClient.Found.class,
                client(config(port)).authenticate("li.ming", "Directory-Pass-1".toCharArray()));
        assertEquals("uid=li.ming," + PEOPLE, found.dn());
        assertEquals("SM9001", found.staffNumber());
        assertEquals(List.of(HR), found.groups());
    }

    @Test
    void aWrongPasswordAnUnknownNameAndAnEmptyPasswordAreRefused() {
        DirectoryClient client = client(config(port));
        assertInstanceOf(DirectoryClient.WrongPassword.class, client.authenticate("li.ming", "wrong".toCharArray()));
        assertInstanceOf(DirectoryClient.Unknown.class, client.authenticate("nobody", "Directory-Pass-1".toCharArray()));
        assertInstanceOf(DirectoryClient.WrongPassword.class, client.authenticate("li.ming", new char[0]),
                "no anonymous bind through an empty password");
    }

    @Test
    void anInjectedNameFindsNobody() {
        DirectoryClient client = client(config(port));
        assertInstanceOf(DirectoryClient.Unknown.class, client.authenticate("*", "Directory-Pass-1".toCharArray()));
        assertInstanceOf(DirectoryClient.Unknown.class,
                client.authenticate("li.ming)(uid=*", "Directory-Pass-1".toCharArray()));
    }

    @Test
    void groupsFromAGroupSearch() {
        Map<String, String> config = config(port);
        config.put("shoumi.portal.ldap.group-source", "search");
        config.put("shoumi.portal.ldap.group-base-dn", "ou=groups,dc=example,dc=org");
        DirectoryClient.Found found = assertInstanceOf(DirectoryClient.Found.class,
                client(config).authenticate("wang", "Directory-Pass-2".toCharArray()));
        assertEquals(List.of("cn=all,ou=groups,dc=example,dc=org"), found.groups());
        assertEquals(null, found.staffNumber(), "no staff number in the entry");
    }

    @Test
    void aRefusedSearchAccountIsAnUnavailableDirectoryNotAWrongPassword() {
        Map<String, String> config = config(port);
        config.put("shoumi.portal.ldap.bind-password", "changed-by-someone");
        assertInstanceOf(DirectoryClient.Unavailable.class,
                client(config).authenticate("li.ming", "Directory-Pass-1".toCharArray()));
    }

    @Test
    void aStoppedDirectoryIsUnavailable() {
        DirectoryClient client = client(config(port));
        directory.shutDown(true);
        assertInstanceOf(DirectoryClient.Unavailable.class,
                client.authenticate("li.ming", "Directory-Pass-1".toCharArray()));
    }

    @Test
    void theSecondServerAnswersWhenTheFirstIsDown() throws Exception {
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        Map<String, String> config = config(port);
        config.put("shoumi.portal.ldap.url", "ldap://localhost:" + closed + " ldap://localhost:" + port);
        assertInstanceOf(DirectoryClient.Found.class,
                client(config).authenticate("li.ming", "Directory-Pass-1".toCharArray()));
    }

    /** A directory that accepts the connection and never answers: the login ends after the read timeout. */
    @Test
    void aDirectoryThatDoesNotAnswerEndsAfterTheReadTimeout() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (Exception e) {
                    // closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            long start = System.nanoTime();
            assertInstanceOf(DirectoryClient.Unavailable.class,
                    client(config(silent.getLocalPort())).authenticate("li.ming", "Directory-Pass-1".toCharArray()));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(Duration.ofMillis(1400)) > 0 && took.compareTo(Duration.ofSeconds(6)) < 0,
                    "waited about the read timeout (1.5 s), not forever: " + took);
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }
}
