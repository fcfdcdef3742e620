package org.shoumi.quizzes.bank.entity;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A question of the bank. Immutable; every invariant is checked on construction:
 * <ul>
 *   <li>SINGLE and MULTI have 2–6 options with distinct ids, and the key names existing options;</li>
 *   <li>JUDGE and FILL have no options;</li>
 *   <li>the answer key's type equals {@code type};</li>
 *   <li>difficulty is 1 (easy) to 5 (hard); stem and category are not blank.</li>
 * </ul>
 * {@code clause} links the question to the rule or duty clause it tests; {@code legalBasis} optionally
 * cites the regulation (依据), e.g. "《保密法》第二十五条".
 */
public record Question(
        QuestionKey key,
        QuestionType type,
        String stem,
        List<ChoiceOption> options,
        AnswerKey answerKey,
        String explanation,
        String category,
        Set<String> tags,
        int difficulty,
        ClauseCode clause,
        String legalBasis) {

    public static final int MAX_OPTIONS = 6;
    public static final int MIN_DIFFICULTY = 1;
    public static final int MAX_DIFFICULTY = 5;

    public Question {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(answerKey, "answerKey");
        if (stem == null || stem.isBlank()) {
            throw new IllegalArgumentException(key + ": stem must not be blank");
        }
        if (category == null || category.isBlank()) {
            throw new IllegalArgumentException(key + ": category must not be blank");
        }
        options = options == null ? List.of() : List.copyOf(options);
        tags = tags == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(tags));
        explanation = explanation == null ? "" : explanation;
        legalBasis = legalBasis == null || legalBasis.isBlank() ? null : legalBasis;
        if (answerKey.type() != type) {
            throw new IllegalArgumentException(key + ": answer key of type " + answerKey.type() + " on a " + type + " question");
        }
        if (difficulty < MIN_DIFFICULTY || difficulty > MAX_DIFFICULTY) {
            throw new IllegalArgumentException(key + ": difficulty must be 1–5, was " + difficulty);
        }
        if (type.hasOptions()) {
            if (options.size() < 2 || options.size() > MAX_OPTIONS) {
                throw new IllegalArgumentException(key + ": needs 2–6 options, has " + options.size());
            }
            Set<String> ids = new HashSet<>();
            for (ChoiceOption o : options) {
                if (!ids.add(o.id())) {
                    throw new IllegalArgumentException(key + ": duplicate option id " + o.id());
                }
            }
            Set<String> referenced = new HashSet<>();
            if (answerKey instanceof AnswerKey.Single s) {
                referenced.add(s.optionId());
            } else if (answerKey instanceof AnswerKey.Multi m) {
                referenced.addAll(m.correctOptionIds());
                referenced.addAll(m.weights().keySet());
            }
            for (String id : referenced) {
                if (!ids.contains(id)) {
                    throw new IllegalArgumentException(key + ": answer names unknown option " + id);
                }
            }
        } else if (!options.isEmpty()) {
            throw new IllegalArgumentException(key + ": a " + type + " question has no options");
        }
    }

    /** The option with this id, if the question has it. */
    public Optional<ChoiceOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    public Optional<ClauseCode> clauseCode() {
        return Optional.ofNullable(clause);
    }

    public Optional<String> legalBasisText() {
        return Optional.ofNullable(legalBasis);
    }

    /** A builder with defaults: no options, empty explanation, no tags, difficulty 3, no clause, no legal basis. */
    public static Builder builder(String key, QuestionType type) {
        return new Builder(QuestionKey.of(key), type);
    }

    public static Builder builder(QuestionKey key, QuestionType type) {
        return new Builder(key, type);
    }

    /** A copy of this question as a builder, to change some fields. */
    public Builder toBuilder() {
        return new Builder(key, type).stem(stem).options(options).answerKey(answerKey).explanation(explanation)
                .category(category).tags(tags).difficulty(difficulty).clause(clause).legalBasis(legalBasis);
    }

    /** Mutable builder for {@link Question}; {@link #build()} checks every invariant. */
    public static final class Builder {
        private final QuestionKey key;
        private final QuestionType type;
        private String stem;
        private List<ChoiceOption> options = List.of();
        private AnswerKey answerKey;
        private String explanation = "";
        private String category;
        private Set<String> tags = Set.of();
        private int difficulty = 3;
        private ClauseCode clause;
        private String legalBasis;

        private Builder(QuestionKey key, QuestionType type) {
            this.key = key;
            this.type = type;
        }

        public Builder stem(String stem) { this.stem = stem; return this; }
        public Builder options(List<ChoiceOption> options) { this.options = options; return this; }

        /** Options with ids "A", "B", … in the given order. */
        public Builder lettered(String... texts) {
            List<ChoiceOption> list = new java.util.ArrayList<>();
            for (int i = 0; i < texts.length; i++) {
                list.add(new ChoiceOption(String.valueOf((char) ('A' + i)), texts[i]));
            }
            this.options = list;
            return this;
        }

        public Builder answerKey(AnswerKey answerKey) { this.answerKey = answerKey; return this; }
        public Builder explanation(String explanation) { this.explanation = explanation; return this; }
        public Builder category(String category) { this.category = category; return this; }
        public Builder tags(Set<String> tags) { this.tags = tags; return this; }
        public Builder tags(String... tags) { this.tags = Set.of(tags); return this; }
        public Builder difficulty(int difficulty) { this.difficulty = difficulty; return this; }
        public Builder clause(ClauseCode clause) { this.clause = clause; return this; }
        public Builder clause(String clause) { this.clause = clause == null ? null : ClauseCode.of(clause); return this; }
        public Builder legalBasis(String legalBasis) { this.legalBasis = legalBasis; return this; }

        public Question build() {
            return new Question(key, type, stem, options, answerKey, explanation, category, tags, difficulty, clause, legalBasis);
        }
    }

    /** Number of blanks of a FILL question; 0 for other types. */
    public int blankCount() {
        return answerKey instanceof AnswerKey.Fill f ? f.blanks().size() : 0;
    }
}
