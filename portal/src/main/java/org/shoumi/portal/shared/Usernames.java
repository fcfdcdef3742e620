package org.shoumi.portal.shared;

import java.util.regex.Pattern;

/**
 * The one rule for login names (lower case): 1 to {@value #MAX_LENGTH} of a–z, 0–9, dot, dash and underscore.
 * The account entity, the hire form, the roster import and account creation all ask here.
 */
public final class Usernames {

    public static final int MAX_LENGTH = 64;
    public static final String PATTERN = "[a-z0-9._-]+";
    private static final Pattern RULE = Pattern.compile(PATTERN);

    private Usernames() {
    }

    public static boolean isValid(String username) {
        return username != null && username.length() <= MAX_LENGTH && RULE.matcher(username).matches();
    }
}
