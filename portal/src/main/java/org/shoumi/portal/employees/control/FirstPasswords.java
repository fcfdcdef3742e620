package org.shoumi.portal.employees.control;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * First passwords for logins opened by a roster import and one-time passwords of an administrator's reset: 12
 * characters with upper- and lower-case letters and digits, leaving out those easily misread when copied from a
 * screen (0/O, 1/l/I), drawn again until the rule of the login they are for takes them.
 */
public final class FirstPasswords {

    public static final int LENGTH = 12;
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String ALL = UPPER + LOWER + DIGITS;
    private static final SecureRandom RANDOM = new SecureRandom();

    private FirstPasswords() {
    }

    public static char[] generate() {
        return generate(RANDOM);
    }

    /**
     * A password of {@link #LENGTH} characters that {@code accepted} takes: drawn again until it does (the rule of the
     * login it is for refuses its login name, staff number or name in it). The roster import used a draw as it came
     * and then failed on it, nothing stored, about one row in 2,900 for a three-letter login and one in 70 for a
     * two-letter name (outside check); the administrator's reset already drew again.
     *
     * @throws IllegalStateException when {@value #MAX_DRAWS} draws in a row are refused: a rule that takes (almost)
     *         no password of this form, never a login's rule
     */
    public static char[] generate(Predicate<char[]> accepted) {
        return generate(RANDOM, accepted);
    }

    /** The most draws {@link #generate(Predicate)} makes: a login's rule refuses one draw in 70 at most. */
    static final int MAX_DRAWS = 1000;

    static char[] generate(RandomGenerator random, Predicate<char[]> accepted) {
        for (int i = 0; i < MAX_DRAWS; i++) {
            char[] password = generate(random);
            if (accepted.test(password)) {
                return password;
            }
            Arrays.fill(password, '\0');
        }
        throw new IllegalStateException("no first password taken in " + MAX_DRAWS + " draws");
    }

    /**
     * A password of {@link #LENGTH} characters with no run of five letters or digits in order (abcde, 98765), which
     * the password rule refuses as a choice and so as a first password (a whole roster import would fail on it).
     */
    static char[] generate(RandomGenerator random) {
        char[] password = draw(random);
        while (hasRun(password)) {
            password = draw(random);
        }
        return password;
    }

    private static boolean hasRun(char[] password) {
        int run = 1;
        int step = 0;
        for (int i = 1; i < password.length; i++) {
            int d = Character.toLowerCase(password[i]) - Character.toLowerCase(password[i - 1]);
            boolean sameKind = Character.isDigit(password[i]) == Character.isDigit(password[i - 1]);
            if (sameKind && (d == 1 || d == -1)) {
                run = run > 1 && d == step ? run + 1 : 2;
                step = d;
            } else {
                run = 1;
            }
            if (run >= 5) {
                return true;
            }
        }
        return false;
    }

    private static char[] draw(RandomGenerator random) {
        char[] password = new char[LENGTH];
        password[0] = UPPER.charAt(random.nextInt(UPPER.length()));
        password[1] = LOWER.charAt(random.nextInt(LOWER.length()));
        password[2] = DIGITS.charAt(random.nextInt(DIGITS.length()));
        for (int i = 3; i < LENGTH; i++) {
            password[i] = ALL.charAt(random.nextInt(ALL.length()));
        }
        for (int i = LENGTH - 1; i > 0; i--) {  // the three guaranteed kinds are not always in front
            int j = random.nextInt(i + 1);
            char t = password[i];
            password[i] = password[j];
            password[j] = t;
        }
        return password;
    }
}
