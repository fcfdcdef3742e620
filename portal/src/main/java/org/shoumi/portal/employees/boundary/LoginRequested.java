package org.shoumi.portal.employees.boundary;

import java.util.Objects;
import org.shoumi.portal.employees.entity.Employee;

/**
 * A hire or a roster import gives a person a login with a first password (to be changed at the first login).
 * Fired inside the roster's transaction; the security feature observes it and opens the login, or throws
 * {@link HireRefusedException} (a name taken or malformed, a password of the wrong length), which rolls the
 * whole hire back. The roster knows nothing of accounts.
 */
public final class LoginRequested {

    private final Employee person;
    private final String username;
    private final char[] firstPassword;
    private final String by;

    /** @param by who hired or imported the person (their login), kept with the login's opening */
    public LoginRequested(Employee person, String username, char[] firstPassword, String by) {
        this.person = Objects.requireNonNull(person);
        this.username = Objects.requireNonNull(username);
        this.firstPassword = Objects.requireNonNull(firstPassword);
        this.by = Objects.requireNonNull(by);
    }

    /** Who asked for the login: the login of HR's hire or of the roster import. */
    public String by() {
        return by;
    }

    public Employee person() {
        return person;
    }

    public String username() {
        return username;
    }

    /** The first password itself (not a copy): the observer uses it, the roster wipes it afterwards. */
    public char[] firstPassword() {
        return firstPassword;
    }
}
