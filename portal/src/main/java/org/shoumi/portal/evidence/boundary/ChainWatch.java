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
import org.shoumi.portal.evidence.entity.EvidenceRollback;

/**
 * Notices a database that went back to an earlier state. The node keeps the chain's length and last hash in a file
 * outside the database ({@code shoumi.evidence.anchor-file}, in server.xml the server's output folder), moved on after
 * every append. On start, a chain that no longer holds that entry (shorter, or another entry in its place) is recorded
 * as an {@link EvidenceRollback} and logged: restoring an earlier backup lost every record made since, and the
 * evidence page then says so, where verification alone answered "complete" for the older chain (found by an outside
 * check). Without the setting (a test of the chain alone) nothing is watched.
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

    /** The anchor's length as this node knows it: read from the file once, then kept (not read on every append). */
    private long anchored = -1;

    /** After the back-fill (which appends), before anyone can act. */
    @Transactional
    void atStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) Startup startup) {
        check();
    }

    /** Compares the chain with the anchor, records a rollback if there is one, and anchors the chain as it is. */
    @Transactional
    public Optional<EvidenceRollback> check() {
        Optional<Path> file = file();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        EvidenceLog.ChainState now = evidence.state();
        Optional<EvidenceRollback> found = read(file.get()).flatMap(anchor -> {
            ChainAnchor.Finding finding = anchor.compare(now.length(), evidence.hashAt(anchor.length()));
            if (finding == ChainAnchor.Finding.HOLDS) {
                return Optional.empty();
            }
            EvidenceRollback rollback = new EvidenceRollback(clock.instant(), nodeName(), anchor.length(),
                    anchor.hash(), now.length(), now.lastHash());
            em.persist(rollback);
            LOG.severe(() -> "The evidence chain went back: this node last saw " + anchor.length() + " entries ending "
                    + anchor.hash() + ", the database now holds " + now.length() + " (" + finding
                    + "). Was an earlier backup restored? Records made since then are gone.");
            return Optional.of(rollback);
        });
        synchronized (this) {
            write(file.get(), new ChainAnchor(now.length(), now.lastHash()));
            anchored = now.length();
        }
        return found;
    }

    /** Moves the anchor on once an append is committed (appends come in order: the highest place wins). */
    void appended(@Observes(during = TransactionPhase.AFTER_SUCCESS) EvidenceAppended appended) {
        file().ifPresent(f -> {
            synchronized (this) {
                if (anchored < 0) {
                    // an append before the start's check (the first start's data): a higher anchor stays for it
                    anchored = read(f).map(ChainAnchor::length).orElse(0L);
                }
                if (anchored < appended.sequence()) {
                    write(f, new ChainAnchor(appended.sequence(), appended.chainHash()));
                    anchored = appended.sequence();
                }
            }
        });
    }

    /** Every rollback found, newest first. */
    public List<EvidenceRollback> rollbacks() {
        return em.createNamedQuery(EvidenceRollback.ALL, EvidenceRollback.class).getResultList();
    }

    private Optional<Path> file() {
        return anchorFile.filter(f -> !f.isBlank()).map(Path::of);
    }

    private static Optional<ChainAnchor> read(Path file) {
        try {
            return Files.isRegularFile(file) ? ChainAnchor.parse(Files.readString(file, StandardCharsets.US_ASCII))
                    : Optional.empty();
        } catch (IOException e) {
            LOG.warning(() -> "Cannot read the evidence chain's anchor " + file + ": " + e);
            return Optional.empty();
        }
    }

    private static void write(Path file, ChainAnchor anchor) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "evidence-anchor", ".tmp");
            Files.writeString(temp, anchor.line(), StandardCharsets.US_ASCII);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the evidence chain's anchor " + file, e);
        }
    }

    private String nodeName() {
        return node.filter(n -> !n.isBlank()).orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "node";
            }
        });
    }
}
