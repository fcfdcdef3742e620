package org.shoumi.quizzes.attempts.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * What a taker answered, in the form it is stored: option letters ({@code AC}), {@code TRUE}/{@code FALSE},
 * or the texts of the blanks separated by a line break. An empty answer is "not answered".
 */
public record Response(String stored) {

    public static final int MAX_LENGTH = 2000;

    public static Response empty() {
        return new Response("");
    }

    public static Response ofLetters(Iterable<String> letters) {
        Set<String> sorted = new TreeSet<>();
        letters.forEach(l -> {
            String u = l.strip().toUpperCase(Locale.ROOT);
            if (u.length() == 1 && u.charAt(0) >= 'A' && u.charAt(0) <= 'F') {
                sorted.add(u);
            }
        });
        return new Response(String.join("", sorted));
    }

    public static Response ofTruth(Boolean truth) {
        return new Response(truth == null ? "" : truth ? "TRUE" : "FALSE");
    }

    public static Response ofBlanks(List<String> blanks) {
        return new Response(String.join("\n", blanks.stream()
                .map(b -> b == null ? "" : b.replace('\n', ' ').replace('\r', ' ').strip()).toList()));
    }

    public boolean isEmpty() {
        return stored == null || stored.isBlank();
    }

    public Set<String> letters() {
        Set<String> letters = new TreeSet<>();
        if (stored != null) {
            for (char c : stored.toCharArray()) {
                letters.add(String.valueOf(c));
            }
        }
        return letters;
    }

    public Boolean truth() {
        return "TRUE".equals(stored) ? Boolean.TRUE : "FALSE".equals(stored) ? Boolean.FALSE : null;
    }

    public List<String> blanks() {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n", -1));
    }

    /** Whether this is a well-formed answer to a question of that type (the server refuses anything else). */
    public boolean fits(QuestionType type, int optionCount, int blankCount) {
        if (stored == null || stored.length() > MAX_LENGTH) {
            return false;
        }
        if (isEmpty()) {
            return true;
        }
        return switch (type) {
            case SINGLE -> stored.length() == 1 && stored.charAt(0) >= 'A' && stored.charAt(0) < 'A' + optionCount;
            case MULTI -> stored.chars().allMatch(c -> c >= 'A' && c < 'A' + optionCount)
                    && stored.chars().distinct().count() == stored.length();
            case JUDGE -> truth() != null;
            case FILL -> blanks().size() == blankCount;
        };
    }
}
