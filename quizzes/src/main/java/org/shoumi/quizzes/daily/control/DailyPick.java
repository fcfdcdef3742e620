package org.shoumi.quizzes.daily.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.shoumi.quizzes.attempts.control.QuestionDraw;

/**
 * Which question a person gets on a day, and their streak, plain Java. The pick is fixed for the person and the
 * day (a reload or a second device shows the same question, and a change of the bank rarely moves it) and spread
 * evenly over the bank by a hash of both with each question;
 * questions the person answered in the last {@code freshDays} days are left out while others remain. The options
 * of a choice question are shown in an order fixed the same way (as an exam shuffles them), so that the right
 * answer is not always under the letter the bank gives it.
 */
public final class DailyPick {

    private DailyPick() {
    }

    /**
     * The question key of the day among {@code active} (any order), leaving out {@code recent} unless nothing else
     * is left; empty when the bank has no active question.
     */
    public static Optional<String> pick(String personKey, LocalDate day, Collection<String> active,
                                        Set<String> recent) {
        List<String> sorted = List.copyOf(new TreeSet<>(active));
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        List<String> fresh = sorted.stream().filter(k -> !recent.contains(k)).toList();
        List<String> from = fresh.isEmpty() ? sorted : fresh;
        // the question whose hash with the person and the day is highest (rendezvous hashing): a question added to
        // the bank or retired during the day changes the pick only if it is that question or beats it, not, as an
        // index into the list did, whenever the list changed (an outside check saw the question change after an
        // import)
        String best = null;
        long bestWeight = Long.MIN_VALUE;
        for (String key : from) {
            long weight = hash(personKey + "|" + day + "|" + key);
            if (best == null || weight > bestWeight) {
                best = key;
                bestWeight = weight;
            }
        }
        return Optional.of(best);
    }

    /**
     * The question of the day among the active questions given as key → lineage (a question keeps its first
     * version's key as its lineage through revisions), leaving out the lineages in {@code recent}: the pick is made
     * among lineages, so revising today's question gives its new version, not another question (outside check: an
     * explanation revised swapped the question, and the answer of a page opened before was refused). Returns the
     * active key of the lineage picked.
     */
    public static Optional<String> pickVersion(String personKey, LocalDate day, Map<String, String> lineageOfKey,
                                               Set<String> recent) {
        Map<String, String> keyOfLineage = new HashMap<>();
        lineageOfKey.forEach((key, lineage) -> keyOfLineage.put(lineage, key));
        return pick(personKey, day, keyOfLineage.keySet(), recent).map(keyOfLineage::get);
    }

    /** An active question as the pick sees it: its key, lineage (its first version's key) and category. */
    public record Active(String key, String lineage, String category) {

        public Active {
            lineage = lineage == null ? key : lineage;
        }
    }

    /**
     * The question of the day for a person of the post whose duties are {@code ownPostCategory} ("duties.driver";
     * null: no post), as {@link #pickVersion}, among the questions they may be asked: as in an exam, never one of
     * another post's duties (the whole bank was drawn from, and a new 机关工作人员 got a 机要收发 duty; outside check).
     */
    public static Optional<String> pickFor(String personKey, LocalDate day, Collection<Active> active,
                                           String ownPostCategory, Set<String> recent) {
        Map<String, String> lineageOfKey = new HashMap<>();
        for (Active a : active) {
            if (!QuestionDraw.anotherPosts(a.category(), ownPostCategory)) {
                lineageOfKey.put(a.key(), a.lineage());
            }
        }
        return pickVersion(personKey, day, lineageOfKey, recent);
    }

    /**
     * The order the {@code n} options of the question of the day are shown in, as the bank letters in shown order
     * (e.g. "CADB": shown A is the bank's C); the same for the person, the day and the question every time.
     */
    public static String optionOrder(String personKey, LocalDate day, String questionKey, int n) {
        return QuestionDraw.optionOrder(n, true, new SplittableRandom(hash(personKey + "|" + day + "|" + questionKey)));
    }

    /**
     * Days in a row with an answer, ending today, or yesterday when today's question is still open (a streak does
     * not break before the day is over).
     */
    public static int streak(Set<LocalDate> answered, LocalDate today) {
        LocalDate day = answered.contains(today) ? today : today.minusDays(1);
        int n = 0;
        while (answered.contains(day)) {
            n++;
            day = day.minusDays(1);
        }
        return n;
    }

    private static long hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (d[i] & 0xff);
            }
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
