package it.org.shoumi.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import it.org.shoumi.portal.TestData;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.boundary.PasswordChangeOutcome;
import org.shoumi.portal.security.entity.Account;
import org.shoumi.portal.security.entity.AccountChange;
import org.shoumi.portal.security.entity.Role;

/**
 * Directory login through the real login form, against UnboundID's in-memory directory that this test starts
 * inside the test server on the fixed port the test server's configuration points at (10389, see
 * {@code src/test/liberty/configDropins/overrides/test-settings.xml}). Each test makes its own roster people
 * (unique staff numbers) and directory entries; the directory runs only while a test of this class runs, so
 * the other tests see a directory that is down, which must not disturb their local logins.
 */
class DirectoryLoginIT extends FromInside {

    static final int PORT = 10389;
    static final String BASE = "dc=shoumi-it,dc=example";
    static final String PEOPLE = "ou=people," + BASE;
    static final String GROUPS = "ou=groups," + BASE;
    static final String HR = "cn=hr," + GROUPS;
    static final String SECRECY_DEPUTIES = "cn=secrecy-deputies," + GROUPS;
    static final String DIRECTORY_PASSWORD = "Directory-Pass-7";
    static final String LOCAL_PASSWORD = "Local-Password-7";

    @Inject
    Accounts accounts;

    @Inject
    TestData data;

    @Inject
    HttpServletRequest request;

    private InMemoryDirectoryServer directory;
    private String tail;
    private Department department;
    private Post post;

    @BeforeEach
    void startDirectory() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.addAdditionalBindCredentials("cn=portal," + BASE, "it-search-secret");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", PORT));
        directory = new InMemoryDirectoryServer(config);
        directory.add("dn: " + BASE, "objectClass: domain", "dc: shoumi-it");
        directory.add("dn: " + PEOPLE, "objectClass: organizationalUnit", "ou: people");
        directory.add("dn: " + GROUPS, "objectClass: organizationalUnit", "ou: groups");
        // groupOfNames needs a member: the search account stands in for an empty group
        directory.add("dn: " + HR, "objectClass: groupOfNames", "cn: hr", "member: cn=portal," + BASE);
        directory.add("dn: " + SECRECY_DEPUTIES, "objectClass: groupOfNames", "cn: secrecy-deputies",
                "member: cn=portal," + BASE);
        directory.startListening();

        String id = Long.toString(System.nanoTime(), 36).toUpperCase();
        tail = id.substring(Math.max(0, id.length() - 8));
        department = new Department("LDAP_" + tail, "目录测试部门" + tail, "Directory test " + tail);
        post = data.inTransaction(em -> em.createNamedQuery(Post.ALL, Post.class).setMaxResults(1).getSingleResult());
        data.persist(department);
    }

    @AfterEach
    void stopDirectory() {
        directory.shutDown(true);
    }

    private PortalClient browser() {
        return new PortalClient(portalAddress(request));
    }

    /** A person on the roster; returns the staff number. */
    private String person(String suffix, EmployeeStatus status) {
        String no = "D" + tail + "-" + suffix;
        data.persist(new Employee(no, "目录" + suffix, department, post, SecrecyClass.GENERAL, status, LocalDate.now()));
        return no;
    }

    /** A person in the directory with this staff number (null: none) and these groups; returns the login name. */
    private String entry(String prefix, String staffNumber, String... groups) throws Exception {
        String uid = Deployments.uniqueName(prefix);
        List<String> lines = new ArrayList<>(List.of("dn: uid=" + uid + "," + PEOPLE, "objectClass: inetOrgPerson",
                "uid: " + uid, "cn: " + uid, "sn: " + uid, "userPassword: " + DIRECTORY_PASSWORD));
        if (staffNumber != null) {
            lines.add("employeeNumber: " + staffNumber);
        }
        directory.add(lines.toArray(String[]::new));
        for (String group : groups) {
            directory.modify(group, new Modification(ModificationType.ADD, "member", "uid=" + uid + "," + PEOPLE));
        }
        return uid;
    }

    private Account account(String name) {
        return accounts.find(name).orElseThrow();
    }

    private List<AccountChange> changes(String name) {
        return data.inTransaction(em -> em.createNamedQuery(AccountChange.OF_USERNAME, AccountChange.class)
                .setParameter("username", name).getResultList());
    }

    private static boolean onLoginPage(Page page) {
        return page.uri().getPath().endsWith("/login.xhtml");
    }

    @Test
    void aDirectoryUserLogsInWithTheRolesOfTheirGroups() throws Exception {
        String no = person("1", EmployeeStatus.ACTIVE);
        String name = entry("dir", no, HR, SECRECY_DEPUTIES);
        PortalClient browser = browser();
        Page home = browser.login(name, DIRECTORY_PASSWORD);
        assertTrue(home.uri().getPath().endsWith("/index.xhtml"), home.uri() + " " + home.body().length());
        assertTrue(home.contains("当前用户：" + name));
        assertEquals(200, browser.get("employees/list.xhtml").status(), "HR's roster: the hr group gives HR");

        Account account = account(name);
        assertTrue(account.isDirectory());
        assertEquals("uid=" + name + "," + PEOPLE, account.getDirectoryDn());
        assertEquals(EnumSet.of(Role.EMPLOYEE, Role.HR, Role.SECRECY_OFFICER), account.getRoles());
        assertEquals(no, data.inTransaction(em -> em.find(Account.class, account.getId()).getEmployee().getEmployeeNo()));
        assertTrue(account.getLastLogin() != null, "the login is recorded, dated");
        assertEquals(List.of(AccountChange.Kind.DIRECTORY_LINKED), changes(name).stream().map(AccountChange::getKind).toList());
        assertEquals(PasswordChangeOutcome.Status.DIRECTORY, accounts.changePassword(name,
                DIRECTORY_PASSWORD.toCharArray(), "Another-Pass-9".toCharArray()).status(),
                "the password is the directory's; the portal does not change it");

        // the person leaves both groups: the next login has the employee role only, and the change is kept
        directory.modify(HR, new Modification(ModificationType.DELETE, "member", "uid=" + name + "," + PEOPLE));
        directory.modify(SECRECY_DEPUTIES, new Modification(ModificationType.DELETE, "member",
                "uid=" + name + "," + PEOPLE));
        PortalClient again = browser();
        assertFalse(onLoginPage(again.login(name, DIRECTORY_PASSWORD)));
        assertEquals(403, again.get("employees/list.xhtml").status(), "no HR or officer role any more");
        assertEquals(EnumSet.of(Role.EMPLOYEE), account(name).getRoles());
        AccountChange roles = changes(name).get(changes(name).size() - 1);
        assertEquals(AccountChange.Kind.DIRECTORY_ROLES, roles.getKind());
        assertEquals("EMPLOYEE,HR,SECRECY_OFFICER", roles.getOldRoles());
        assertEquals("EMPLOYEE", roles.getNewRoles());
        assertEquals("directory", roles.getBy());
    }

    @Test
    void aWrongDirectoryPasswordIsRefusedLikeAWrongLocalOne() throws Exception {
        String name = entry("wrong", person("2", EmployeeStatus.ACTIVE));
        Page refused = browser().login(name, "not-the-password");
        assertTrue(onLoginPage(refused));
        assertTrue(refused.contains("用户名或密码错误"));
        assertFalse(refused.contains("目录服务"), "the directory answered: no outage note");
        assertTrue(accounts.find(name).isEmpty(), "no account for a refused login");
        Page unknown = browser().login(Deployments.uniqueName("nobody"), DIRECTORY_PASSWORD);
        assertTrue(unknown.contains("用户名或密码错误"), "a name nobody has answers the same");
    }

    @Test
    void aStaffNumberThatIsNotOnTheRosterIsRefusedWithAClearMessage() throws Exception {
        String name = entry("stranger", "D" + tail + "-NOT-HIRED");
        Page refused = browser().login(name, DIRECTORY_PASSWORD);
        assertTrue(onLoginPage(refused));
        assertTrue(refused.contains("没有本门户人员名册上的工号"), "says why");
        assertFalse(refused.contains("用户名或密码错误"), "the password was right; the page does not say otherwise");
        assertTrue(accounts.find(name).isEmpty(), "no account is opened");

        String noNumber = entry("nonumber", null);
        assertTrue(browser().login(noNumber, DIRECTORY_PASSWORD).contains("没有本门户人员名册上的工号"),
                "an entry without a staff number is refused the same way");
        PortalClient english = browser();
        english.get("login.xhtml?lang=en");
        assertTrue(english.login(name, DIRECTORY_PASSWORD).contains("has no staff number that is on this portal"),
                "in the user's language");
    }

    @Test
    void aLeaverIsRefused() throws Exception {
        String name = entry("leaver", person("3", EmployeeStatus.LEFT_UNIT), HR);
        Page refused = browser().login(name, DIRECTORY_PASSWORD);
        assertTrue(onLoginPage(refused));
        assertTrue(refused.contains("您已离职或门户登录已被停用"), "says why");
        assertTrue(accounts.find(name).isEmpty());
    }

    private Employee employee(String staffNumber) {
        return data.inTransaction(em -> em.createQuery("select e from Employee e where e.employeeNo = :no",
                Employee.class).setParameter("no", staffNumber).getSingleResult());
    }

    /**
     * A unit moving to its directory: the person's local login of another name is taken over by their directory
     * login. One account, which keeps its name (the records name it); the old password no longer opens it.
     */
    @Test
    void aDirectoryLoginTakesOverThePersonsLocalLoginOfAnotherName() throws Exception {
        String no = person("7", EmployeeStatus.ACTIVE);
        String local = Deployments.uniqueName("old");
        accounts.create(local, LOCAL_PASSWORD.toCharArray(), Set.of(Role.EMPLOYEE), employee(no));
        String name = entry("new", no, HR);

        PortalClient browser = browser();
        Page home = browser.login(name, DIRECTORY_PASSWORD);
        assertTrue(home.uri().getPath().endsWith("/index.xhtml"), home.uri().toString());
        assertTrue(home.contains("当前用户：" + local), "the session is the person's account, under its own name");
        assertEquals(200, browser.get("employees/list.xhtml").status(), "the roles of the directory's groups");
        assertTrue(accounts.find(name).isEmpty(), "no second account for the person");
        Account account = account(local);
        assertTrue(account.isDirectory());
        assertEquals(name, account.getDirectoryLogin());
        assertEquals(EnumSet.of(Role.EMPLOYEE, Role.HR), account.getRoles());
        AccountChange takeover = changes(local).get(changes(local).size() - 1);
        assertEquals(AccountChange.Kind.DIRECTORY_TAKEOVER, takeover.getKind());
        assertEquals("directory", takeover.getBy());
        assertEquals("EMPLOYEE", takeover.getOldRoles());
        assertEquals("EMPLOYEE,HR", takeover.getNewRoles());
        assertTrue(takeover.getReason().contains(name), "the record names the directory login: " + takeover.getReason());

        Page old = browser().login(local, LOCAL_PASSWORD);
        assertTrue(onLoginPage(old) && old.contains("用户名或密码错误"), "the old local password no longer opens it");
        assertFalse(onLoginPage(browser().login(name, DIRECTORY_PASSWORD)), "the directory login goes on");
        assertEquals(1, changes(local).stream().filter(c -> c.getKind() == AccountChange.Kind.DIRECTORY_TAKEOVER)
                .count(), "taken over once");
        var signature = accounts.authenticate(local, DIRECTORY_PASSWORD.toCharArray());
        assertTrue(signature.succeeded(), "a signature's password check asks the directory under its name");
        assertEquals(local, signature.username());
        for (int i = 0; i < 3; i++) {
            browser().login(name, "not-the-password");
        }
        assertEquals(3, account(local).getFailedLogins(), "wrong directory passwords count on the account");
    }

    /** An administrator's local login is never taken over: it stays the break-glass login. */
    @Test
    void anAdministratorsLocalLoginIsNotTakenOver() throws Exception {
        String no = person("8", EmployeeStatus.ACTIVE);
        String local = Deployments.uniqueName("admin");
        accounts.create(local, LOCAL_PASSWORD.toCharArray(), Set.of(Role.EMPLOYEE, Role.ADMIN), employee(no));
        String name = entry("adm", no, HR);
        Page refused = browser().login(name, DIRECTORY_PASSWORD);
        assertTrue(onLoginPage(refused));
        assertTrue(refused.contains("您的工号已有另一个门户登录名"), "says why");
        assertFalse(account(local).isDirectory());
        assertFalse(onLoginPage(browser().login(local, LOCAL_PASSWORD)), "the local password still opens it");
    }

    /** A local account of a name the directory also has: the local password logs in, the directory's does not. */
    @Test
    void aLocalAccountWinsOverTheDirectoryAndLocalLoginsGoOn() throws Exception {
        String name = entry("both", person("4", EmployeeStatus.ACTIVE), HR);
        accounts.create(name, LOCAL_PASSWORD.toCharArray(), Set.of(Role.EMPLOYEE), null);
        assertFalse(onLoginPage(browser().login(name, LOCAL_PASSWORD)), "the local password");
        Page directoryPassword = browser().login(name, DIRECTORY_PASSWORD);
        assertTrue(onLoginPage(directoryPassword) && directoryPassword.contains("用户名或密码错误"),
                "the directory is not asked for a local name");
        assertFalse(account(name).isDirectory());

        String local = Deployments.uniqueName("local");
        accounts.create(local, LOCAL_PASSWORD.toCharArray(), Set.of(Role.EMPLOYEE), null);
        assertFalse(onLoginPage(browser().login(local, LOCAL_PASSWORD)));
    }

    @Test
    void aStoppedDirectoryGivesDirectoryUsersAClearMessageAndLocalUsersStillLogIn() throws Exception {
        String name = entry("down", person("5", EmployeeStatus.ACTIVE));
        assertFalse(onLoginPage(browser().login(name, DIRECTORY_PASSWORD)), "logs in while the directory is up");
        String local = Deployments.uniqueName("local");
        accounts.create(local, LOCAL_PASSWORD.toCharArray(), Set.of(Role.EMPLOYEE), null);

        directory.shutDown(true);
        Page down = browser().login(name, DIRECTORY_PASSWORD);
        assertTrue(onLoginPage(down));
        assertTrue(down.contains("暂时无法连接单位目录服务"), "says the directory is down");
        assertTrue(down.contains("门户本地账号不受影响"));
        assertFalse(onLoginPage(browser().login(local, LOCAL_PASSWORD)), "a local login works");
        for (int i = 0; i < 6; i++) {
            browser().login(name, DIRECTORY_PASSWORD);
        }
        directory.startListening();
        assertFalse(onLoginPage(browser().login(name, DIRECTORY_PASSWORD)),
                "tries during the outage were not counted as wrong passwords");
    }

    /** A directory that accepts connections and never answers: the login ends after the read timeout. */
    @Test
    void aDirectoryThatDoesNotAnswerHoldsUpNoLocalLogin() throws Exception {
        String name = entry("slow", person("6", EmployeeStatus.ACTIVE));
        String local = Deployments.uniqueName("local");
        accounts.create(local, LOCAL_PASSWORD.toCharArray(), Set.of(Role.EMPLOYEE), null);
        directory.shutDown(true);
        List<Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket()) {
            silent.setReuseAddress(true);
            silent.bind(new InetSocketAddress("localhost", PORT));
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
            PortalClient waiting = browser(); // made here: the request is not there in another thread
            CompletableFuture<Page> slow = CompletableFuture.supplyAsync(() -> {
                try {
                    return waiting.login(name, DIRECTORY_PASSWORD);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertFalse(onLoginPage(browser().login(local, LOCAL_PASSWORD)), "a local login while the directory hangs");
            Page answer = slow.get(60, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(answer.contains("暂时无法连接单位目录服务"), "the same message as for a stopped directory");
            assertTrue(millis < 30_000, "ended by the read timeout (2 s), not by the client: " + millis + " ms");
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }
}
