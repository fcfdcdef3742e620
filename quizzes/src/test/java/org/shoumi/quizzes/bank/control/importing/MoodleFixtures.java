package org.shoumi.quizzes.bank.control.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the shared Moodle fixtures ({@code shared/fixtures/moodle-qformat}). The {@code shared} folder lies next
 * to the repository root (CI clones the repo with {@code shared/} beside it), so this walks up from the working
 * directory looking for {@code <dir>/shared/fixtures/moodle-qformat}. The system property
 * {@code shoumi.shared.dir} (path of the {@code shared} folder) overrides the search.
 */
final class MoodleFixtures {

    private static final String SUB = "fixtures/moodle-qformat";

    private MoodleFixtures() {
    }

    static Path dir() {
        String explicit = System.getProperty("shoumi.shared.dir");
        if (explicit != null && !explicit.isBlank()) {
            return Paths.get(explicit).resolve(SUB);
        }
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared").resolve(SUB);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/" + SUB + " not found above " + Paths.get("").toAbsolutePath()
                + "; set -Dshoumi.shared.dir=<path of shared>");
    }

    static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(dir().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
