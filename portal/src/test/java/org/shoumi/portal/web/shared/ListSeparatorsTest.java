package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Found by an outside check: English pages joined lists with the Chinese "、" ("General Office、Research", "not on
 * the roster: SM999、foo"). The Faces beans join what they show with the bundle's common.listSeparator (or
 * common.partSeparator), never with a Chinese mark written in the code.
 */
class ListSeparatorsTest {

    private static final Pattern CHINESE_JOIN = Pattern.compile(
            "(joining|String\\.join)\\(\\s*\"[、，；：]\"");

    @Test
    void theFacesBeansJoinWithTheBundlesSeparators() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/shoumi/portal/web"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CHINESE_JOIN.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(file.getFileName() + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theSeparatorsAreSaidInEachLanguage() {
        assertEquals(", ", Messages.text(java.util.Locale.ENGLISH, "common.listSeparator"));
        assertEquals("、", Messages.text(java.util.Locale.SIMPLIFIED_CHINESE, "common.listSeparator"));
        assertEquals("; ", Messages.text(java.util.Locale.ENGLISH, "common.partSeparator"));
        assertEquals("；", Messages.text(java.util.Locale.SIMPLIFIED_CHINESE, "common.partSeparator"));
    }
}
