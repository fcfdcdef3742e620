package org.shoumi.portal.web.shared;

import jakarta.servlet.http.HttpSession;

/**
 * What the session knows about the login's password: for which user it was looked at, and whether that user
 * must change it before anything else. Set at login and cleared by the change, so that
 * {@link PasswordChangeFilter} decides every page request from the session alone.
 */
public final class PasswordChangeMarks {

    static final String CHECKED_FOR = "org.shoumi.portal.password.checkedFor";
    static final String CHANGE_REQUIRED_FOR = "org.shoumi.portal.password.changeRequiredFor";

    private PasswordChangeMarks() {
    }

    /** After a login, or when a session of a logged-in user starts without one: what the account says. */
    public static void loggedIn(HttpSession session, String username, boolean changeRequired) {
        session.setAttribute(CHECKED_FOR, username);
        if (changeRequired) {
            session.setAttribute(CHANGE_REQUIRED_FOR, username);
        } else {
            session.removeAttribute(CHANGE_REQUIRED_FOR);
        }
    }

    /** The user chose their own password. */
    public static void changed(HttpSession session, String username) {
        loggedIn(session, username, false);
    }

    /** Whether this session has looked at this user's password (false: nobody knows yet). */
    static boolean checked(HttpSession session, String username) {
        return session != null && username.equals(session.getAttribute(CHECKED_FOR));
    }

    /** Whether this user must change their password before anything else. */
    public static boolean changeRequired(HttpSession session, String username) {
        return session != null && username != null && username.equals(session.getAttribute(CHANGE_REQUIRED_FOR));
    }
}
