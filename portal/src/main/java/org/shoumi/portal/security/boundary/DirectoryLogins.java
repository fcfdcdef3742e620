package org.shoumi.portal.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.shoumi.portal.security.control.DirectoryClient;
import org.shoumi.portal.security.control.DirectorySettings;

/**
 * Login with the unit's directory (LDAP or Active Directory), next to the portal's own accounts: on when
 * {@code shoumi.portal.ldap.url} is set. The directory checks the password; the staff number it holds names the
 * person on the roster, and its groups give the roles ({@link Accounts#directoryAccepted}). The directory is asked
 * outside any transaction, so a slow directory holds no database connection and no lock, and local logins go on.
 * A configuration that cannot be read keeps directory login on but answers "directory unavailable" (and says why
 * in the log at start-up), so that a typo never lets anybody in.
 */
@ApplicationScoped
public class DirectoryLogins {

    private static final Logger LOG = Logger.getLogger(DirectoryLogins.class.getName());

    @Inject
    Config config;

    @Inject
    Accounts accounts;

    private boolean enabled;
    private DirectoryClient client;
    private String misconfigured;

    @PostConstruct
    void configure() {
        try {
            Optional<DirectorySettings> settings = DirectorySettings.parse(key -> config.getOptionalValue(key,
                    String.class));
            enabled = settings.isPresent();
            client = settings.map(DirectoryClient::new).orElse(null);
        } catch (RuntimeException e) {
            enabled = true;
            misconfigured = e.getMessage();
        }
    }

    void start(@Observes Startup startup) {
        if (misconfigured != null) {
            LOG.severe(() -> "Directory login is misconfigured, directory users cannot log in: " + misconfigured);
        } else if (enabled) {
            LOG.info(() -> "Directory login on: " + client.settings());
        }
    }

    /** Whether directory login is configured. */
    public boolean enabled() {
        return enabled;
    }

    /**
     * A login (or a signature's confirmation, without an address) checked by the directory. The throttle and the
     * lock of local logins apply; a directory that cannot be asked answers DIRECTORY_UNAVAILABLE and the try counts
     * neither way.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public LoginOutcome authenticate(String username, char[] password, String address) {
        String name = Accounts.normalize(username);
        if (name == null || password == null || password.length == 0
                || password.length > Accounts.MAX_PASSWORD_LENGTH) {
            return LoginOutcome.invalid();
        }
        Accounts.DirectoryAdmission admitted = accounts.admitDirectoryLogin(name, address);
        if (admitted.refused().isPresent()) {
            return admitted.refused().get();
        }
        if (client == null) {
            accounts.directoryUndecided(name, address);
            return LoginOutcome.refused(LoginOutcome.Status.DIRECTORY_UNAVAILABLE);
        }
        DirectoryClient.Answer answer;
        try {
            answer = client.authenticate(name, password);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Directory login of " + name + " failed", e);
            answer = new DirectoryClient.Unavailable(e.toString());
        }
        if (answer instanceof DirectoryClient.Found found) {
            return accounts.directoryAccepted(name, address, found.dn(), found.staffNumber(),
                    client.settings().roles().rolesFor(found.groups()));
        }
        if (answer instanceof DirectoryClient.Unavailable down) {
            LOG.warning(() -> "Directory unavailable for the login of " + name + ": " + down.reason());
            accounts.directoryUndecided(name, address);
            return LoginOutcome.refused(LoginOutcome.Status.DIRECTORY_UNAVAILABLE);
        }
        // a wrong password, or a name the directory does not know: one answer for both
        return accounts.directoryRefused(name, address, admitted.tryId());
    }
}
