package org.shoumi.content.pack.control;

import java.util.List;
import java.util.Map;

/**
 * A quiz question as written in the pack. {@code options} maps letters A–F to their text (empty for JUDGE and
 * FILL); {@code answer} is the raw answer field (letters, TRUE/FALSE, or accepted texts separated by |).
 */
public record PackQuestion(String file, int line, String id, String type, String clause, int clauseLine,
                           int difficulty, String basis, String stem, Map<String, String> options, String answer,
                           String explanation, String category) {

    public static final List<String> TYPES = List.of("SINGLE", "MULTI", "JUDGE", "FILL");
}
