package org.shoumi.portal.security.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login through the portal's own Faces login page; which roles may open which pages is declared in
 * web.xml. Unauthenticated requests for a protected page are redirected to the login page and return there
 * after login.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({"EMPLOYEE", "HR", "SECRECY_OFFICER", "DEPT_HEAD", "AUDITOR", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
