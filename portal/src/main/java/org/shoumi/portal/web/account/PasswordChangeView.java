package org.shoumi.portal.web.account;

import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.boundary.PasswordChangeOutcome;
import org.shoumi.portal.web.shared.AccountStateFilter;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.PasswordChangeMarks;

/**
 * The logged-in user changes their own password: the current one, the new one twice. A first password someone
 * else chose must be changed here before any other page opens. The passwords are dropped once used.
 */
@Named
@ViewScoped
public class PasswordChangeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    ExternalContext external;

    @Inject
    Messages messages;

    private String current;
    private String next;
    private String repeat;

    public String change() {
        char[] currentChars = current == null ? new char[0] : current.toCharArray();
        char[] nextChars = next == null ? new char[0] : next.toCharArray();
        boolean repeated = next != null && next.equals(repeat);
        current = null;
        next = null;
        repeat = null;
        try {
            if (!repeated) {
                messages.error("password.refused.MISMATCH");
                return null;
            }
            String user = external.getRemoteUser();
            PasswordChangeOutcome outcome = accounts.changePassword(user, currentChars, nextChars);
            switch (outcome.status()) {
                case CHANGED -> {
                    HttpSession session = (HttpSession) external.getSession(true);
                    PasswordChangeMarks.changed(session, user);
                    // the change ended every other session of this login; this one goes on
                    AccountStateFilter.loggedIn(session, Instant.now().plusMillis(1), user);
                    messages.info("password.changed");
                    return Actions.redirect("/index.xhtml");
                }
                case LOCKED -> messages.error("password.refused.LOCKED", minutesUntil(outcome.lockedUntil()));
                case WRONG_PASSWORD -> messages.error("password.refused.WRONG_PASSWORD", outcome.triesLeft(),
                        accounts.accountLock().minutes());
                case TOO_SHORT -> messages.error("password.refused.TOO_SHORT", Accounts.MIN_PASSWORD_LENGTH);
                case TOO_LONG -> messages.error("password.refused.TOO_LONG", Accounts.MAX_PASSWORD_LENGTH);
                case USED_BEFORE -> messages.error("password.refused.USED_BEFORE", accounts.passwordsRemembered());
                default -> messages.error("password.refused." + outcome.status().name());
            }
            return null;
        } finally {
            Arrays.fill(currentChars, '\0');
            Arrays.fill(nextChars, '\0');
        }
    }

    /**
     * After how many wrong current passwords in a row the account locks, and for how long: the page says it before
     * the first try (a wrong current password counts like one on the login page, and the lock holds there too).
     */
    /** How many passwords before the current one a new one must differ from (the rules above the form). */
    public int getRemembered() {
        return accounts.passwordsRemembered();
    }

    public Accounts.AccountLock getLock() {
        return accounts.accountLock();
    }

    /** Whether this login must change its password before anything else (the page says why). */
    public boolean isRequired() {
        return PasswordChangeMarks.changeRequired((HttpSession) external.getSession(false), external.getRemoteUser());
    }

    private static long minutesUntil(Instant until) {
        return until == null ? 1 : Math.max(1, (Duration.between(Instant.now(), until).toSeconds() + 59) / 60);
    }

    public String getCurrent() {
        return null;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return null;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeat() {
        return null;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
