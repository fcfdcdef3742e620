package org.shoumi.portal.employees.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FirstPasswordsTest {

    @Test
    void twelveUnambiguousCharactersOfEveryKindAndNoTwoAlike() {
        Set<String> seen = new HashSet<>();
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 2000; i++) {
            String p = new String(FirstPasswords.generate(random));
            assertEquals(FirstPasswords.LENGTH, p.length());
            assertTrue(p.chars().anyMatch(Character::isUpperCase), p);
            assertTrue(p.chars().anyMatch(Character::isLowerCase), p);
            assertTrue(p.chars().anyMatch(Character::isDigit), p);
            assertTrue(p.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), p);
            assertTrue(seen.add(p), p);
            assertTrue(new org.shoumi.portal.security.control.PasswordPolicy(8, 128).strengthRefusal(p.toCharArray())
                    .isEmpty(), "the password rule takes every first password: " + p);
        }
        assertEquals(FirstPasswords.LENGTH, FirstPasswords.generate().length);
    }
}
