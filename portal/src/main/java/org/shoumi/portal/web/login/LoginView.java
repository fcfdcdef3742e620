package org.shoumi.portal.web.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Optional;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.security.boundary.LoginAttempt;
import org.shoumi.portal.security.boundary.LoginOutcome;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.AccountStateFilter;
import org.shoumi.portal.web.shared.PasswordChangeMarks;
import org.shoumi.portal.web.shared.ReturnPath;

/** The login form. Field lengths are checked in the page; the password is dropped once it has been used. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    @Inject
    Messages messages;

    @Inject
    LoginAttempt attempt;

    @Inject
    org.shoumi.portal.web.shared.Times times;

    private String username;
    private String password;
    private boolean loggedOut;
    private String next;

    /** On the first view: the note after a logout. */
    public void onLoad() {
        if (loggedOut && !faces.isPostback()) {
            messages.info("login.loggedOut");
        }
    }

    public String login() {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        UsernamePasswordCredential credential = new UsernamePasswordCredential(username, new Password(password));
        password = null;
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE:
                // logged in and sent back to the page that asked for the login (or, with a first password,
                // from there on to the password page)
                renewSessionId(request);
                markPassword(request);
                faces.responseComplete();
                return null;
            case SUCCESS:
                renewSessionId(request);
                if (markPassword(request)) {
                    return Actions.redirect("/account/password.xhtml");
                }
                // back to the page that sent the browser here when its session had ended (a path of the portal
                // only: a next naming another site goes home), or, for a visitor with no login at all, the page
                // Liberty noted when it sent them here
                Optional<String> back = ReturnPath.safe(next).or(() -> savedRequest(request, response));
                if (back.isPresent()) {
                    redirect(back.get());
                    return null;
                }
                return Actions.redirect("/index.xhtml");
            default:
                refused(attempt.outcome().map(LoginOutcome::status).orElse(LoginOutcome.Status.INVALID),
                        attempt.outcome().map(LoginOutcome::lockedUntil).orElse(null));
                return null;
        }
    }

    /**
     * The page Liberty noted when it sent a visitor with no login here ({@link ReturnPath#SAVED_REQUEST_COOKIE}),
     * the note then cleared so that a later login does not return there; empty when there is none.
     */
    private static Optional<String> savedRequest(HttpServletRequest request, HttpServletResponse response) {
        jakarta.servlet.http.Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (jakarta.servlet.http.Cookie c : cookies) {
            if (ReturnPath.SAVED_REQUEST_COOKIE.equals(c.getName())) {
                jakarta.servlet.http.Cookie cleared = new jakarta.servlet.http.Cookie(c.getName(), "");
                cleared.setPath("/");
                cleared.setMaxAge(0);
                cleared.setHttpOnly(true);
                response.addCookie(cleared);
                return ReturnPath.ofSavedRequest(c.getValue(), request.getContextPath());
            }
        }
        return Optional.empty();
    }

    private void redirect(String path) {
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (java.io.IOException gone) {
            throw new java.io.UncheckedIOException(gone);
        }
        faces.responseComplete();
    }

    private void refused(LoginOutcome.Status status, Instant until) {
        switch (status) {
            // too many failed logins from this network address, for any names: said as such (on an office's NAT
            // address the right password was refused as a wrong one), which tells nothing about the name typed
            case ADDRESS_STOPPED -> messages.error("login.addressStopped", times.format(until));
            // the directory accepted the password, so the person may learn why they are not let in
            case NOT_ON_ROSTER, LEFT, NO_ROLE, LINKED_ELSEWHERE -> messages.error("login.directory." + status.name());
            case DIRECTORY_UNAVAILABLE -> {
                // the name may be a directory login or a mistyped one: the page says both, and tells nobody which
                messages.error("login.failed");
                messages.warn("login.directory.DIRECTORY_UNAVAILABLE");
            }
            // the database did not answer in time: not a wrong password, and not counted as one (ex-s37f 1)
            case BUSY -> messages.error("login.busy");
            // one answer for a wrong password, an unknown name and a locked account: nobody learns which
            default -> messages.error("login.failed");
        }
    }

    /**
     * Notes in the session whether the login must change its password first (the filter then holds back every
     * other page); true when it must.
     */
    private boolean markPassword(HttpServletRequest request) {
        Optional<LoginOutcome> outcome = attempt.outcome().filter(LoginOutcome::succeeded);
        if (outcome.isEmpty()) {
            return false;
        }
        boolean required = outcome.get().passwordChangeRequired();
        String login = outcome.get().username();
        PasswordChangeMarks.loggedIn(request.getSession(true), outcome.get().username(), required);
        AccountStateFilter.loggedIn(request.getSession(true), Instant.now(), login);
        return required;
    }

    /**
     * A new session id for the login; and when the session belonged to another login (someone logged in on this
     * browser without logging out first), a new session altogether: the pages the other login left open carried
     * their person and rights, and posting them after the new login filed a travel request for the other person,
     * handed in their paper and sent the office's reminders as an employee (found by an outside check). Their pages
     * then answer "expired" and open again as the new login.
     */
    private void renewSessionId(HttpServletRequest request) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        String before = AccountStateFilter.loggedInAs(session);
        String now = attempt.outcome().filter(LoginOutcome::succeeded).map(LoginOutcome::username)
                .orElse(request.getRemoteUser());
        if (before != null && !before.equals(now)) {
            session.invalidate();
            request.getSession(true);
        } else {
            request.changeSessionId();
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** The page to return to after the login ({@link ReturnPath}); kept by the form while it is answered. */
    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isLoggedOut() {
        return loggedOut;
    }

    public void setLoggedOut(boolean loggedOut) {
        this.loggedOut = loggedOut;
    }
}
