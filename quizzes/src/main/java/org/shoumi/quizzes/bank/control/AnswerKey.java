package org.shoumi.quizzes.bank.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * The correct answer of a question, parsed from its stored form: option letters for choice questions
 * ({@code B}, {@code ACD}), {@code TRUE}/{@code FALSE} for true/false, and for fill-in one group of accepted
 * answers per blank, groups separated by {@code ;} and alternatives by {@code |}.
 */
public record AnswerKey(QuestionType type, Set<String> letters, Boolean truth, List<List<String>> blanks) {

    public static AnswerKey parse(QuestionType type, String stored) {
        String s = stored == null ? "" : stored.strip();
        return switch (type) {
            case SINGLE, MULTI -> {
                Set<String> letters = new TreeSet<>();
                for (char c : s.toUpperCase(Locale.ROOT).toCharArray()) {
                    if (c >= 'A' && c <= 'F') {
                        letters.add(String.valueOf(c));
                    } else if (c != ',' && c != ' ') {
                        throw new IllegalArgumentException("not an option letter: " + c);
                    }
                }
                if (letters.isEmpty() || (type == QuestionType.SINGLE && letters.size() != 1)) {
                    throw new IllegalArgumentException("bad " + type + " answer: " + stored);
                }
                yield new AnswerKey(type, letters, null, List.of());
            }
            case JUDGE -> {
                String u = s.toUpperCase(Locale.ROOT);
                if (!u.equals("TRUE") && !u.equals("FALSE")) {
                    throw new IllegalArgumentException("bad JUDGE answer: " + stored);
                }
                yield new AnswerKey(type, Set.of(), u.equals("TRUE"), List.of());
            }
            case FILL -> {
                List<List<String>> blanks = new ArrayList<>();
                for (String group : s.split(";")) {
                    List<String> accepted = Arrays.stream(group.split("\\|")).map(String::strip)
                            .filter(a -> !a.isEmpty()).toList();
                    if (accepted.isEmpty()) {
                        throw new IllegalArgumentException("a blank without accepted answers: " + stored);
                    }
                    blanks.add(accepted);
                }
                yield new AnswerKey(type, Set.of(), null, List.copyOf(blanks));
            }
        };
    }

    /**
     * How a taker sees the key after answering (每日一练, the 错题本): letters, TRUE/FALSE, or each blank's accepted
     * texts ("遗留 / 遗落 / 遗失"), one blank a line, as a taker's answer is stored, so that a page names them blank by
     * blank (the 每日一练 and 错题本 pages ran them together with "；"). Only the first accepted text was shown, while the
     * exam's result page showed them all (outside check).
     */
    public String display() {
        return switch (type) {
            case SINGLE, MULTI -> String.join("", letters);
            case JUDGE -> truth ? "TRUE" : "FALSE";
            case FILL -> String.join("\n", blanks.stream().map(b -> String.join(" / ", b)).toList());
        };
    }
}
