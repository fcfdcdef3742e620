package org.shoumi.quizzes.bank.control.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moodle's own import fixtures ({@code moodle-qformat} in this module's test resources, with their GPL-3.0
 * notice) and what Moodle 5.1's importers read from each ({@code EXPECTED-moodle-5.1-parse.txt}): per file, the
 * items as "qtype TAB name" in file order.
 */
final class MoodleFixtures {

    private static final Pattern HEADER = Pattern.compile("^(\\S.*): (\\d+) items$");

    private MoodleFixtures() {
    }

    static Path dir() {
        return AikenConformanceTest.fixtures();
    }

    /** The file decoded as the import page decodes it (UTF-8, else GBK). */
    static String text(String relative) {
        try {
            return TextDecoding.decode(Files.readAllBytes(dir().resolve(relative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File name → Moodle's items ("qtype TAB name"; a name may span lines). */
    static Map<String, List<String>> expected() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        List<String> current = null;
        try {
            for (String line : Files.readAllLines(dir().resolve("EXPECTED-moodle-5.1-parse.txt"))) {
                Matcher header = HEADER.matcher(line);
                if (line.startsWith("#")) {
                    continue;
                }
                if (header.matches()) {
                    current = new ArrayList<>();
                    expected.put(header.group(1), current);
                } else if (current != null && line.startsWith("  ") && line.contains("\t")) {
                    current.add(line.substring(2));
                } else if (current != null && !line.startsWith("  ") && !current.isEmpty()) {
                    current.set(current.size() - 1, current.get(current.size() - 1) + "\n" + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expected;
    }
}
