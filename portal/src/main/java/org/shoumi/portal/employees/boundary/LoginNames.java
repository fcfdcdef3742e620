package org.shoumi.portal.employees.boundary;

import java.util.Map;

/**
 * Who did something, in people's names: the name of the person behind each login (from the employee record
 * linked to the account). A login without a person (administrator, auditor, the system) stays as it is, so
 * that every entry still names someone.
 */
public record LoginNames(Map<String, String> byLogin) {

    public static final LoginNames NONE = new LoginNames(Map.of());

    public LoginNames {
        byLogin = Map.copyOf(byLogin);
    }

    /** The person's name for a login, the login itself if no person is linked to it, null for null. */
    public String of(String login) {
        if (login == null) {
            return null;
        }
        String name = byLogin.get(login);
        return name == null || name.isBlank() ? login : name;
    }
}
