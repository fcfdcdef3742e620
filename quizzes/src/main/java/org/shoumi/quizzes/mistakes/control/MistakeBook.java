package org.shoumi.quizzes.mistakes.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shoumi.quizzes.attempts.entity.Attempt;
import org.shoumi.quizzes.attempts.entity.QuestionResult;
import org.shoumi.quizzes.bank.entity.QuestionKey;
import org.shoumi.quizzes.mistakes.entity.MistakeEntry;

/**
 * The rules of the wrong-answer book (错题本).
 * <ul>
 *   <li>An answer that does not earn full credit (WRONG, PARTIAL or UNANSWERED) puts the question in the
 *       person's book, or raises its count, sets its last-wrong time and resets the correct streak.</li>
 *   <li>A fully correct answer to a question in the book raises its correct streak; at
 *       {@code correctStreakToLeave} consecutive correct answers (default 2) the question leaves the book.
 *       Correct answers to questions not in the book change nothing. A question that later goes wrong again
 *       re-enters with a count of 1.</li>
 *   <li>Answers count in time order: within an attempt all questions share the attempt's finish time.</li>
 * </ul>
 * {@link #apply} is the per-entry rule for a persistence layer updating one row at a time; {@link #build}
 * replays finished attempts into every person's book.
 */
public final class MistakeBook {

    public static final int DEFAULT_CORRECT_STREAK_TO_LEAVE = 2;

    private final int correctStreakToLeave;

    public MistakeBook(int correctStreakToLeave) {
        if (correctStreakToLeave < 1) {
            throw new IllegalArgumentException("at least one correct answer is needed to leave the book");
        }
        this.correctStreakToLeave = correctStreakToLeave;
    }

    public static MistakeBook withDefaults() {
        return new MistakeBook(DEFAULT_CORRECT_STREAK_TO_LEAVE);
    }

    public int correctStreakToLeave() {
        return correctStreakToLeave;
    }

    /**
     * The entry after one more scored answer.
     *
     * @param current the entry now in the book, or empty
     * @return the new entry, or empty when the question is (or stays) out of the book
     */
    public Optional<MistakeEntry> apply(Optional<MistakeEntry> current, String personId, QuestionKey question,
                                        boolean fullyCorrect, Instant at) {
        if (!fullyCorrect) {
            int count = current.map(e -> e.wrongCount() + 1).orElse(1);
            return Optional.of(new MistakeEntry(personId, question, count, at, 0));
        }
        if (current.isEmpty()) {
            return Optional.empty();
        }
        MistakeEntry e = current.get();
        int streak = e.correctStreak() + 1;
        if (streak >= correctStreakToLeave) {
            return Optional.empty();
        }
        return Optional.of(new MistakeEntry(personId, question, e.wrongCount(), e.lastWrongAt(), streak));
    }

    /**
     * Every person's book from their finished attempts (unfinished ones are ignored), replayed in finish order.
     *
     * @return person id → entries, most recently wrong first (then by count, descending; then by key)
     */
    public Map<String, List<MistakeEntry>> build(Collection<Attempt> attempts) {
        List<Attempt> finished = new ArrayList<>(attempts.stream().filter(a -> a.status().isFinished()).toList());
        finished.sort(Comparator.comparing((Attempt a) -> a.finishedAt().orElseThrow()).thenComparing(Attempt::id));
        Map<String, Map<QuestionKey, MistakeEntry>> books = new HashMap<>();
        for (Attempt a : finished) {
            Map<QuestionKey, MistakeEntry> book = books.computeIfAbsent(a.personId(), p -> new LinkedHashMap<>());
            Instant at = a.finishedAt().orElseThrow();
            for (QuestionResult r : a.result().orElseThrow().questions()) {
                Optional<MistakeEntry> next = apply(Optional.ofNullable(book.get(r.key())), a.personId(), r.key(),
                        r.isCorrect(), at);
                if (next.isPresent()) {
                    book.put(r.key(), next.get());
                } else {
                    book.remove(r.key());
                }
            }
        }
        Map<String, List<MistakeEntry>> result = new HashMap<>();
        books.forEach((person, book) -> {
            if (!book.isEmpty()) {
                result.put(person, book.values().stream()
                        .sorted(Comparator.comparing(MistakeEntry::lastWrongAt).reversed()
                                .thenComparing(Comparator.comparingInt(MistakeEntry::wrongCount).reversed())
                                .thenComparing(MistakeEntry::question))
                        .toList());
            }
        });
        return result;
    }
}
