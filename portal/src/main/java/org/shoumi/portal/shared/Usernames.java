package org.shoumi.portal.shared;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule for login names (lower case): 1 to {@value #MAX_LENGTH} of a–z, 0–9, dot, dash and underscore.
 * The account entity, the hire form, the roster import and account creation all ask here.
 */
public final class Usernames {

    public static final int MAX_LENGTH = 64;
    public static final String PATTERN = "[a-z0-9._-]+";
    private static final Pattern RULE = Pattern.compile(PATTERN);

    /** Who the records name for the portal's own work: the daily backup, switching leavers' logins off. */
    public static final String SYSTEM = "system";
    /** Who the records name for what the operator's API token did (a backup through {@code POST /api/backups}). */
    public static final String API = "api";
    /** Who the records name for what a directory login did to its account (opened it, changed its roles). */
    public static final String DIRECTORY = "directory";

    /**
     * The names the portal itself writes as the actor of its own work. No login may hold one: a person named
     * "system" would appear as the maker of the daily backups and of every leaver's switch-off.
     */
    public static final Set<String> RESERVED = Set.of(SYSTEM, API, DIRECTORY);

    private Usernames() {
    }

    /** Whether the name, in any case and with spaces around it, is one the portal writes as its own actor. */
    public static boolean isReserved(String username) {
        return username != null && RESERVED.contains(username.strip().toLowerCase(Locale.ROOT));
    }

    public static boolean isValid(String username) {
        return username != null && username.length() <= MAX_LENGTH && RULE.matcher(username).matches();
    }
}
