package org.shoumi.content.pack.control;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A quiz question as written in the pack. {@code options} maps letters A–F to their text (empty for JUDGE and
 * FILL); {@code answer} is the raw answer field (letters, TRUE/FALSE, or accepted texts separated by |).
 * {@code group} is the optional exclusion group ({@code group:}; null when absent): items of one group are variants
 * of one fact, so one draw should hold at most one of them, and {@link BankQuality} does not count them as
 * near-duplicates of each other.
 */
public record PackQuestion(String file, int line, String id, String type, String clause, int clauseLine,
                           int difficulty, String basis, String stem, Map<String, String> options, String answer,
                           String explanation, String category, String group) {

    public static final List<String> TYPES = List.of("SINGLE", "MULTI", "JUDGE", "FILL");

    /** What a {@code group:} name may be. */
    public static final Pattern GROUP = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
}
