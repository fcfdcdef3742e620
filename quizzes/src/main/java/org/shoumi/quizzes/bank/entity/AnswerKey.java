package org.shoumi.quizzes.bank.entity;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The correct answer of a question (答案). One variant per {@link QuestionType}; option references are
 * {@link ChoiceOption#id() option ids}, never display labels.
 */
public sealed interface AnswerKey {

    /** The question type this key belongs to. */
    QuestionType type();

    /** SINGLE: the id of the one correct option. */
    record Single(String optionId) implements AnswerKey {
        public Single {
            Objects.requireNonNull(optionId, "optionId");
        }

        @Override
        public QuestionType type() {
            return QuestionType.SINGLE;
        }
    }

    /**
     * MULTI: the ids of the correct options, and optionally Moodle-like per-option weights (fractions of the
     * question's mark between -1 and 1, e.g. 0.5 for 50%, -1 for -100%) used by the WEIGHTED multi policy.
     * Options absent from {@code weights} weigh 0. An empty map means "no explicit weights".
     */
    record Multi(Set<String> correctOptionIds, Map<String, BigDecimal> weights) implements AnswerKey {
        public Multi {
            if (correctOptionIds == null || correctOptionIds.isEmpty()) {
                throw new IllegalArgumentException("a MULTI question needs at least one correct option");
            }
            correctOptionIds = Set.copyOf(new TreeSet<>(correctOptionIds));
            weights = weights == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(weights));
            for (Map.Entry<String, BigDecimal> w : weights.entrySet()) {
                if (w.getValue().compareTo(BigDecimal.ONE) > 0 || w.getValue().compareTo(BigDecimal.ONE.negate()) < 0) {
                    throw new IllegalArgumentException("weight of option " + w.getKey() + " outside [-1, 1]: " + w.getValue());
                }
            }
        }

        public Multi(Set<String> correctOptionIds) {
            this(correctOptionIds, Map.of());
        }

        @Override
        public QuestionType type() {
            return QuestionType.MULTI;
        }
    }

    /** JUDGE: whether the statement is true (对) or false (错). */
    record Judge(boolean statementTrue) implements AnswerKey {
        @Override
        public QuestionType type() {
            return QuestionType.JUDGE;
        }
    }

    /** FILL: one entry per blank, in the order the blanks appear in the stem. */
    record Fill(List<Blank> blanks) implements AnswerKey {
        public Fill {
            if (blanks == null || blanks.isEmpty()) {
                throw new IllegalArgumentException("a FILL question needs at least one blank");
            }
            blanks = List.copyOf(blanks);
        }

        @Override
        public QuestionType type() {
            return QuestionType.FILL;
        }
    }

    /** One blank of a FILL question with every answer accepted for it (compared after normalisation). */
    record Blank(List<String> acceptedAnswers) {
        public Blank {
            if (acceptedAnswers == null || acceptedAnswers.isEmpty()
                    || acceptedAnswers.stream().anyMatch(a -> a == null || a.isBlank())) {
                throw new IllegalArgumentException("a blank needs at least one non-blank accepted answer");
            }
            acceptedAnswers = List.copyOf(acceptedAnswers);
        }

        public static Blank of(String... accepted) {
            return new Blank(List.of(accepted));
        }
    }
}
