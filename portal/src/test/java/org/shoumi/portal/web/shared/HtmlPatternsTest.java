package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Browsers compile an HTML {@code pattern} attribute with the {@code v} flag, under which a character class
 * must escape {@code ( ) [ ] { } / - |} unless the {@code -} forms a range; an invalid pattern switches the
 * field's client-side check off silently. This checks the plain-HTML inputs of the pages.
 */
class HtmlPatternsTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern INPUT_PATTERN = Pattern.compile("<input\\b[^>]*?\\spattern=\"([^\"]*)\"");
    private static final String SYNTAX = "()[]{}/|";

    /** Whether the regular expression is also valid with the v flag (character classes only: what we use). */
    static boolean validUnderVFlag(String regex) {
        boolean inClass = false;
        int classStart = -1;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (!inClass) {
                if (c == '[') {
                    inClass = true;
                    classStart = i + 1;
                    if (classStart < regex.length() && regex.charAt(classStart) == '^') {
                        classStart++;
                        i++;
                    }
                }
                continue;
            }
            if (c == ']') {
                inClass = false;
            } else if (SYNTAX.indexOf(c) >= 0) {
                return false;
            } else if (c == '-') {
                boolean range = i > classStart && i + 1 < regex.length() && regex.charAt(i + 1) != ']';
                if (!range) {
                    return false;
                }
            }
        }
        return !inClass;
    }

    @Test
    void theCheckKnowsTheRules() {
        assertTrue(validUnderVFlag("[A-Za-z0-9\\-]+"));
        assertTrue(validUnderVFlag("[^@\\s]+@[^@\\s]+"));
        assertEquals(false, validUnderVFlag("[A-Za-z0-9-]+"));
        assertEquals(false, validUnderVFlag("[-A-Z]+"));
        assertEquals(false, validUnderVFlag("[(0-9)]+"));
        assertEquals(false, validUnderVFlag("[a|b]"));
    }

    @Test
    void everyPatternAttributeIsValidInABrowser() throws IOException {
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = INPUT_PATTERN.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!validUnderVFlag(m.group(1))) {
                        bad.add(f + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    /** A field of the pages' own elements (an input, a component) whose length is a staff number's. */
    private static final Pattern STAFF_NUMBER_FIELD = Pattern.compile(
            "<[a-zA-Z:]+\\b[^>]*?maxlength=\"#\\{fieldLimits\\.staffNumber\\}\"[^>]*>");

    /**
     * Found by an outside check: the secrecy file's staff-number field on 档案与导出 carried {@code
     * pattern="[A-Za-z0-9\\-]+"}, older than the one rule ({@code employees.entity.StaffNumber}), so the browser refused
     * to send "A_1", which the portal issues, and full-width ＳＭ００２, which the server reads half-width. No
     * staff-number field has a pattern attribute of its own: the server holds the rule and answers in the user's
     * language.
     */
    @Test
    void noStaffNumberFieldHasAPatternOfItsOwn() throws IOException {
        List<String> bad = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = STAFF_NUMBER_FIELD.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    seen++;
                    if (m.group().contains(" pattern=")) {
                        bad.add(f + ": " + m.group());
                    }
                }
            }
        }
        assertTrue(seen >= 3, "the staff-number fields were not found; has the check lost its target? " + seen);
        assertEquals(List.of(), bad);
    }
}
