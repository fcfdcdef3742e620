package org.shoumi.quizzes.bank.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ImportMessagesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ImportMessagesTest.class.getResourceAsStream("/org/shoumi/quizzes/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("import_messages.properties").stringPropertyNames()),
                new TreeSet<>(load("import_messages_zh_CN.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyUsedInTheImportersExists() throws IOException {
        Set<String> keys = load("import_messages.properties").stringPropertyNames();
        Pattern used = Pattern.compile("\"(import\\.(?:error|warning|note)\\.[A-Za-z.]+)\"");
        try (var files = Files.walk(Path.of("src/main/java/org/shoumi/quizzes/bank/control/importing"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = used.matcher(Files.readString(f));
                while (m.find()) {
                    assertTrue(keys.contains(m.group(1)), f.getFileName() + " uses missing key " + m.group(1));
                }
            }
        }
    }
}
