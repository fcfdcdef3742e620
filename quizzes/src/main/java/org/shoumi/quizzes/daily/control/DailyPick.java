package org.shoumi.quizzes.daily.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which question a person gets on a day, and their streak, plain Java. The pick is fixed for the person and the
 * day (a reload or a second device shows the same question) and spread evenly over the bank by a hash of both;
 * questions the person answered in the last {@code freshDays} days are left out while others remain.
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
        return Optional.of(from.get(Math.floorMod(hash(personKey + "|" + day), from.size())));
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
