package org.shoumi.quizzes.bank.entity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Business key of the rule or post-duty clause a question tests, as kept by the content module:
 * {@code rules.carriers.3} (保密守则, carriers, clause 3) or {@code duties.secretary.2} (秘书岗位职责, item 2).
 * Lowercase dotted segments of letters, digits and hyphens, at least two segments.
 */
public record ClauseCode(String value) implements Comparable<ClauseCode> {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

    public ClauseCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid clause code: '" + value + "'");
        }
    }

    public static ClauseCode of(String value) {
        return new ClauseCode(value);
    }

    /** Whether {@code text} is a well-formed clause code. */
    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    /** The code without its last segment: the topic ({@code rules.carriers}) or the post ({@code duties.secretary}). */
    public String topic() {
        return value.substring(0, value.lastIndexOf('.'));
    }

    @Override
    public int compareTo(ClauseCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
