package org.shoumi.quizzes.attempts.entity;

import java.util.Set;
import org.shoumi.quizzes.bank.entity.Question;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * Which bank questions a draw rule may pick. Every criterion left null/empty matches everything; the
 * criteria given must all hold.
 *
 * @param category      exact category, or null
 * @param types         allowed question types, or empty for all
 * @param anyOfTags     the question carries at least one of these tags, or empty
 * @param minDifficulty lowest difficulty (1–5) inclusive
 * @param maxDifficulty highest difficulty (1–5) inclusive
 * @param clausePrefix  the clause code equals this or starts with it followed by '.', e.g. "duties.secretary"
 */
public record QuestionFilter(String category, Set<QuestionType> types, Set<String> anyOfTags,
                             int minDifficulty, int maxDifficulty, String clausePrefix) {

    public static final QuestionFilter ANY = new QuestionFilter(null, Set.of(), Set.of(), 1, 5, null);

    public QuestionFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        anyOfTags = anyOfTags == null ? Set.of() : Set.copyOf(anyOfTags);
        if (minDifficulty < 1 || maxDifficulty > 5 || minDifficulty > maxDifficulty) {
            throw new IllegalArgumentException("difficulty range must lie within 1–5: " + minDifficulty + "–" + maxDifficulty);
        }
    }

    public QuestionFilter category(String c) {
        return new QuestionFilter(c, types, anyOfTags, minDifficulty, maxDifficulty, clausePrefix);
    }

    public QuestionFilter types(QuestionType... t) {
        return new QuestionFilter(category, Set.of(t), anyOfTags, minDifficulty, maxDifficulty, clausePrefix);
    }

    public QuestionFilter anyOfTags(String... t) {
        return new QuestionFilter(category, types, Set.of(t), minDifficulty, maxDifficulty, clausePrefix);
    }

    public QuestionFilter difficulty(int min, int max) {
        return new QuestionFilter(category, types, anyOfTags, min, max, clausePrefix);
    }

    public QuestionFilter clausePrefix(String prefix) {
        return new QuestionFilter(category, types, anyOfTags, minDifficulty, maxDifficulty, prefix);
    }

    public boolean matches(Question q) {
        if (category != null && !category.equals(q.category())) {
            return false;
        }
        if (!types.isEmpty() && !types.contains(q.type())) {
            return false;
        }
        if (!anyOfTags.isEmpty() && q.tags().stream().noneMatch(anyOfTags::contains)) {
            return false;
        }
        if (q.difficulty() < minDifficulty || q.difficulty() > maxDifficulty) {
            return false;
        }
        if (clausePrefix != null) {
            if (q.clause() == null) {
                return false;
            }
            String code = q.clause().value();
            return code.equals(clausePrefix) || code.startsWith(clausePrefix + ".");
        }
        return true;
    }
}
