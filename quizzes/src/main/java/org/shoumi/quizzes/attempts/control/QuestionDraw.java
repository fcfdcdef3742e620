package org.shoumi.quizzes.attempts.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.shoumi.quizzes.attempts.entity.DrawRule;
import org.shoumi.quizzes.attempts.entity.DrawnQuestion;
import org.shoumi.quizzes.attempts.entity.QuizDefinition;
import org.shoumi.quizzes.bank.entity.ChoiceOption;
import org.shoumi.quizzes.bank.entity.Question;
import org.shoumi.quizzes.bank.entity.QuestionKey;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * Draws the questions of a new attempt from the bank.
 * <ol>
 *   <li>Each rule prefers, in random order, its matching questions that were <em>not</em> in the previous
 *       attempt; after them come questions of the previous attempt, least recently used first (by their last
 *       use before the previous attempt; never-used-before first; ties at random).</li>
 *   <li>No question is drawn twice. Rules are filled in order, each taking its most preferred free question;
 *       when rules overlap (a question matches several) and an earlier rule took a question a later rule needs,
 *       the earlier rule is moved to another of its questions (an augmenting path, as in bipartite matching), so
 *       a definition is drawable whenever some assignment of questions to rules exists.</li>
 *   <li>When previous-attempt questions had to be used, {@link DrawResult#repeats()} says so per rule.</li>
 *   <li>If no assignment fills every rule, {@link UnsatisfiableDrawException} lists the rules left short;
 *       nothing is drawn.</li>
 *   <li>Question order is shuffled if the definition says so (otherwise rule order); option order is shuffled
 *       for SINGLE and MULTI when the definition says so (never for JUDGE, which has no options).</li>
 * </ol>
 * All randomness comes from the {@link RandomGenerator} passed in, so a seeded generator reproduces a draw.
 * Candidates are ordered by key before shuffling, so the bank's iteration order does not matter.
 */
public final class QuestionDraw {

    private QuestionDraw() {
    }

    /**
     * Checks a definition against a bank without drawing.
     *
     * @return every rule that cannot be filled; empty if the definition can be drawn
     */
    public static List<UnsatisfiableDrawException.Shortfall> check(Collection<Question> bank, QuizDefinition definition) {
        List<Question> sorted = sortedBank(bank);
        List<List<Question>> preferences = new ArrayList<>();
        for (DrawRule rule : definition.rules()) {
            preferences.add(candidates(sorted, rule));
        }
        return assign(definition, preferences).shortfalls;
    }

    /**
     * Draws a new attempt.
     *
     * @throws UnsatisfiableDrawException when some rule cannot be filled
     */
    public static DrawResult draw(Collection<Question> bank, QuizDefinition definition, DrawHistory history,
                                  RandomGenerator random) {
        List<Question> sorted = sortedBank(bank);
        Set<QuestionKey> previous = history.previousQuestions();
        List<List<Question>> preferences = new ArrayList<>();
        for (DrawRule rule : definition.rules()) {
            List<Question> candidates = candidates(sorted, rule);
            List<Question> fresh = new ArrayList<>(candidates.stream().filter(q -> !previous.contains(q.key())).toList());
            shuffle(fresh, random);
            List<Question> reused = new ArrayList<>(candidates.stream().filter(q -> previous.contains(q.key())).toList());
            shuffle(reused, random);
            Map<QuestionKey, Instant> lastUse = new HashMap<>();
            reused.forEach(q -> lastUse.put(q.key(), history.lastUseBeforePrevious(q.key())));
            reused.sort(Comparator.comparing(q -> lastUse.get(q.key()))); // stable sort: ties stay shuffled
            List<Question> preference = new ArrayList<>(fresh);
            preference.addAll(reused);
            preferences.add(preference);
        }
        Assignment assignment = assign(definition, preferences);
        if (!assignment.shortfalls.isEmpty()) {
            throw new UnsatisfiableDrawException(assignment.shortfalls);
        }
        List<DrawnQuestion> drawn = new ArrayList<>();
        List<DrawResult.Repeat> repeats = new ArrayList<>();
        for (int i = 0; i < definition.rules().size(); i++) {
            DrawRule rule = definition.rules().get(i);
            List<Question> chosen = assignment.chosen.get(i);
            List<QuestionKey> repeated = chosen.stream().map(Question::key).filter(previous::contains).toList();
            if (!repeated.isEmpty()) {
                repeats.add(new DrawResult.Repeat(i, repeated));
            }
            for (Question q : chosen) {
                drawn.add(new DrawnQuestion(q.key(), q.type(), optionOrder(q, definition.shuffleOptions(), random),
                        rule.pointsEach()));
            }
        }
        if (definition.shuffleQuestions()) {
            shuffle(drawn, random);
        }
        return new DrawResult(drawn, repeats);
    }

    private static final class Assignment {
        final List<List<Question>> chosen = new ArrayList<>();
        final List<UnsatisfiableDrawException.Shortfall> shortfalls = new ArrayList<>();
    }

    /** Fills each rule's slots by augmenting paths (Kuhn's algorithm), each rule trying its preferences in order. */
    private static Assignment assign(QuizDefinition definition, List<List<Question>> preferences) {
        Map<QuestionKey, Integer> owner = new HashMap<>();
        int[] filled = new int[definition.rules().size()];
        for (int i = 0; i < definition.rules().size(); i++) {
            for (int slot = 0; slot < definition.rules().get(i).count(); slot++) {
                if (augment(i, preferences, owner, new HashSet<>())) {
                    filled[i]++;
                }
            }
        }
        Assignment a = new Assignment();
        for (int i = 0; i < definition.rules().size(); i++) {
            int rule = i;
            a.chosen.add(preferences.get(i).stream().filter(q -> Integer.valueOf(rule).equals(owner.get(q.key()))).toList());
            int required = definition.rules().get(i).count();
            if (filled[i] < required) {
                a.shortfalls.add(new UnsatisfiableDrawException.Shortfall(i, required, filled[i]));
            }
        }
        return a;
    }

    private static boolean augment(int rule, List<List<Question>> preferences, Map<QuestionKey, Integer> owner,
                                   Set<QuestionKey> visited) {
        List<Question> prefs = preferences.get(rule);
        for (Question q : prefs) { // a free question first, in preference order
            if (!owner.containsKey(q.key()) && visited.add(q.key())) {
                owner.put(q.key(), rule);
                return true;
            }
        }
        for (Question q : prefs) { // else move another rule off one of ours
            if (visited.add(q.key())) {
                int other = owner.get(q.key());
                if (other != rule && augment(other, preferences, owner, visited)) {
                    owner.put(q.key(), rule);
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> optionOrder(Question q, boolean shuffle, RandomGenerator random) {
        List<String> ids = new ArrayList<>(q.options().stream().map(ChoiceOption::id).toList());
        if (shuffle && q.type() != QuestionType.JUDGE) {
            shuffle(ids, random);
        }
        return ids;
    }

    private static List<Question> sortedBank(Collection<Question> bank) {
        List<Question> sorted = new ArrayList<>(bank);
        sorted.sort(Comparator.comparing(Question::key));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).key().equals(sorted.get(i - 1).key())) {
                throw new IllegalArgumentException("duplicate question key in bank: " + sorted.get(i).key());
            }
        }
        return sorted;
    }

    private static List<Question> candidates(List<Question> sortedBank, DrawRule rule) {
        return new ArrayList<>(sortedBank.stream().filter(rule.filter()::matches).toList());
    }

    /** Fisher–Yates shuffle driven by {@code random} (Collections.shuffle takes only java.util.Random on Java 17). */
    static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }
}
