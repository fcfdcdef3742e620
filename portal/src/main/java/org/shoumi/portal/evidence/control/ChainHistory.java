package org.shoumi.portal.evidence.control;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * What a node has seen of the evidence chain, kept outside the database in the anchor file: the chain's last length
 * and hash (the anchor, which follows the chain), the highest length ever seen with its hash, and every rollback the
 * node ever found, in the order found. The file is rewritten whole (a temporary file, then an atomic move) but its
 * rollback lines are only ever added to.
 *
 * <p>Found by an outside check: the rollback was kept only in the database, which a second restore of the same backup
 * replaced, while the anchor had already followed the shorter chain; the second start found the anchor held, and the
 * evidence page said "complete" with no rollback listed. So a start records again every rollback of the file the
 * database lacks, and a chain shorter than the highest ever seen is a rollback even when it holds the anchor, unless
 * the database still knows every rollback of the file (a plain restart after a rollback, before the chain has grown
 * back).
 *
 * <p>The file: the first line is the anchor as before ({@code 85 <hash>}, so that an older file is read as it was),
 * then {@code highest 85 <hash>}, then one line per rollback,
 * {@code rollback <found at, ISO-8601> <known length> <known hash> <found length> <found hash> <node>}. A line that
 * cannot be read is kept as it is, never dropped.
 */
public record ChainHistory(Optional<ChainAnchor> anchor, Optional<ChainAnchor> highest, List<Rollback> rollbacks,
                           List<String> unread) {

    private static final String HIGHEST = "highest ";
    private static final String ROLLBACK = "rollback ";
    private static final String HASH = "[0-9a-f]{64}";

    public ChainHistory {
        anchor = Objects.requireNonNull(anchor);
        highest = Objects.requireNonNull(highest);
        rollbacks = List.copyOf(rollbacks);
        unread = List.copyOf(unread);
    }

    /** No file yet. */
    public static ChainHistory none() {
        return new ChainHistory(Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    /** Why a start found a rollback. */
    public enum Finding {
        /** The chain is shorter than the anchor. */
        SHORTER,
        /** The chain has another entry at the anchored place. */
        REPLACED,
        /**
         * The chain holds the anchor but is shorter than the highest ever seen, and the database has lost a rollback
         * of the file: the same earlier copy was put in place again.
         */
        BELOW_HIGHEST
    }

    /** A rollback found by a node; the same fields as the database's record of it. */
    public record Rollback(Instant detectedAt, String node, long knownLength, String knownHash, long foundLength,
                           String foundHash) {

        public Rollback {
            // kept to the millisecond, as the file and every database keep it, so that both compare equal
            detectedAt = detectedAt.truncatedTo(ChronoUnit.MILLIS);
            node = node.strip().replaceAll("\\s+", " ");
            Objects.requireNonNull(knownHash);
            Objects.requireNonNull(foundHash);
        }

        String line() {
            return ROLLBACK + detectedAt + " " + knownLength + " " + knownHash + " " + foundLength + " " + foundHash
                    + " " + node;
        }

        static Optional<Rollback> parse(String line) {
            String[] parts = line.substring(ROLLBACK.length()).split(" ", 6);
            if (parts.length != 6 || !parts[1].matches("\\d{1,18}") || !parts[2].matches(HASH)
                    || !parts[3].matches("\\d{1,18}") || !parts[4].matches(HASH) || parts[5].isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Rollback(Instant.parse(parts[0]), parts[5], Long.parseLong(parts[1]), parts[2],
                        Long.parseLong(parts[3]), parts[4]));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    /** The chain as a start finds it: its length, last hash, and the hash at any place it holds. */
    public record ChainNow(long length, String lastHash, LongFunction<Optional<String>> hashAt) {
    }

    /**
     * What a start does: the rollbacks of the file to record again (the database lacks them), the new rollback found
     * (if any, with why), and the history to write back.
     */
    public record Start(List<Rollback> recordAgain, Optional<Rollback> found, Optional<Finding> finding,
                        ChainHistory next) {
    }

    /** Reads the file's text; anything unreadable is kept in {@link #unread()}. */
    public static ChainHistory parse(String text) {
        Optional<ChainAnchor> anchor = Optional.empty();
        Optional<ChainAnchor> highest = Optional.empty();
        List<Rollback> rollbacks = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith(HIGHEST)) {
                Optional<ChainAnchor> read = ChainAnchor.parse(line.substring(HIGHEST.length()));
                if (read.isPresent() && highest.isEmpty()) {
                    highest = read;
                    continue;
                }
            } else if (line.startsWith(ROLLBACK)) {
                Optional<Rollback> read = Rollback.parse(line);
                if (read.isPresent()) {
                    rollbacks.add(read.get());
                    continue;
                }
            } else if (i == 0) {
                anchor = ChainAnchor.parse(line);
                if (anchor.isPresent()) {
                    continue;
                }
            }
            unread.add(line);
        }
        return new ChainHistory(anchor, highest, rollbacks, unread);
    }

    /** The file's text: the anchor first (an empty chain's when there is none), then the highest, rollbacks, rest. */
    public String text() {
        StringBuilder text = new StringBuilder(anchor.orElse(new ChainAnchor(0, "0".repeat(64))).line());
        highest.ifPresent(h -> text.append(HIGHEST).append(h.line()));
        rollbacks.forEach(r -> text.append(r.line()).append('\n'));
        unread.forEach(u -> text.append(u).append('\n'));
        return text.toString();
    }

    /** The highest chain this node has seen: the highest line, or the anchor of an older file that had none. */
    public Optional<ChainAnchor> highestSeen() {
        if (highest.isEmpty()) {
            return anchor;
        }
        if (anchor.isPresent() && anchor.get().length() > highest.get().length()) {
            return anchor;
        }
        return highest;
    }

    /** The chain moved on by a committed append: the anchor follows it, the highest rises with it. */
    public ChainHistory appended(ChainAnchor now) {
        return new ChainHistory(Optional.of(now), Optional.of(higher(highestSeen(), now)), rollbacks, unread);
    }

    /**
     * Compares the chain found on start with what this node has seen.
     *
     * @param now the chain in the database now
     * @param inDatabase the rollbacks the database holds before this start records any
     * @param at when (now)
     * @param node this node's name
     */
    public Start atStart(ChainNow now, List<Rollback> inDatabase, Instant at, String node) {
        List<Rollback> recordAgain = rollbacks.stream().filter(r -> !inDatabase.contains(r)).toList();
        Optional<ChainAnchor> top = highestSeen();
        Optional<Finding> finding = Optional.empty();
        ChainAnchor known = null;
        if (anchor.isPresent()) {
            ChainAnchor.Finding compared =
                    anchor.get().compare(now.length(), now.hashAt().apply(anchor.get().length()));
            if (compared != ChainAnchor.Finding.HOLDS) {
                finding = Optional.of(compared == ChainAnchor.Finding.SHORTER ? Finding.SHORTER : Finding.REPLACED);
                known = anchor.get();
            }
        }
        if (finding.isEmpty() && top.isPresent() && now.length() < top.get().length() && !recordAgain.isEmpty()) {
            finding = Optional.of(Finding.BELOW_HIGHEST);
            known = top.get();
        }
        Optional<Rollback> found = Optional.empty();
        List<Rollback> all = new ArrayList<>(rollbacks);
        if (known != null) {
            Rollback rollback = new Rollback(at, node, known.length(), known.hash(), now.length(), now.lastHash());
            found = Optional.of(rollback);
            all.add(rollback);
        }
        ChainAnchor chain = new ChainAnchor(now.length(), now.lastHash());
        ChainHistory next = new ChainHistory(Optional.of(chain), Optional.of(higher(top, chain)), all, unread);
        return new Start(recordAgain, found, finding, next);
    }

    /** The higher of the two; at the same length the one seen first stays. */
    private static ChainAnchor higher(Optional<ChainAnchor> seen, ChainAnchor now) {
        return seen.filter(s -> s.length() >= now.length()).orElse(now);
    }
}
