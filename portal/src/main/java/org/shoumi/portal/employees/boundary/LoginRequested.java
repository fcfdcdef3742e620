package org.shoumi.portal.employees.boundary;

import java.util.Objects;
import org.shoumi.portal.employees.entity.Employee;

/**
 * A hire or a roster import gives a person a login with a first password (to be changed at the first login).
 * Fired inside the roster's transaction; the security feature observes it and opens the login, or throws
 * {@link HireRefusedException} (a name taken or malformed, a password of the wrong length), which rolls the
 * whole hire back. The roster knows nothing of accounts: the roster import asks for a drawn first password
 * ({@link #drawing}), which the security feature draws by the login's own rule and hands back ({@link #drawn}), so
 * that the import never fails on its own draw (it drew one holding the login name and failed; outside check).
 */
public final class LoginRequested {

    private final Employee person;
    private final String username;
    private char[] firstPassword;
    private final String by;

    /** @param by who hired or imported the person (their login), kept with the login's opening */
    public LoginRequested(Employee person, String username, char[] firstPassword, String by) {
        this.person = Objects.requireNonNull(person);
        this.username = Objects.requireNonNull(username);
        this.firstPassword = Objects.requireNonNull(firstPassword);
        this.by = Objects.requireNonNull(by);
    }

    private LoginRequested(Employee person, String username, String by) {
        this.person = Objects.requireNonNull(person);
        this.username = Objects.requireNonNull(username);
        this.by = Objects.requireNonNull(by);
    }

    /**
     * A login whose first password the observer draws by the rule of this login (its name, the person's staff number
     * and name) and hands back through {@link #drawn}; {@link #firstPassword()} is null until then.
     */
    public static LoginRequested drawing(Employee person, String username, String by) {
        return new LoginRequested(person, username, by);
    }

    /** Whether the observer is to draw the first password. */
    public boolean toDraw() {
        return firstPassword == null;
    }

    /** The observer hands back the first password it drew (once). */
    public void drawn(char[] password) {
        if (firstPassword != null) {
            throw new IllegalStateException("the first password is given already");
        }
        firstPassword = Objects.requireNonNull(password);
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

    /**
     * The first password itself (not a copy): the observer uses it, the roster wipes it afterwards; null while one
     * {@link #drawing} is not drawn yet.
     */
    public char[] firstPassword() {
        return firstPassword;
    }
}
