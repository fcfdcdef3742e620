package org.shoumi.quizzes.bank.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The import bundles: English and Chinese hold the same keys, and every key the readers use is in them. */
class ImportMessagesTest {

    private static final String BASE = "/org/shoumi/quizzes/i18n/import_messages";
    private static final Pattern KEY = Pattern.compile("\"(import\\.(?:error|notice)\\.[A-Za-z0-9.]+)\"");

    private static Properties load(String suffix) {
        Properties p = new Properties();
        try (InputStream in = ImportMessagesTest.class.getResourceAsStream(BASE + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Test
    void englishAndChineseHaveTheSameKeys() {
        assertEquals(new TreeSet<>(load("").stringPropertyNames()), new TreeSet<>(load("_zh_CN").stringPropertyNames()));
    }

    @Test
    void everyKeyUsedInTheReadersExistsAndFormats() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/shoumi/quizzes/bank/control/importing"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.contains("import.notice.unsupported"), used.toString());
        for (String suffix : new String[] {"", "_zh_CN"}) {
            Properties bundle = load(suffix);
            for (String key : used) {
                assertTrue(bundle.containsKey(key), key + " missing in import_messages" + suffix);
            }
            for (String key : bundle.stringPropertyNames()) {
                // the page formats every message with MessageFormat: a stray { or ' would break it or leave {0} behind
                // (five arguments: a withdrawn question's notice names key, time, person and reason or new version,
                // and the retired last version of a replaced wording)
                String text = new MessageFormat(bundle.getProperty(key)).format(new Object[] {2, 3, 4, 5, 6});
                assertTrue(!text.matches("(?s).*\\{[0-9]}.*"), key + suffix + ": " + text);
                // an English count has a real plural ({0,choice,…}), never "answer(s)"
                assertTrue(!text.contains("(s)"), key + suffix + ": " + text);
            }
        }
    }
}
