package org.shoumi.portal.evidence.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.events.EvidenceAppended;
import org.shoumi.portal.evidence.control.ChainAnchor;
import org.shoumi.portal.evidence.control.ChainHistory;
import org.shoumi.portal.evidence.entity.EvidenceRollback;

/**
 * Notices a database that went back to an earlier state. The node keeps the chain's length and last hash in a file
 * outside the database ({@code shoumi.evidence.anchor-file}, in server.xml the server's output folder), moved on after
 * every append, with the highest length and hash it has ever seen and every rollback it found ({@link ChainHistory}).
 * On start, a chain that no longer holds that entry (shorter, or another entry in its place) is recorded as an
 * {@link EvidenceRollback} and logged: restoring an earlier backup lost every record made since, and the
 * evidence page then says so, where verification alone answered "complete" for the older chain (found by an outside
 * check). A rollback the database has lost (the same backup restored again) is recorded again from the file, and a
 * chain still shorter than the highest seen is then a rollback again (outside check: a second restore erased the
 * first's record). Without the setting (a test of the chain alone) nothing is watched.
 */
@ApplicationScoped
public class ChainWatch {

    private static final Logger LOG = Logger.getLogger(ChainWatch.class.getName());

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    EvidenceLog evidence;

    @Inject
    @ConfigProperty(name = "shoumi.evidence.anchor-file")
    Optional<String> anchorFile;

    @Inject
    @ConfigProperty(name = "shoumi.portal.cluster.node")
    Optional<String> node;

    Clock clock = Clock.systemUTC();

    /**
     * What this node has seen, as the file holds it: read on start (or at the first append before it), then kept and
     * written back whole after every change. Empty while the file cannot be read: it is then never overwritten.
     */
    private ChainHistory history;

    /** The file exists but could not be read: writing would lose its rollbacks, so nothing is written. */
    private boolean unreadable;

    /** After the back-fill (which appends), before anyone can act. */
    @Transactional
    void atStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) Startup startup) {
        check();
    }

    /**
     * Compares the chain with what this node has seen (the anchor file): records again every rollback of the file
     * the database has lost, records a rollback if there is a new one, and writes the file back (the anchor following
     * the chain as it is, the highest and the rollbacks kept). The file is written before the transaction commits, so
     * a rollback is never in the database without being in the file.
     *
     * @return the new rollback found, if any
     */
    @Transactional
    public Optional<EvidenceRollback> check() {
        Optional<Path> file = file();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        EvidenceLog.ChainState state = evidence.state();
        synchronized (this) {
            Optional<ChainHistory> read = read(file.get());
            if (read.isEmpty()) {
                return Optional.empty();
            }
            List<ChainHistory.Rollback> inDatabase = rollbacks().stream().map(ChainWatch::seen).toList();
            ChainHistory.Start start = read.get().atStart(new ChainHistory.ChainNow(state.length(), state.lastHash(),
                    evidence::hashAt), inDatabase, clock.instant(), nodeName());
            for (ChainHistory.Rollback lost : start.recordAgain()) {
                em.persist(entity(lost));
                LOG.severe(() -> "The database has lost the record of a rollback found at " + lost.detectedAt()
                        + " by " + lost.node() + " (" + lost.knownLength() + " entries, then " + lost.foundLength()
                        + "): recorded again from " + file.get() + ". Was an earlier backup restored again?");
            }
            Optional<EvidenceRollback> found = start.found().map(ChainWatch::entity);
            found.ifPresent(rollback -> {
                em.persist(rollback);
                LOG.severe(() -> "The evidence chain went back: this node had seen " + rollback.getKnownLength()
                        + " entries ending " + rollback.getKnownHash() + ", the database now holds "
                        + rollback.getFoundLength() + " (" + start.finding().orElseThrow()
                        + "). Was an earlier backup restored? Records made since then are gone.");
            });
            write(file.get(), start.next());
            history = start.next();
            return found;
        }
    }

    /** Moves the anchor on once an append is committed (appends come in order: the highest place wins). */
    void appended(@Observes(during = TransactionPhase.AFTER_SUCCESS) EvidenceAppended appended) {
        file().ifPresent(f -> {
            synchronized (this) {
                if (history == null) {
                    // an append before the start's check (the first start's data): what the file holds stays
                    Optional<ChainHistory> read = read(f);
                    if (read.isEmpty()) {
                        return;
                    }
                    history = read.get();
                }
                long anchored = history.anchor().map(ChainAnchor::length).orElse(-1L);
                if (anchored < appended.sequence()) {
                    Optional<ChainHistory.Watched> watched = Optional.of(appended)
                            .filter(a -> WATCHED.contains(a.kind()) && a.recordedAt() != null)
                            .map(a -> new ChainHistory.Watched(a.sequence(), a.chainHash(), a.kind(), a.recordedAt(),
                                    a.employeeNo()));
                    ChainHistory next = history.appended(new ChainAnchor(appended.sequence(), appended.chainHash()),
                            watched);
                    write(f, next);
                    history = next;
                }
            }
        });
    }

    /**
     * The kinds of entry whose loss a restore is to name: a departure's steps, its paper exit pledge, its approval
     * (which starts the 脱密期, cuts the login's roles or switches it off after the last day), a 脱密期 set anew or
     * ended early or entrusted, a withdrawal. Outside check ex-s38d 1: a 离职 approved after the backup vanished with
     * its 脱密期 and login switch-off, and HR's pages and the restrictions API said nothing.
     */
    static final java.util.Set<String> WATCHED = java.util.Set.of("DEPARTURE_STEP", "EXIT_PLEDGE_PAPER",
            "DEPARTURE_APPROVAL", "PERIOD_ADJUSTMENT", "PERIOD_ENTRUSTMENT", "DEPARTURE_WITHDRAWAL");

    /**
     * The departures' entries that restores took away, as far as this node kept them (the newest
     * {@value ChainHistory#MAX_TAIL} of {@link #WATCHED} it appended; what it did not see, or older ones, are not
     * known): newest found first, then by their place in the chain. Empty when the chain is not watched.
     */
    public List<LostEntry> lostEntries() {
        Optional<Path> file = file();
        if (file.isEmpty()) {
            return List.of();
        }
        ChainHistory seen;
        synchronized (this) {
            seen = history != null ? history : read(file.get()).orElse(ChainHistory.none());
        }
        return seen.lost().stream().map(l -> new LostEntry(l.detectedAt(), l.sequence(),
                        kindOf(l.kind()), l.recordedAt(), l.employeeNo())).filter(l -> l.kind() != null)
                .sorted(java.util.Comparator.comparing(LostEntry::detectedAt).reversed()
                        .thenComparingLong(LostEntry::sequence))
                .toList();
    }

    private static org.shoumi.portal.evidence.entity.EvidenceKind kindOf(String name) {
        try {
            return org.shoumi.portal.evidence.entity.EvidenceKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * An entry of a departure a restore took: when the restore was found, its place in the chain as it was, its kind,
     * when it was recorded and whose it was (null for none).
     */
    public record LostEntry(java.time.Instant detectedAt, long sequence,
                            org.shoumi.portal.evidence.entity.EvidenceKind kind, java.time.Instant recordedAt,
                            String employeeNo) implements java.io.Serializable {
    }

    /** Every rollback found, newest first. */
    public List<EvidenceRollback> rollbacks() {
        return em.createNamedQuery(EvidenceRollback.ALL, EvidenceRollback.class).getResultList();
    }

    /**
     * The rollbacks as the pages of login changes name them, newest first: when found, the lengths, and the time of
     * the newest entry the copy put back still held (changes after it may be lost; unknown when the chain no longer
     * holds that entry). Found by an outside check: a withdrawn ADMIN role came back with a restore, and the record
     * of login changes, which says it is never changed, showed nothing of it.
     */
    public List<Loss> losses() {
        return rollbacks().stream().map(r -> new Loss(r.getDetectedAt(), r.getNode(), r.getKnownLength(),
                r.getFoundLength(), r.getFoundLength() == 0 ? null
                        : evidence.hashAt(r.getFoundLength()).filter(r.getFoundHash()::equals)
                                .flatMap(evidence::find).map(EvidenceLog.Found::recordedAt).orElse(null)))
                .toList();
    }

    /** A rollback for the pages of login changes; {@code copyUpTo} null when unknown. */
    public record Loss(java.time.Instant detectedAt, String node, long knownLength, long foundLength,
                       java.time.Instant copyUpTo) implements java.io.Serializable {
    }

    private Optional<Path> file() {
        return anchorFile.filter(f -> !f.isBlank()).map(Path::of);
    }

    /** What the file holds (nothing seen yet when there is none); empty when it exists but cannot be read. */
    private Optional<ChainHistory> read(Path file) {
        try {
            Optional<ChainHistory> read = Optional.of(Files.isRegularFile(file)
                    ? ChainHistory.parse(Files.readString(file, StandardCharsets.UTF_8)) : ChainHistory.none());
            unreadable = false;
            read.filter(h -> !h.unread().isEmpty()).ifPresent(h -> LOG.warning(() -> "The evidence chain's anchor "
                    + file + " has lines that cannot be read; they are kept as they are: " + h.unread()));
            return read;
        } catch (IOException e) {
            if (!unreadable) {
                LOG.severe(() -> "Cannot read the evidence chain's anchor " + file + "; it is left as it is and the "
                        + "chain is not watched until it can be read: " + e);
            }
            unreadable = true;
            return Optional.empty();
        }
    }

    private static void write(Path file, ChainHistory history) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "evidence-anchor", ".tmp");
            try {
                // on the disk before it takes the file's name: a crash leaves the old file or the new one, whole
                try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(temp,
                        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                    java.nio.ByteBuffer bytes =
                            java.nio.ByteBuffer.wrap(history.text().getBytes(StandardCharsets.UTF_8));
                    while (bytes.hasRemaining()) {
                        channel.write(bytes);
                    }
                    channel.force(true);
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the evidence chain's anchor " + file, e);
        }
    }

    private static ChainHistory.Rollback seen(EvidenceRollback r) {
        return new ChainHistory.Rollback(r.getDetectedAt(), r.getNode(), r.getKnownLength(), r.getKnownHash(),
                r.getFoundLength(), r.getFoundHash());
    }

    private static EvidenceRollback entity(ChainHistory.Rollback r) {
        return new EvidenceRollback(r.detectedAt(), r.node(), r.knownLength(), r.knownHash(), r.foundLength(),
                r.foundHash());
    }

    private String nodeName() {
        String name = node.filter(n -> !n.isBlank()).orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "node";
            }
        });
        // the column's length
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
