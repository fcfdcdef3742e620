package org.shoumi.portal.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shoumi.portal.security.control.LoginLog;

/**
 * Jakarta Security identity store over the portal's own accounts and, when configured, the unit's directory
 * ({@link DirectoryLogins}); the groups it returns are role names. A name with a local account is checked
 * locally; any other name is asked of the directory. Each try goes to the server log with the name, the client
 * address and how it ended ({@link LoginLog}): a refusal as a warning, a success as information.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    LoginAttempt attempt;

    @Inject
    DirectoryLogins directory;

    /** The login's request: where it comes from, for throttling guesses by client address. */
    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        // a local account wins: it never asks the directory (the break-glass admin works with the directory down)
        String address = request.getRemoteAddr();
        LoginOutcome outcome;
        try {
            outcome = directory.enabled() && !accounts.isLocal(login.getCaller())
                    ? directory.authenticate(login.getCaller(), login.getPassword().getValue(), address)
                    : accounts.authenticate(login.getCaller(), login.getPassword().getValue(), address);
        } catch (RuntimeException failure) {
            if (!org.shoumi.portal.shared.TransientConflicts.isLockTimeout(failure)) {
                // a deadlock among parallel guesses of one login stays a refused try, counted (LoginIT)
                throw failure;
            }
            // the database did not answer in time (a lock timeout while a long transaction holds the rows): the
            // password was not checked, so the try counts neither way and the page says the system is busy; it said
            // "wrong password or locked" to people who typed the right one during a roster import (ex-s37f 1)
            LOG.log(Level.WARNING, "The database did not answer in time for a login; the try counts neither way",
                    failure);
            accounts.undecided(login.getCaller(), address);
            outcome = LoginOutcome.refused(LoginOutcome.Status.BUSY);
        }
        attempt.record(outcome);
        LOG.log(outcome.succeeded() ? Level.INFO : Level.WARNING,
                LoginLog.line(login.getCaller(), address, outcome.status().name()));
        return outcome.succeeded()
                ? new CredentialValidationResult(outcome.username(), outcome.roleNames())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
