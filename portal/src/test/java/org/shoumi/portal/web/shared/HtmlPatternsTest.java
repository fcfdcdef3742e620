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
        int seen = 0;
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = INPUT_PATTERN.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    seen++;
                    if (!validUnderVFlag(m.group(1))) {
                        bad.add(f + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(seen > 0, "no pattern attribute found; has the check lost its target?");
        assertEquals(List.of(), bad);
    }
}
