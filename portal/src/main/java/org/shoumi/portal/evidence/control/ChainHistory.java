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
 * <p>It also keeps the newest entries of the kinds a caller watches (the departures' steps, approvals and 脱密期:
 * {@link #appended(ChainAnchor, Optional)}), at most {@value #MAX_TAIL}, with their place and hash in the chain, and
 * when a start finds the chain gone back, those the chain no longer holds become lost entries, kept for good: a
 * restore took them with it and the database cannot tell (outside check ex-s38d 1: a 离职 approved after the backup,
 * its 脱密期 and its login switch-off vanished, and HR's pages said nothing). What was recorded before the tail's
 * oldest entry, or by another node, is not known here.
 *
 * <p>The file: the first line is the anchor as before ({@code 85 <hash>}, so that an older file is read as it was),
 * then {@code highest 85 <hash>}, then one line per rollback,
 * {@code rollback <found at, ISO-8601> <known length> <known hash> <found length> <found hash> <node>}, then one line
 * per lost entry, {@code lost <found at> <place> <kind> <recorded at> <staff number or ->}, then the watched tail,
 * {@code tail <place> <chain hash> <kind> <recorded at> <staff number or ->}. A line that cannot be read is kept as
 * it is, never dropped (an older release keeps the new lines so).
 */
public record ChainHistory(Optional<ChainAnchor> anchor, Optional<ChainAnchor> highest, List<Rollback> rollbacks,
                           List<Lost> lost, List<Watched> tail, List<String> unread) {

    private static final String HIGHEST = "highest ";
    private static final String ROLLBACK = "rollback ";
    private static final String LOST = "lost ";
    private static final String TAIL = "tail ";
    private static final String HASH = "[0-9a-f]{64}";
    private static final String KIND = "[A-Z_]{1,40}";

    /** The most watched entries kept: the newest; a restore of a copy older than that names only these. */
    public static final int MAX_TAIL = 200;

    public ChainHistory {
        anchor = Objects.requireNonNull(anchor);
        highest = Objects.requireNonNull(highest);
        rollbacks = List.copyOf(rollbacks);
        lost = List.copyOf(lost);
        tail = List.copyOf(tail);
        unread = List.copyOf(unread);
    }

    /** Without watched or lost entries (a file of the release before). */
    public ChainHistory(Optional<ChainAnchor> anchor, Optional<ChainAnchor> highest, List<Rollback> rollbacks,
                        List<String> unread) {
        this(anchor, highest, rollbacks, List.of(), List.of(), unread);
    }

    /** No file yet. */
    public static ChainHistory none() {
        return new ChainHistory(Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    /**
     * An entry of a watched kind as appended: its place and chain hash, its kind's name, when it was recorded and the
     * staff number it is about (null for none).
     */
    public record Watched(long sequence, String chainHash, String kind, Instant recordedAt, String employeeNo) {

        public Watched {
            Objects.requireNonNull(chainHash);
            Objects.requireNonNull(kind);
            recordedAt = recordedAt.truncatedTo(ChronoUnit.MILLIS);
            employeeNo = staffNumber(employeeNo);
        }

        String line() {
            return TAIL + sequence + " " + chainHash + " " + kind + " " + recordedAt + " "
                    + (employeeNo == null ? "-" : employeeNo);
        }

        static Optional<Watched> parse(String line) {
            String[] parts = line.substring(TAIL.length()).split(" ", 5);
            if (parts.length != 5 || !parts[0].matches("\\d{1,18}") || !parts[1].matches(HASH)
                    || !parts[2].matches(KIND)) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Watched(Long.parseLong(parts[0]), parts[1], parts[2], Instant.parse(parts[3]),
                        parts[4]));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    /** A watched entry a restore took away: found gone at {@code detectedAt} (the rollback's time). */
    public record Lost(Instant detectedAt, long sequence, String kind, Instant recordedAt, String employeeNo) {

        public Lost {
            detectedAt = detectedAt.truncatedTo(ChronoUnit.MILLIS);
            Objects.requireNonNull(kind);
            recordedAt = recordedAt.truncatedTo(ChronoUnit.MILLIS);
            employeeNo = staffNumber(employeeNo);
        }

        String line() {
            return LOST + detectedAt + " " + sequence + " " + kind + " " + recordedAt + " "
                    + (employeeNo == null ? "-" : employeeNo);
        }

        static Optional<Lost> parse(String line) {
            String[] parts = line.substring(LOST.length()).split(" ", 5);
            if (parts.length != 5 || !parts[1].matches("\\d{1,18}") || !parts[2].matches(KIND)) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Lost(Instant.parse(parts[0]), Long.parseLong(parts[1]), parts[2],
                        Instant.parse(parts[3]), parts[4]));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    /** A staff number as a line keeps it: null for none (written "-"), blanks inside closed up. */
    private static String staffNumber(String employeeNo) {
        if (employeeNo == null) {
            return null;
        }
        String no = employeeNo.strip().replaceAll("\\s+", "_");
        return no.isEmpty() || no.equals("-") ? null : no;
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
        List<Lost> lost = new ArrayList<>();
        List<Watched> tail = new ArrayList<>();
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
            } else if (line.startsWith(LOST)) {
                Optional<Lost> read = Lost.parse(line);
                if (read.isPresent()) {
                    lost.add(read.get());
                    continue;
                }
            } else if (line.startsWith(TAIL)) {
                Optional<Watched> read = Watched.parse(line);
                if (read.isPresent()) {
                    tail.add(read.get());
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
        return new ChainHistory(anchor, highest, rollbacks, lost, tail, unread);
    }

    /** The file's text: the anchor first (an empty chain's when there is none), then the highest, rollbacks, rest. */
    public String text() {
        StringBuilder text = new StringBuilder(anchor.orElse(new ChainAnchor(0, "0".repeat(64))).line());
        highest.ifPresent(h -> text.append(HIGHEST).append(h.line()));
        rollbacks.forEach(r -> text.append(r.line()).append('\n'));
        lost.forEach(l -> text.append(l.line()).append('\n'));
        tail.forEach(t -> text.append(t.line()).append('\n'));
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
        return appended(now, Optional.empty());
    }

    /**
     * As {@link #appended(ChainAnchor)}, keeping the entry in the watched tail when it is of a watched kind (the
     * newest {@value #MAX_TAIL}; an entry at a place the tail holds already, after a restore, replaces it).
     */
    public ChainHistory appended(ChainAnchor now, Optional<Watched> watched) {
        List<Watched> kept = tail;
        if (watched.isPresent()) {
            List<Watched> next = new ArrayList<>(tail.stream()
                    .filter(t -> t.sequence() < watched.get().sequence()).toList());
            next.add(watched.get());
            kept = next.size() > MAX_TAIL ? next.subList(next.size() - MAX_TAIL, next.size()) : next;
        }
        return new ChainHistory(Optional.of(now), Optional.of(higher(highestSeen(), now)), rollbacks, lost, kept,
                unread);
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
        List<Lost> allLost = new ArrayList<>(lost);
        List<Watched> kept = tail;
        if (known != null) {
            Rollback rollback = new Rollback(at, node, known.length(), known.hash(), now.length(), now.lastHash());
            found = Optional.of(rollback);
            all.add(rollback);
            // the watched entries the chain no longer holds (beyond it, or another entry in their place) went with it
            List<Watched> held = new ArrayList<>();
            for (Watched t : tail) {
                if (now.hashAt().apply(t.sequence()).filter(t.chainHash()::equals).isPresent()) {
                    held.add(t);
                } else {
                    allLost.add(new Lost(rollback.detectedAt(), t.sequence(), t.kind(), t.recordedAt(),
                            t.employeeNo()));
                }
            }
            kept = held;
        }
        ChainAnchor chain = new ChainAnchor(now.length(), now.lastHash());
        ChainHistory next = new ChainHistory(Optional.of(chain), Optional.of(higher(top, chain)), all, allLost, kept,
                unread);
        return new Start(recordAgain, found, finding, next);
    }

    /** The higher of the two; at the same length the one seen first stays. */
    private static ChainAnchor higher(Optional<ChainAnchor> seen, ChainAnchor now) {
        return seen.filter(s -> s.length() >= now.length()).orElse(now);
    }
}
