package it.org.shoumi.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import it.org.shoumi.portal.TestData;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.naming.InitialContext;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.departures.boundary.Departures;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.events.PledgeSigned;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.security.boundary.AccountAdmin;
import org.shoumi.portal.security.boundary.AccountRefusedException;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Account;
import org.shoumi.portal.security.entity.Role;

/**
 * The administrator's 登录权限 page (found missing by an outside check): every login with its person, roles and
 * state; one role granted or withdrawn with a reason, which the login's open session does not outlive; a lock after
 * wrong passwords lifted (the page's 恢复登录 answered that nothing needed restoring); the rules a unit expects; the
 * record an auditor reads; an employee kept out of the page and its posts.
 */
class AccountAdminIT extends FromInside {

    private static final String PASSWORD = "Shoumi@2026";
    private static final String HIRE_PAGE = "employees/hire.xhtml";

    @Inject
    Accounts accounts;

    @Inject
    AccountAdmin accountAdmin;

    @Inject
    TestData data;

    @Inject
    Departures departures;

    @Inject
    HttpServletRequest request;

    @Inject
    org.shoumi.portal.security.boundary.LoginTries tries;

    private PortalClient browser() {
        return new PortalClient(portalAddress(request));
    }

    /** A login of its own with the employee role and no person, that can log in at once. */
    private String freshLogin(String prefix) {
        String user = Deployments.uniqueName(prefix);
        accounts.create(user, PASSWORD.toCharArray(), Set.of(Role.EMPLOYEE), null);
        return user;
    }

    private PortalClient asAdmin() throws Exception {
        PortalClient admin = browser();
        assertTrue(admin.login("admin", PASSWORD).uri().getPath().endsWith("/index.xhtml"));
        return admin;
    }

    private static Page roleChange(PortalClient admin, String button, String user, String role, String reason)
            throws Exception {
        return admin.submit(admin.get("admin/accounts.xhtml"), "role", "role:" + button,
                Map.of("role:username", user, "role:role", role, "role:reason", reason));
    }

    private static boolean onLoginPage(Page page) {
        return page.uri().getPath().endsWith("/login.xhtml");
    }

    private Set<Role> rolesOf(String user) {
        return accounts.find(user).map(Account::getRoles).orElseThrow();
    }

    @Test
    void aRoleGrantedAndWithdrawnWithAReasonIsNotOutlivedByTheOpenSessionAndTheAuditorReadsIt() throws Exception {
        String user = freshLogin("acl");
        PortalClient holder = browser();
        holder.login(user, PASSWORD);
        assertEquals(403, holder.get(HIRE_PAGE).status(), "an employee may not hire");
        PortalClient admin = asAdmin();

        Page granted = roleChange(admin, "grant", user, "HR", "人事处借调，负责入职登记");
        assertTrue(granted.contains("已将角色“人事”授予 " + user), granted.body());
        assertEquals(Set.of(Role.EMPLOYEE, Role.HR), rolesOf(user));
        Page list = admin.submit(admin.get("admin/accounts.xhtml"), "filter", "filter:search",
                Map.of("filter:text", user));
        assertTrue(list.contains(user) && list.contains("员工、人事") && list.contains("正常"), list.body());
        assertFalse(list.contains("<span class=\"login-name\">employee</span>"), "filtered by the name");

        // the open session logged in as an employee: it ends at its next request, and the next login is HR
        assertTrue(onLoginPage(holder.get(HIRE_PAGE)), "the open session does not keep its old roles");
        holder.login(user, PASSWORD);
        assertEquals(200, holder.get(HIRE_PAGE).status(), "the HR page at the next login");

        Page withdrawn = roleChange(admin, "withdraw", user, "HR", "借调结束");
        assertTrue(withdrawn.contains("已收回 " + user + " 的角色“人事”"), withdrawn.body());
        assertEquals(Set.of(Role.EMPLOYEE), rolesOf(user));
        assertTrue(onLoginPage(holder.get(HIRE_PAGE)), "the session holding HR ends");
        holder.login(user, PASSWORD);
        assertEquals(403, holder.get(HIRE_PAGE).status(), "HR is gone");

        Page again = roleChange(admin, "withdraw", user, "HR", "再次收回");
        assertTrue(again.contains("该登录没有这个角色。"), again.body());
        Page noReason = roleChange(admin, "grant", user, "AUDITOR", "");
        assertTrue(noReason.contains("原因：请写明（最多 200 字）"), noReason.body());
        assertEquals(Set.of(Role.EMPLOYEE), rolesOf(user), "nothing granted without a reason");
        // found by an outside check (ex-s36h 2): "-" was granted and kept for good as the reason; the reason typed
        // stays in the form
        Page dash = roleChange(admin, "grant", user, "AUDITOR", "-");
        assertTrue(dash.contains("原因：请写明（最多 200 字）；只填“-”“无”“同意”或“ok”不算。"), dash.body());
        assertEquals(Set.of(Role.EMPLOYEE), rolesOf(user), "nothing granted for a reason that says nothing");
        for (String saysNothing : new String[] {"无无", "ＯＫ", "同意"}) {
            assertEquals(AccountRefusedException.Reason.REASON_REQUIRED, assertThrows(AccountRefusedException.class,
                    () -> accountAdmin.grant(user, Role.AUDITOR, saysNothing, "admin")).reason(), saysNothing);
        }
        // typed in capitals: the message names the login as stored (it repeated "EMPLOYEE"; outside check)
        Page typed = roleChange(admin, "grant", user.toUpperCase(java.util.Locale.ROOT), "AUDITOR", "临时检查");
        assertTrue(typed.contains("授予 " + user), typed.body());
        assertFalse(typed.contains(user.toUpperCase(java.util.Locale.ROOT)), typed.body());

        // whoever inspects reads the record: dated, with who and why, never changed
        PortalClient auditor = browser();
        auditor.login("auditor", PASSWORD);
        Page history = auditor.submit(auditor.get("audit/logins.xhtml"), "filter", "filter:search",
                Map.of("filter:username", user));
        assertEquals(200, history.status());
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertTrue(history.contains("授予角色") && history.contains("收回角色"), history.body());
        // before → after in the roles' own order, as the list writes them (it read 检查人员、员工 by their codes)
        assertTrue(history.contains("员工 → 员工、检查人员"), history.body());
        assertTrue(history.contains("人事处借调，负责入职登记") && history.contains("借调结束"), "why");
        assertTrue(history.contains(today), "when");
        assertTrue(history.contains("<span class=\"changed-by\">admin</span>"), "who");
        assertFalse(history.contains("再次收回"), "a refused change is not a change");
        assertEquals(3, accountAdmin.changes(user, 50).size());
        assertEquals(403, auditor.get("admin/accounts.xhtml").status(), "the auditor reads, never acts");
    }

    @Test
    void aLockAfterWrongPasswordsIsShownAndLiftedAndTheLoginThenWorks() throws Exception {
        String user = freshLogin("lck");
        PortalClient holder = browser();
        for (int i = 0; i < 5; i++) {
            assertTrue(onLoginPage(holder.login(user, "wrong-password-" + i)));
        }
        assertTrue(onLoginPage(holder.login(user, PASSWORD)), "stopped, even with the right password");
        PortalClient admin = asAdmin();
        Page list = admin.submit(admin.get("admin/accounts.xhtml"), "filter", "filter:search",
                Map.of("filter:text", user));
        // five wrong passwords from one address stop it there, not the account (the list said 锁定至: outside check)
        assertTrue(list.contains("未锁定：多次输错密码的地址暂停至 "), list.body());
        assertFalse(list.contains("锁定至"), list.body());

        Page lifted = admin.submit(admin.get("admin/accounts.xhtml"), "lock", "lock:submit",
                Map.of("lock:username", user, "lock:reason", "本人电话确认，申请解锁"));
        assertTrue(lifted.contains("已解除 " + user + " 的锁定"), lifted.body());
        assertTrue(browser().login(user, PASSWORD).uri().getPath().endsWith("/index.xhtml"), "let in at once");
        Page notLocked = admin.submit(admin.get("admin/accounts.xhtml"), "lock", "lock:submit",
                Map.of("lock:username", user, "lock:reason", "再试一次"));
        assertTrue(notLocked.contains("该登录没有被锁定。"), notLocked.body());
        assertEquals(List.of("LOCK_LIFTED", "LOGIN_STOPPED"),
                accountAdmin.changes(user, 10).stream().map(c -> c.getKind().name()).toList(), "the stop and its lift");
    }

    /**
     * Found by an outside check: failed logins and lock-outs were recorded only in the rotating server log, and the
     * administrator's list showed a stop of one address as the account locked. The start of the stop is kept once in
     * the record of changes (and the evidence chain) with the address and time, however many tries are refused after
     * it, and shown on 登录与权限变更记录; the list says the account is not locked.
     */
    @Test
    void theStartOfAStopAfterWrongPasswordsIsRecordedOnceWithItsAddress() throws Exception {
        String user = freshLogin("stp");
        PortalClient guesser = browser();
        for (int i = 0; i < 8; i++) {
            assertTrue(onLoginPage(guesser.login(user, "wrong-password-" + i)));
        }
        List<org.shoumi.portal.security.entity.AccountChange> record = accountAdmin.changes(user, 10);
        assertEquals(List.of("LOGIN_STOPPED"), record.stream().map(c -> c.getKind().name()).toList(),
                "one record for the stop, none for the tries refused during it");
        String address = record.get(0).getReason();
        assertTrue(address != null && !address.isBlank(), "the address is kept");
        assertEquals("system", record.get(0).getBy());
        assertTrue(accounts.lockedUntil(user).isEmpty(), "the account itself is not locked");

        PortalClient auditor = browser();
        auditor.login("auditor", PASSWORD);
        Page history = auditor.submit(auditor.get("audit/logins.xhtml"), "filter", "filter:search",
                Map.of("filter:username", user));
        assertTrue(history.contains("多次输错密码：该地址暂停此登录") && history.contains("来自地址 " + address),
                history.visible());
        PortalClient admin = asAdmin();
        Page list = admin.submit(admin.get("admin/accounts.xhtml"), "filter", "filter:search",
                Map.of("filter:text", user));
        assertTrue(list.contains("未锁定：多次输错密码的地址暂停至 "), list.visible());
    }

    /**
     * Found by an outside check: five wrong passwords sent at the same moment from one address recorded one stop of
     * the login three times on 登录与权限变更记录 (and so in the evidence chain). Each try asks by its own id whether
     * it was the one that reached the limit: one record per stop, however the guesses interleave. (The address's own
     * stop, open to the same race, is checked by LoginThrottleTest and LoginTriesTest: the test server lifts the
     * per-address limit, test-settings.xml.)
     */
    @Test
    void parallelWrongPasswordsRecordOneStopOnce() throws Exception {
        String user = freshLogin("par");
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        String address = "10.252." + random.nextInt(256) + "." + random.nextInt(256);
        List<String> answers = it.org.shoumi.portal.AtOnce.outcomes(8,
                () -> accounts.authenticate(user, "wrong-password".toCharArray(), address).status().name());
        assertFalse(answers.contains("SUCCESS"), answers.toString());
        assertEquals(List.of("LOGIN_STOPPED"), accountAdmin.changes(user, 10).stream().map(c -> c.getKind().name())
                .toList(), "one record of the stop, whatever the order in which the eight guesses failed");
        assertEquals(address, accountAdmin.changes(user, 10).get(0).getReason());
    }

    /**
     * Found by an outside check: a holder who forgot their password had no way back in (no reset existed). The
     * administrator sets a one-time password, shown once; the forgotten one stops working and cannot be chosen
     * again, the open session ends, a lock is lifted, and the holder must choose their own at the next login.
     */
    @Test
    void aForgottenPasswordIsResetToAOneTimePasswordShownOnceThatMustBeChanged() throws Exception {
        String user = freshLogin("rst");
        PortalClient holder = browser();
        holder.login(user, PASSWORD);
        PortalClient stranger = browser();
        for (int i = 0; i < 5; i++) {
            assertTrue(onLoginPage(stranger.login(user, "wrong-password-" + i)));
        }
        PortalClient admin = asAdmin();
        Page noReason = admin.submit(admin.get("admin/accounts.xhtml"), "reset", "reset:submit",
                Map.of("reset:username", user, "reset:reason", " "));
        assertTrue(noReason.contains("请填写原因"), noReason.visible());
        assertEquals(List.of("LOGIN_STOPPED"), accountAdmin.changes(user, 10).stream().map(c -> c.getKind().name())
                .toList(), "nothing changed yet but the stop the wrong passwords started");

        Page reset = admin.submit(admin.get("admin/accounts.xhtml"), "reset", "reset:submit",
                Map.of("reset:username", user, "reset:reason", "本人忘记密码，已电话核实身份"));
        assertTrue(reset.contains("已为 " + user + " 重置密码"), reset.visible());
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("id=\"one-time-password\"[^>]*>([^<]+)<")
                .matcher(reset.body());
        assertTrue(shown.find(), reset.body());
        String oneTime = shown.group(1).strip();
        assertEquals(12, oneTime.length(), oneTime);
        assertFalse(admin.get("admin/accounts.xhtml").contains(oneTime), "shown once, not after a reload");

        assertTrue(onLoginPage(holder.get("index.xhtml")), "the session opened before the reset ends");
        assertTrue(onLoginPage(browser().login(user, PASSWORD)), "the forgotten password no longer opens it");
        assertTrue(stranger.login(user, oneTime).uri().getPath().endsWith("/account/password.xhtml"),
                "the stop after wrong passwords is lifted, and the holder must choose their own password first");
        assertEquals(org.shoumi.portal.security.boundary.PasswordChangeOutcome.Status.USED_BEFORE,
                accounts.changePassword(user, oneTime.toCharArray(), PASSWORD.toCharArray()).status(),
                "the forgotten password cannot be chosen again");
        List<org.shoumi.portal.security.entity.AccountChange> record = accountAdmin.changes(user, 10);
        assertEquals(List.of("PASSWORD_RESET", "LOGIN_STOPPED"), record.stream().map(c -> c.getKind().name()).toList());
        assertEquals("admin", record.get(0).getBy());
        assertEquals("本人忘记密码，已电话核实身份", record.get(0).getReason());
        // the record says the lock was lifted with it, as a 恢复登录 says what it undid (it read only 重置密码)
        assertEquals(List.of(org.shoumi.portal.security.entity.AccountChange.Undone.LOCK), record.get(0).getUndone());
        Page page = admin.get("admin/accounts.xhtml");
        assertTrue(page.contains("重置密码（解除锁定）"), page.visible());
        assertTrue(page.contains("为忘记密码的本人重置密码"), "the page's intro names the reset");
    }

    /**
     * Found by an outside check: an administrator could reset their own password, so whoever held an open
     * administrator session took the account without the current password that 修改密码 asks for.
     */
    @Test
    void anAdministratorDoesNotResetTheirOwnPassword() throws Exception {
        PortalClient admin = asAdmin();
        int before = accountAdmin.changes("admin", 500).size();
        Page own = admin.submit(admin.get("admin/accounts.xhtml"), "reset", "reset:submit",
                Map.of("reset:username", " Admin ", "reset:reason", "我自己的密码"));
        assertTrue(own.contains("不能重置自己的密码：请使用“修改密码”"), own.visible());
        assertFalse(own.body().contains("id=\"one-time-password\""), "no one-time password shown");
        assertEquals(before, accountAdmin.changes("admin", 500).size(), "nothing recorded");
        assertTrue(admin.get("index.xhtml").uri().getPath().endsWith("/index.xhtml"), "the session goes on");
        assertTrue(browser().login("admin", PASSWORD).uri().getPath().endsWith("/index.xhtml"),
                "the password still opens the account");
    }

    /**
     * Found by an outside check: twenty failed logins with made-up names from one address (an office's NAT) stopped
     * every login there, and the administrator could neither see nor lift it. The stopped address is listed with
     * since, until and how many tries, and lifted with a reason, kept in the record. (The test server allows
     * 100,000 tries per address, since every test logs in from 127.0.0.1: the tries of an address of the
     * documentation range are made here, and the list is read with the default limit of twenty.)
     */
    @Test
    void aNetworkAddressStoppedByMadeUpNamesIsListedAndLiftedWithAReason() throws Exception {
        String address = "2001:db8::" + Long.toHexString(System.nanoTime() & 0xffffffL);
        java.time.Instant now = java.time.Instant.now();
        for (int i = 0; i < 20; i++) {
            tries.add("nosuchuser" + i, address, now.minusSeconds(40 - i));
        }
        List<org.shoumi.portal.security.boundary.LoginTries.AddressStop> stops = tries.stoppedAddresses(20).stream()
                .filter(s -> s.address().equals(address)).toList();
        assertEquals(1, stops.size(), "listed: " + tries.stoppedAddresses(20));
        assertEquals(20, stops.get(0).tries());
        assertEquals(now.minusSeconds(40).truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                stops.get(0).since().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertTrue(stops.get(0).until().isAfter(now), "until the oldest leaves the window");

        PortalClient admin = asAdmin();
        Page page = admin.get("admin/accounts.xhtml");
        assertTrue(page.contains("暂停登录的网络地址") && page.contains("解除地址暂停"), page.visible());
        Page noReason = admin.submit(page, "address", "address:submit",
                Map.of("address:address", address, "address:reason", " "));
        assertTrue(noReason.contains("请填写原因"), noReason.visible());
        assertEquals(20, tries.counted(address), "nothing lifted without a reason");

        Page lifted = admin.submit(admin.get("admin/accounts.xhtml"), "address", "address:submit",
                Map.of("address:address", " " + address + " ", "address:reason", "同一办公室同事输错，已电话核实"));
        assertTrue(lifted.contains("已解除网络地址 " + address + " 的登录暂停"), lifted.visible());
        assertEquals(0, tries.counted(address), "everyone at the address may log in at once");
        List<org.shoumi.portal.security.entity.AccountChange> record = accountAdmin.changes(address, 10);
        assertEquals(List.of("ADDRESS_STOP_LIFTED"), record.stream().map(c -> c.getKind().name()).toList());
        assertEquals("admin", record.get(0).getBy());
        assertEquals("同一办公室同事输错，已电话核实", record.get(0).getReason());
        assertTrue(lifted.contains("解除地址暂停") && lifted.contains("同一办公室同事输错，已电话核实"),
                "in the record of changes on the page");

        Page again = admin.submit(admin.get("admin/accounts.xhtml"), "address", "address:submit",
                Map.of("address:address", address, "address:reason", "再试一次"));
        assertTrue(again.contains("该网络地址目前没有被暂停登录"), again.visible());
        assertEquals(1, accountAdmin.changes(address, 10).size(), "a refused lift is not recorded");
    }

    /**
     * Found by an outside check: 解除锁定 of one login deleted its failed tries, which counted towards its address's
     * stop too, so the address was let back in and the record of changes held only the login's lift. The login's
     * lock lifts; the address stays stopped with all its tries until 解除地址暂停, which is recorded on its own. (The
     * test server allows 100,000 tries per address, so the stop is read with the default limit of twenty, as above.)
     */
    @Test
    void liftingALoginsLockLeavesItsAddressStopped() throws Exception {
        String user = freshLogin("lad");
        String address = "2001:db8::1:" + Long.toHexString(System.nanoTime() & 0xffffL);
        java.time.Instant now = java.time.Instant.now();
        for (int i = 0; i < 5; i++) {
            tries.add(user, address, now.minusSeconds(60 - i));
        }
        for (int i = 0; i < 15; i++) {
            tries.add("phantom" + i, address, now.minusSeconds(50 - i));
        }
        assertTrue(tries.stoppedUntil(user, 5).isPresent());
        assertEquals(20, tries.counted(address));

        PortalClient admin = asAdmin();
        Page lifted = admin.submit(admin.get("admin/accounts.xhtml"), "lock", "lock:submit",
                Map.of("lock:username", user, "lock:reason", "本人电话确认，申请解锁"));
        assertTrue(lifted.contains("已解除 " + user + " 的锁定"), lifted.visible());
        assertTrue(tries.stoppedUntil(user, 5).isEmpty(), "the login's own stop is lifted");
        assertEquals(20, tries.counted(address), "the address's count is unchanged");
        assertEquals(1, tries.stoppedAddresses(20).stream().filter(s -> s.address().equals(address)).count(),
                "the address is still stopped: " + tries.stoppedAddresses(20));
        assertEquals(List.of(), accountAdmin.changes(address, 10), "nothing recorded for the address");

        Page addressLifted = admin.submit(admin.get("admin/accounts.xhtml"), "address", "address:submit",
                Map.of("address:address", address, "address:reason", "已核实"));
        assertTrue(addressLifted.contains("已解除网络地址 " + address + " 的登录暂停"), addressLifted.visible());
        assertEquals(0, tries.counted(address));
        assertEquals(List.of("ADDRESS_STOP_LIFTED"),
                accountAdmin.changes(address, 10).stream().map(c -> c.getKind().name()).toList());
    }

    @Test
    void theRulesAUnitExpectsRefuseWithTheirMessage() throws Exception {
        PortalClient admin = asAdmin();
        Page own = roleChange(admin, "withdraw", "admin", "ADMIN", "收回自己的管理员角色");
        assertTrue(own.contains("不能收回自己的系统管理员角色"), own.body());
        assertTrue(rolesOf("admin").contains(Role.ADMIN));

        String nobody = freshLogin("dh");
        Page head = roleChange(admin, "grant", nobody, "DEPT_HEAD", "任部门负责人");
        assertTrue(head.contains("该登录没有关联人员"), head.body());
        Page onlyRole = roleChange(admin, "withdraw", nobody, "EMPLOYEE", "收回唯一角色");
        assertTrue(onlyRole.contains("每个登录至少保留一个角色"), onlyRole.body());

        String tail = TestData.uniqueTail();
        Department department = new Department("AL" + tail, "离职测试部" + tail, null);
        Post post = new Post("AP" + tail, "离职测试岗" + tail, null);
        Employee left = new Employee("AL" + tail, "已离职", department, post, SecrecyClass.NONE,
                EmployeeStatus.LEFT_UNIT, LocalDate.of(2020, 1, 1));
        String leaver = Deployments.uniqueName("left");
        data.persist(department, post, left, new Account(leaver, "hash", Set.of(Role.EMPLOYEE), left));
        Page leftUnit = roleChange(admin, "grant", leaver, "HR", "返聘");
        assertTrue(leftUnit.contains("该登录对应的人员已离职，不能再授予角色。"), leftUnit.body());
        assertEquals(Set.of(Role.EMPLOYEE), rolesOf(leaver));
    }

    /**
     * The last administrator: every other login's ADMIN taken away inside a transaction that is rolled back, so the
     * demo administrators stay as they are.
     */
    @Test
    void theLastAdministratorKeepsTheRole() throws Exception {
        String second = Deployments.uniqueName("adm");
        accounts.create(second, PASSWORD.toCharArray(), Set.of(Role.EMPLOYEE, Role.ADMIN), null);
        long id = accounts.find(second).orElseThrow().getId();
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        try {
            data.inTransaction(em -> em.createNativeQuery(
                    "delete from account_role where role = 'ADMIN' and account_id <> ?").setParameter(1, id)
                    .executeUpdate());
            AccountRefusedException refused = assertThrows(AccountRefusedException.class,
                    () -> accountAdmin.withdraw(second, Role.ADMIN, "最后一个管理员", "someone-else"));
            assertEquals(AccountRefusedException.Reason.LAST_ADMIN, refused.reason());
        } finally {
            tx.rollback();
        }
        // with the demo administrator there, the second one's ADMIN may go
        accountAdmin.withdraw(second, Role.ADMIN, "第二管理员撤销", "admin");
        assertEquals(Set.of(Role.EMPLOYEE), rolesOf(second));
        assertTrue(rolesOf("admin").contains(Role.ADMIN), "the rollback kept the demo administrator");
    }

    /**
     * Found by an outside check: an administrator who held ADMIN alone (the demo administrator's role withdrawn by
     * them) was given a 离岗, and its approval cut the login to employee: no login held ADMIN any more and nothing in
     * the portal could put it right. The approval is refused with a message; nothing of it is stored. The other
     * administrators' role is taken away for the test and given back afterwards.
     */
    @Test
    void aDepartureThatWouldTakeTheLastAdministratorIsNotApproved() throws Exception {
        String tail = TestData.uniqueTail();
        Department department = new Department("AX" + tail, "管理员离岗部" + tail, null);
        Post post = new Post("AY" + tail, "管理员离岗岗" + tail, null);
        String number = "AX" + tail;
        Employee person = new Employee(number, "管理员离岗", department, post, SecrecyClass.GENERAL,
                EmployeeStatus.ACTIVE, LocalDate.of(2020, 1, 1));
        String login = Deployments.uniqueName("lastadm");
        data.persist(department, post, person, new Account(login, "hash", Set.of(Role.EMPLOYEE, Role.ADMIN), person));
        LocalDate today = departures.today();
        long d = departures.open(number, DepartureKind.LEAVE_POST, today, "调离涉密岗位", "hr");
        departures.declareNoCarriers(d, "hr");
        departures.recordBriefing(d, today, "保密办", "hr");
        data.fire(new PledgeSigned(1L, number, "EXIT", java.time.Instant.now()));
        long id = accounts.find(login).orElseThrow().getId();
        @SuppressWarnings("unchecked")
        List<Object> others = data.inTransaction(em -> (List<Object>) em.createNativeQuery(
                "select account_id from account_role where role = 'ADMIN' and account_id <> ?").setParameter(1, id)
                .getResultList());
        data.inTransaction(em -> em.createNativeQuery(
                "delete from account_role where role = 'ADMIN' and account_id <> ?").setParameter(1, id)
                .executeUpdate());
        try {
            PortalClient hr = browser();
            hr.login("hr", PASSWORD);
            Page page = hr.get("departures/detail.xhtml?id=" + d);
            Page refused = hr.submit(page, "approve", "approve:submit",
                    Map.of("approve:approvedOn_input", today.toString()));
            assertTrue(refused.contains("未批准：该人员的登录是门户最后一个系统管理员"), refused.body());
            assertTrue(departures.detail(d).orElseThrow().isOpen(), "the departure is still open");
            assertEquals(Set.of(Role.EMPLOYEE, Role.ADMIN), rolesOf(login), "the login keeps its roles");
        } finally {
            data.inTransaction(em -> {
                others.forEach(other -> em.createNativeQuery(
                        "insert into account_role (account_id, role) values (?, 'ADMIN')")
                        .setParameter(1, other).executeUpdate());
                return null;
            });
        }
        assertTrue(rolesOf("admin").contains(Role.ADMIN), "the demo administrator has the role again");
        // with another administrator there, the same approval goes through and cuts the login to employee
        departures.approve(d, today, "hr");
        assertEquals(Set.of(Role.EMPLOYEE), rolesOf(login));
    }

    /**
     * Found by an outside check (ex-s38d 2): a person just approved 离岗 (out of the post, in their 脱密期) was given
     * 保密员 and 部门负责人 again at once, with no refusal, and read everyone's secrecy files. A role a 离岗 takes is
     * refused while the 离岗 is open (naming it, as the liaison appointment does) and once the person is 离岗 (naming
     * HR's return to a post); nothing is stored, the login keeps the employee role alone.
     */
    @Test
    void aRoleALeaverLosesIsNotGrantedWhileTheirDepartureIsOpenNorOnceTheyAreOutOfThePost() throws Exception {
        String tail = TestData.uniqueTail();
        Department department = new Department("OP" + tail, "离岗授权部" + tail, null);
        Post post = new Post("OQ" + tail, "离岗授权岗" + tail, null);
        String number = "OP" + tail;
        Employee person = new Employee(number, "离岗授权", department, post, SecrecyClass.GENERAL,
                EmployeeStatus.ACTIVE, LocalDate.of(2020, 1, 1));
        String login = Deployments.uniqueName("outpost");
        data.persist(department, post, person, new Account(login, "hash", Set.of(Role.EMPLOYEE), person));
        LocalDate today = departures.today();
        long d = departures.open(number, DepartureKind.LEAVE_POST, today, "调任非涉密岗位（后勤处）", "hr");

        PortalClient admin = asAdmin();
        Page leaving = roleChange(admin, "grant", login, "SECRECY_OFFICER", "继续承担保密员工作");
        assertTrue(leaving.contains("未授予：离岗授权（工号 " + number + "）正在办理离岗（离岗离职记录 " + d + "，计划最后工作日 "
                + today + "）") && leaving.contains("如该离岗系误开，由人事部门撤销后再授予"), leaving.body());
        assertEquals(Set.of(Role.EMPLOYEE), rolesOf(login), "nothing granted while the 离岗 is open");

        departures.declareNoCarriers(d, "hr");
        departures.recordBriefing(d, today, "保密办", "hr");
        data.fire(new PledgeSigned(1L, number, "EXIT", java.time.Instant.now()));
        departures.approve(d, today, "hr");
        Page head = roleChange(admin, "grant", login, "DEPT_HEAD", "任命为保密办公室负责人");
        assertTrue(head.contains("未授予：该登录对应的人员 离岗授权（工号 " + number + "）已离岗，不在涉密岗位")
                && head.contains("离岗 → 待上岗"), head.body());
        assertEquals(AccountRefusedException.Reason.ROLE_LEFT_POST, assertThrows(AccountRefusedException.class,
                () -> accountAdmin.grant(login, Role.SECRECY_OFFICER, "继续承担保密员工作", "admin")).reason());
        assertEquals(Set.of(Role.EMPLOYEE), rolesOf(login), "the login keeps the employee role alone");
        assertFalse(accountAdmin.changes(login, 10).stream().anyMatch(c -> c.getKind().name().equals("ROLE_GRANTED")),
                "no grant in the record");
    }

    /**
     * Found by an outside check: a secrecy officer whose login held 保密员 alone (no 员工) was lowered 重要 → 一般 and
     * stayed 在岗, yet the departure's approval cut the login to 员工 and the record said 离岗：仅保留员工角色 (an
     * operator-precedence slip in {@code LeaverLogins}). A lowering that keeps the person in post keeps every role
     * and records no reduction.
     */
    @Test
    void aLoweringThatKeepsALoginWithoutTheEmployeeRoleInPostKeepsItsRoles() throws Exception {
        String tail = TestData.uniqueTail();
        Department department = new Department("LW" + tail, "降级在岗部" + tail, null);
        Post post = new Post("LP" + tail, "降级在岗岗" + tail, null);
        String number = "LW" + tail;
        Employee person = new Employee(number, "降级在岗", department, post, SecrecyClass.IMPORTANT,
                EmployeeStatus.ACTIVE, LocalDate.of(2020, 1, 1));
        String login = Deployments.uniqueName("lwofc");
        data.persist(department, post, person, new Account(login, "hash", Set.of(Role.SECRECY_OFFICER), person));
        LocalDate today = departures.today();
        long d = departures.openLoweringAsOf(number, today, "工作内容调整，降为一般", "hr", today,
                SecrecyClass.GENERAL);
        departures.declareNoCarriers(d, "hr");
        departures.recordBriefing(d, today, "保密办", "hr");
        data.fire(new PledgeSigned(1L, number, "EXIT", java.time.Instant.now()));

        PortalClient hr = browser();
        hr.login("hr", PASSWORD);
        Page approved = hr.submit(hr.get("departures/detail.xhtml?id=" + d), "approve", "approve:submit",
                Map.of("approve:approvedOn_input", today.toString()));
        assertEquals(200, approved.status(), approved.body());
        assertFalse(departures.detail(d).orElseThrow().isOpen(), "approved: " + approved.body());
        Employee after = data.inTransaction(em -> em.createQuery(
                "select e from Employee e where e.employeeNo = :no", Employee.class).setParameter("no", number)
                .getSingleResult());
        assertEquals(EmployeeStatus.ACTIVE, after.getStatus(), "still in post");
        assertEquals(SecrecyClass.GENERAL, after.getSecrecyClass());

        assertEquals(Set.of(Role.SECRECY_OFFICER), rolesOf(login), "the login keeps its roles");
        List<String> kinds = accountAdmin.changes(login, 10).stream().map(c -> c.getKind().name()).toList();
        assertFalse(kinds.contains("ROLES_REDUCED"), "no 离岗 recorded for the login: " + kinds);
        PortalClient admin = asAdmin();
        Page list = admin.submit(admin.get("admin/accounts.xhtml"), "filter", "filter:search",
                Map.of("filter:text", login));
        assertTrue(list.contains(login), list.body());
        assertFalse(list.contains("角色已收回"), "no 离岗 on the login list: " + list.body());
    }

    /**
     * Found by an outside check: a login opened by HR's hire form was in no record, so an auditor could not tell when,
     * by whom and with which roles it was opened. Both record pages show it now: 开通登录, dated, by HR, the roles.
     */
    @Test
    void aLoginOpenedByAHireIsInTheRecordWithWhenWhoAndItsRoles() throws Exception {
        PortalClient hr = browser();
        hr.login("hr", PASSWORD);
        String tail = TestData.uniqueTail();
        String user = Deployments.uniqueName("opn");
        Page hired = hr.submit(hr.get(HIRE_PAGE), "hire", "hire:submit", Map.of(
                "hire:employeeNo", "OP" + tail, "hire:name", "开通测试", "hire:department", "RESEARCH",
                "hire:post", "STAFF", "hire:secrecyClass", "GENERAL",
                "hire:hireDate_input", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                "hire:username", user, "hire:password", "Kaitong#2026"));
        assertEquals(200, hired.status(), hired.body());
        assertTrue(accounts.find(user).isPresent(), "hired with a login: " + hired.body());

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        PortalClient auditor = browser();
        auditor.login("auditor", PASSWORD);
        Page history = auditor.submit(auditor.get("audit/logins.xhtml"), "filter", "filter:search",
                Map.of("filter:username", user));
        assertTrue(history.contains("开通登录") && history.contains(today), history.body());
        assertTrue(history.contains("<span class=\"changed-by\">徐慧"), "by HR, by name: " + history.body());
        assertTrue(history.contains("员工"), "the first roles");
        Page adminPage = asAdmin().get("admin/accounts.xhtml");
        assertTrue(adminPage.contains("开通登录") && adminPage.contains(user), "on the administrator's page too");
        assertEquals(List.of("OPENED"), accountAdmin.changes(user, 10).stream().map(c -> c.getKind().name()).toList());
    }

    /**
     * Found by an outside check: after the first demo start both record pages said "暂无记录" beside the eight demo
     * logins, which were opened without the 开通登录 line a hire's login gets. Each is in the record, opened by the
     * system with its first roles, as the initial admin of a production start is.
     */
    @Test
    void theDemoLoginsAreInTheRecordAsOpenedByTheSystemWithTheirFirstRoles() throws Exception {
        for (String login : List.of("admin", "hr", "officer", "head", "auditor", "employee", "newhire", "liaison")) {
            List<org.shoumi.portal.security.entity.AccountChange> opened = accountAdmin.changes(login, 500).stream()
                    .filter(c -> c.getKind() == org.shoumi.portal.security.entity.AccountChange.Kind.OPENED).toList();
            assertEquals(1, opened.size(), login + " opened once");
            assertEquals("system", opened.get(0).getBy(), login);
            assertFalse(opened.get(0).getNewRoles().isBlank(), login + " with its first roles");
        }
        PortalClient auditor = browser();
        auditor.login("auditor", PASSWORD);
        Page history = auditor.submit(auditor.get("audit/logins.xhtml"), "filter", "filter:search",
                Map.of("filter:username", "officer"));
        assertTrue(history.contains("开通登录") && history.contains("<span class=\"changed-by\">system</span>"),
                history.body());
        assertTrue(history.contains("保密员") && history.contains("员工"), "the first roles: " + history.body());
        assertFalse(history.contains("暂无记录"), history.body());
    }

    /**
     * Found by an outside check: filtering the record by a login without changes said "暂无记录" as if the whole record
     * were empty; a filter of 300 characters said "没有保存" (a filter saves nothing) above the whole unfiltered list.
     */
    @Test
    void theRecordFilteredByALoginWithoutChangesOrByTooLongANameSaysSo() throws Exception {
        PortalClient auditor = browser();
        auditor.login("auditor", PASSWORD);
        Page none = auditor.submit(auditor.get("audit/logins.xhtml"), "filter", "filter:search",
                Map.of("filter:username", "nobody"));
        assertTrue(none.contains("登录名 nobody 没有任何变更记录。"), none.body());
        assertFalse(none.contains("暂无记录"), none.body());

        Page tooLong = auditor.submit(auditor.get("audit/logins.xhtml"), "filter", "filter:search",
                Map.of("filter:username", "x".repeat(300)));
        assertEquals(200, tooLong.status());
        assertTrue(tooLong.contains("最多 64 个字符，这里有 300 个。没有查询"), tooLong.body());
        assertFalse(tooLong.contains("没有保存"), tooLong.body());
        assertFalse(tooLong.contains("开通登录"), "no list shown as the filter's result: " + tooLong.body());
        assertFalse(tooLong.contains("id=\"changes\""), tooLong.body());
    }

    /**
     * Found by an outside check: a leaver's login locked after wrong passwords showed only "锁定至 …" on the
     * administrator's list; its switch-off after the last day appeared only once the lock was lifted. Both are said.
     */
    @Test
    void aLeaversLoginLockedMeanwhileStillShowsItsSwitchOff() throws Exception {
        String user = freshLogin("lkoff");
        LocalDate off = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
        data.inTransaction(em -> {
            em.createQuery("select a from Account a where a.username = :u", Account.class).setParameter("u", user)
                    .getSingleResult().disableFrom(off);
            return null;
        });
        PortalClient holder = browser();
        for (int i = 0; i < 5; i++) {
            assertTrue(onLoginPage(holder.login(user, "wrong-password-" + i)));
        }
        PortalClient admin = asAdmin();
        Page list = admin.submit(admin.get("admin/accounts.xhtml"), "filter", "filter:search",
                Map.of("filter:text", user));
        assertTrue(list.contains("其他地址仍可登录；自 " + off + " 起停用"), list.body());
    }

    /**
     * Found by an outside check: 恢复登录 for a login that does not exist said it needed nothing restored, while the
     * role form said there is no such login. Both say so now.
     */
    @Test
    void reenablingALoginThatDoesNotExistSaysThereIsNone() throws Exception {
        PortalClient admin = asAdmin();
        Page answer = admin.submit(admin.get("admin/accounts.xhtml"), "reenable", "reenable:submit",
                Map.of("reenable:username", "nosuch", "reenable:reason", "返聘"));
        assertTrue(answer.contains("没有这个登录名。"), answer.body());
        assertFalse(answer.contains("无需恢复"), answer.body());
    }

    /**
     * Found by an outside check: a reason with U+202E (恢复 + RTL覆盖…) was stored in the record and shown reversed.
     * The field refuses a character that changes the text's direction, says why, and nothing is granted.
     */
    @Test
    void aReasonWithADirectionOverrideIsRefusedAndNothingGranted() throws Exception {
        String user = freshLogin("rtl");
        PortalClient admin = asAdmin();
        Page refused = roleChange(admin, "grant", user, "HR", "恢复\u202ERTL覆盖");
        assertTrue(refused.contains("改变文字显示方向的字符"), refused.body());
        assertEquals(Set.of(Role.EMPLOYEE), rolesOf(user), "nothing granted");
        assertTrue(accountAdmin.changes(user, 10).isEmpty(), "nothing recorded");
    }

    /**
     * Found by an outside check: a role grant posted without the page's CSP nonce was stored, and then answered 400
     * "…未保存任何内容". It is refused before the action now: nothing granted, nothing recorded.
     */
    @Test
    void aRoleGrantPostedWithoutThePagesNonceChangesNothing() throws Exception {
        String user = freshLogin("non");
        PortalClient admin = asAdmin();
        Page answer = admin.submit(admin.get("admin/accounts.xhtml"), "role", "role:grant", Map.of(
                "role:username", user, "role:role", "HR", "role:reason", "无随机数", "primefaces.nonce", ""));
        assertEquals(400, answer.status(), answer.body());
        assertEquals(Set.of(Role.EMPLOYEE), rolesOf(user), "nothing granted");
        assertTrue(accountAdmin.changes(user, 10).isEmpty(), "nothing recorded");
        Page granted = roleChange(admin, "grant", user, "HR", "有随机数");
        assertTrue(granted.contains("已将角色“人事”授予 " + user), "the same post from the page goes through");
    }

    @Test
    void anEmployeeGets403OnThePageAndOnAForgedPost() throws Exception {
        String user = freshLogin("frg");
        PortalClient employee = browser();
        employee.login("employee", PASSWORD);
        assertEquals(403, employee.get("admin/accounts.xhtml").status());
        var forged = employee.post("admin/accounts.xhtml", List.of(Map.entry("role", "role"),
                Map.entry("role:username", user), Map.entry("role:role", "ADMIN"),
                Map.entry("role:reason", "伪造"), Map.entry("role:grant", ""),
                Map.entry("jakarta.faces.ViewState", "stateless")), Map.of());
        assertEquals(403, forged.statusCode());
        assertEquals(Set.of(Role.EMPLOYEE), rolesOf(user), "nothing granted");
        assertEquals(403, employee.get("audit/logins.xhtml").status(), "nor the record");
    }
}
