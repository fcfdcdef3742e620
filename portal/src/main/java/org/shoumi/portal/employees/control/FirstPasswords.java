package org.shoumi.portal.employees.control;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * First passwords for logins opened by a roster import: 12 characters with upper- and lower-case letters and
 * digits, leaving out those easily misread when copied from a screen (0/O, 1/l/I).
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

    static char[] generate(RandomGenerator random) {
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
