package it.org.shoumi.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.boundary.HireDraft;
import org.shoumi.portal.employees.boundary.HireRefusedException;
import org.shoumi.portal.employees.boundary.Roster;
import org.shoumi.portal.employees.boundary.RosterCheck;
import org.shoumi.portal.employees.control.RosterProblem;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;

/**
 * Found by an outside check: HR could hire a person with the login "system" (or "api"), and the backup page then
 * named that person as the maker of the portal's own backups. The names the portal signs its own work with are
 * refused, in any case, wherever a login is made: the hire form, the roster import, account creation.
 */
class ReservedLoginsIT extends FromInside {

    private static final String PASSWORD = "Shoumi@2026";

    @Inject
    Roster roster;

    @Inject
    Accounts accounts;

    @Inject
    Employees employees;

    @Inject
    HttpServletRequest request;

    @Test
    void theHireFormRefusesAReservedLoginNameWithItsMessageAndKeepsWhatWasTyped() throws Exception {
        PortalClient hr = new PortalClient(portalAddress(request));
        hr.login("hr", PASSWORD);
        String no = "RS" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Page answer = hr.submit(hr.get("employees/hire.xhtml"), "hire", "hire:submit", Map.of(
                "hire:employeeNo", no, "hire:name", "保留名", "hire:department", "RESEARCH", "hire:post", "STAFF",
                "hire:secrecyClass", "GENERAL", "hire:hireDate_input", today, "hire:email", "",
                "hire:username", "System", "hire:password", "Xq7#mL2p-Ws9"));
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.uri().getPath().endsWith("/employees/hire.xhtml"), "the form again: " + answer.uri());
        assertTrue(answer.contains("登录名 system、api、directory 为系统保留"), answer.body());
        assertTrue(answer.contains("value=\"" + no + "\""), "what was typed is kept");
        assertTrue(employees.byNumber(no).isEmpty(), "nobody hired");
        assertTrue(accounts.find("system").isEmpty(), "no login named system");
    }

    @Test
    void theRosterImportTheHireAndAccountCreationRefuseEveryReservedNameInAnyCase() {
        String no = "RT" + Long.toString(System.nanoTime(), 36).toUpperCase();
        for (String name : List.of("api", "SYSTEM", "Directory")) {
            assertEquals(HireRefusedException.Reason.USERNAME_RESERVED, assertThrows(HireRefusedException.class,
                    () -> roster.hire(new HireDraft(no, "保留名", "RESEARCH", "STAFF", SecrecyClass.NONE,
                            LocalDate.now(), name, PASSWORD.toCharArray()), "hr")).reason(), name);
            assertThrows(IllegalArgumentException.class,
                    () -> accounts.create(name, PASSWORD.toCharArray(), Set.of(Role.EMPLOYEE), null), name);
        }
        // full-width, as the roster import reads it (the form said "invalid" where the import said reserved)
        assertEquals(HireRefusedException.Reason.USERNAME_RESERVED, assertThrows(HireRefusedException.class,
                () -> roster.hire(new HireDraft(no, "保留名", "RESEARCH", "STAFF", SecrecyClass.NONE,
                        LocalDate.now(), "\uFF33\uFF39\uFF33\uFF34\uFF25\uFF2D", PASSWORD.toCharArray()), "hr"))
                .reason());
        assertTrue(employees.byNumber(no).isEmpty(), "nobody hired");

        byte[] file = ("工号,姓名,部门,岗位,涉密类别,入职日期,登录名\n" + no + ",保留名,RESEARCH,STAFF,非涉密,2024-01-01,Api\n")
                .getBytes(StandardCharsets.UTF_8);
        RosterCheck checked = roster.check("roster.csv", file);
        assertFalse(checked.isImportable());
        assertEquals(List.of(RosterProblem.Kind.USERNAME_RESERVED),
                checked.getProblems().stream().map(RosterProblem::kind).toList());
        assertTrue(accounts.find("api").isEmpty(), "no login named api");
    }
}
