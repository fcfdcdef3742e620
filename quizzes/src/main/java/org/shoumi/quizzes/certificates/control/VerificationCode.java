package org.shoumi.quizzes.certificates.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code printed on a certificate and in its QR code: 12 characters of Crockford's base32 (no I, L, O, U, so
 * nothing is misread from paper), shown in groups of four, "7KQ4-M2XD-9TRA". 60 random bits: guessing a valid
 * code is hopeless, so the public page needs no secret beyond the code itself.
 */
public final class VerificationCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    /** A new code in its stored form (12 characters, no dashes). */
    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as printed: groups of four joined by dashes. */
    public static String display(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /**
     * A code as somebody typed or scanned it, in its stored form: case, spaces and dashes ignored, O read as 0
     * and I or L as 1 (Crockford's rule); empty when it cannot be a code at all.
     */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1')
                .replace('L', '1');
        if (s.length() != LENGTH) {
            return Optional.empty();
        }
        for (char c : s.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(s);
    }

    /**
     * A name as the public page shows it: the first character and, for names of three or more characters,
     * the last, with the rest starred (张三丰 → 张*丰, 李明 → 李*, Li Ming → L******).
     */
    public static String maskName(String name) {
        int[] cps = name == null ? new int[0] : name.strip().codePoints().toArray();
        if (cps.length == 0) {
            return "*";
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(cps[0]);
        boolean latin = cps[0] < 0x2E80;
        int keepLast = !latin && cps.length >= 3 ? 1 : 0;
        masked.append("*".repeat(Math.max(1, cps.length - 1 - keepLast)));
        if (keepLast == 1) {
            masked.appendCodePoint(cps[cps.length - 1]);
        }
        return masked.toString();
    }
}
