package org.shoumi.quizzes.attempts.entity;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a taker answered to one question. A question with no saved response is unanswered.
 */
public sealed interface Response {

    /** SINGLE or MULTI: the ids (not display labels) of the options picked. */
    record Choice(Set<String> optionIds) implements Response {
        public Choice {
            optionIds = Set.copyOf(Objects.requireNonNull(optionIds, "optionIds"));
        }

        public static Choice of(String... optionIds) {
            return new Choice(Set.of(optionIds));
        }
    }

    /** JUDGE: true for 对, false for 错. */
    record Judge(boolean statementTrue) implements Response {
    }

    /** FILL: the text typed into each blank, in blank order; missing trailing blanks count as empty. */
    record Fill(List<String> blanks) implements Response {
        public Fill {
            blanks = Objects.requireNonNull(blanks, "blanks").stream().map(b -> b == null ? "" : b).toList();
        }

        public static Fill of(String... blanks) {
            return new Fill(List.of(blanks));
        }
    }
}
