package org.shoumi.portal.api.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who may call the API: a logged-in user holding one of the allowed roles, or a client presenting the configured
 * token as {@code Authorization: Bearer <token>}. A configured token shorter than {@link #MIN_TOKEN_LENGTH}
 * characters is ignored (no token access at all), so a guessable token never opens the API. Plain Java.
 */
public final class ApiAccess {

    public enum Decision { ALLOW, UNAUTHENTICATED, FORBIDDEN }

    public static final int MIN_TOKEN_LENGTH = 24;

    /** The roles that may read the API after logging in. */
    public static final Set<String> ROLES = Set.of("HR", "SECRECY_OFFICER", "AUDITOR");

    private static final String BEARER = "Bearer ";

    private ApiAccess() {
    }

    /**
     * @param user           the logged-in user, or null
     * @param hasRole        whether the logged-in user holds a role
     * @param authorization  the Authorization header, or null
     * @param configuredToken the API token from configuration, if any
     */
    public static Decision decide(String user, Predicate<String> hasRole, String authorization,
                                  Optional<String> configuredToken) {
        if (presentsToken(authorization)) {
            String presented = authorization.substring(BEARER.length()).strip();
            return usable(configuredToken).filter(token -> sameSecret(token, presented)).isPresent()
                    ? Decision.ALLOW : Decision.UNAUTHENTICATED;
        }
        if (user == null) {
            return Decision.UNAUTHENTICATED;
        }
        return ROLES.stream().anyMatch(hasRole) ? Decision.ALLOW : Decision.FORBIDDEN;
    }

    /** Whether the Authorization header presents a token ({@code Bearer …}), right or wrong. */
    public static boolean presentsToken(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    /** The configured token if it is long enough to be used. */
    public static Optional<String> usable(Optional<String> configuredToken) {
        return configuredToken.map(String::strip).filter(t -> t.length() >= MIN_TOKEN_LENGTH);
    }

    /** Compares digests, so the time taken says nothing about how much of the token was right. */
    static boolean sameSecret(String expected, String presented) {
        return MessageDigest.isEqual(sha256(expected), sha256(presented));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
