package org.shoumi.portal.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Jakarta Security identity store over the portal's own accounts and, when configured, the unit's directory
 * ({@link DirectoryLogins}); the groups it returns are role names. A name with a local account is checked
 * locally; any other name is asked of the directory.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

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
        LoginOutcome outcome = directory.enabled() && !accounts.isLocal(login.getCaller())
                ? directory.authenticate(login.getCaller(), login.getPassword().getValue(), request.getRemoteAddr())
                : accounts.authenticate(login.getCaller(), login.getPassword().getValue(), request.getRemoteAddr());
        attempt.record(outcome);
        return outcome.succeeded()
                ? new CredentialValidationResult(outcome.username(), outcome.roleNames())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
