package org.shoumi.portal.sessions.control;

import java.util.Locale;
import java.util.random.RandomGenerator;

/** The six-digit one-time codes shown at a session, and what a person types for one. */
public final class CheckInCodes {

    private CheckInCodes() {
    }

    /** A new code from the generator (the boundary passes a SecureRandom): 000000 to 999999. */
    public static String next(RandomGenerator random) {
        return String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
    }

    /**
     * The code as typed, without spaces and dashes, full-width digits as ASCII (１２３ ４５６ is 123456);
     * null when it is not six digits.
     */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder s = new StringBuilder(6);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19') {
                s.append((char) (c - '\uFF10' + '0'));
            } else if (c >= '0' && c <= '9') {
                s.append(c);
            } else if (!Character.isWhitespace(c) && c != '-' && c != '\u3000' && c != '\u00A0') {
                return null;
            }
        }
        return s.length() == 6 ? s.toString() : null;
    }
}
