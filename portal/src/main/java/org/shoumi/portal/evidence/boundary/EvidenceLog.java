package org.shoumi.portal.evidence.boundary;

import java.io.Serializable;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.shoumi.content.documents.boundary.DocumentPublished;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.evidence.control.EvidenceChain;
import org.shoumi.portal.evidence.control.EvidenceHashes;
import org.shoumi.portal.evidence.control.EvidenceRecords;
import org.shoumi.portal.evidence.control.LiveRecord;
import org.shoumi.portal.evidence.control.LoggedEntry;
import org.shoumi.portal.evidence.control.Verification;
import org.shoumi.portal.evidence.entity.EvidenceBackfill;
import org.shoumi.portal.evidence.entity.EvidenceEntry;
import org.shoumi.portal.evidence.entity.EvidenceHead;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.portal.events.AccountChanged;
import org.shoumi.portal.events.ChainLockAsked;
import org.shoumi.portal.events.EvidenceAppended;
import org.shoumi.portal.events.RecordsExported;
import org.shoumi.portal.events.PersonnelChanged;
import org.shoumi.portal.sessions.boundary.AttendanceRecorded;
import org.shoumi.quizzes.attempts.boundary.AccommodationGranted;
import org.shoumi.quizzes.attempts.boundary.AttemptFinished;
import org.shoumi.quizzes.certificates.boundary.CertificateRevoked;

/**
 * The append-only evidence log. {@link #append} runs in the caller's transaction (MANDATORY), right after the
 * record was written: it reads the record back through the transaction's own JDBC connection, so the content
 * is what the database holds, then locks the chain head, links the entry and moves the head. Only the lock,
 * one insert and one update are inside the critical section; the lock is held until the caller commits, which
 * serialises appends (never two with the same number or previous hash). There is no method that updates or
 * deletes an entry.
 */
@ApplicationScoped
@Boundary
public class EvidenceLog {

    private static final Logger LOG = Logger.getLogger(EvidenceLog.class.getName());

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Event<EvidenceAppended> appended;

    Clock clock = Clock.systemUTC();

    /** Logs one record, which must exist in this transaction. Logging a record twice is refused by the database. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EvidenceEntry append(EvidenceKind kind, long recordId) {
        em.flush();
        LiveRecord record = read(kind, recordId);
        EvidenceHead head = lockedHead();
        // a record tied to no person (a step of an anonymous incident report) is logged to the minute, so its
        // entry does not pinpoint the moment someone submitted it
        long at = record.employeeNo() == null ? clock.millis() / 60_000 * 60_000 : clock.millis();
        LoggedEntry e = EvidenceChain.link(head.getLastHash(), head.getLastSequence() + 1, record, at);
        EvidenceEntry entry = new EvidenceEntry(e.sequence(), kind, recordId, e.employeeNo(), e.recordedAtMillis(),
                e.content(), e.contentHash(), e.previousHash(), e.chainHash());
        em.persist(entry);
        head.advance(e.sequence(), e.chainHash());
        em.flush();
        appended.fire(new EvidenceAppended(kind.name(), e.sequence(), e.chainHash(),
                Instant.ofEpochMilli(e.recordedAtMillis()), e.employeeNo()));
        return entry;
    }

    /** A finished quiz attempt (submitted, or expired also by the sweeper), in the quizzes' transaction. */
    void attemptFinished(@Observes AttemptFinished finished) {
        append(EvidenceKind.QUIZ_ATTEMPT, finished.attemptId());
    }

    /** Extra time or attempts granted to one person in a quiz, in the quizzes' transaction. */
    void accommodationGranted(@Observes AccommodationGranted granted) {
        append(EvidenceKind.QUIZ_ACCOMMODATION, granted.accommodationId());
    }

    /** A revoked certificate (the exam it stood for void), in the certificates' transaction. */
    void certificateRevoked(@Observes CertificateRevoked revoked) {
        append(EvidenceKind.CERTIFICATE_REVOKED, revoked.certificateId());
    }

    /** A new version of a rule, duty, pledge template or checklist published by a person, in the publishing transaction. */
    void documentPublished(@Observes DocumentPublished published) {
        append(EvidenceKind.DOCUMENT_VERSION, published.versionId());
    }

    /** A person recorded at an offline training session (check-in, sign-in sheet or officer), in that transaction. */
    void attendanceRecorded(@Observes AttendanceRecorded recorded) {
        append(EvidenceKind.SESSION_ATTENDANCE, recorded.attendanceId());
    }

    /** A dated entry of a person's history, in the transaction of the change. */
    void personnelChanged(@Observes PersonnelChanged changed) {
        append(EvidenceKind.PERSONNEL_CHANGE, changed.changeId());
    }

    /** A change of what a login may do (a role granted or withdrawn, a reset …), in the transaction of the change. */
    void accountChanged(@Observes AccountChanged changed) {
        append(EvidenceKind.ACCOUNT_CHANGE, changed.changeId());
    }

    /** The chain's lock taken ahead of a change's own row locks ({@link ChainLockAsked}). */
    void chainLockAsked(@Observes ChainLockAsked asked) {
        lockedHead();
    }

    /** A download of people's records noted (导出记录), in the transaction that notes it. */
    void recordsExported(@Observes RecordsExported exported) {
        append(EvidenceKind.RECORD_EXPORT, exported.exportId());
    }

    /** Verifies the whole log against the records, reading the database directly (no cache). */
    public Verification verify() {
        try {
            return EvidenceRecords.verify(connection());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the evidence log", e);
        }
    }

    /** The chain's length and last hash, without verifying. */
    public ChainState state() {
        EvidenceHead head = em.find(EvidenceHead.class, EvidenceHead.ID);
        return head == null ? new ChainState(0, EvidenceHashes.GENESIS)
                : new ChainState(head.getLastSequence(), head.getLastHash());
    }

    /**
     * On start (after the first-start data, hence the late priority), for each kind of record the log has never
     * back-filled: every record of that kind made before the log kept it gets its entry, in id order, and the kind
     * is marked done. So the first start with the log adopts everything, and a release that adds a kind (the
     * submitted self-inspection) adopts the earlier records of that kind on its first start. Idempotent: the head's
     * lock serialises nodes starting together, records with an entry are skipped, and once a kind is done a record
     * of it appearing later without an entry (written around the portal) is reported by verification as
     * UNLOGGED_RECORD, never adopted.
     */
    void backfill(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) Startup startup) {
        backfillPending();
    }

    /** The back-fill of every kind not back-filled yet (none, after the first start of a release); how many records. */
    public int backfillPending() {
        EvidenceHead head = lockedHead();
        Set<EvidenceKind> done = new HashSet<>(em.createQuery("select b.kind from EvidenceBackfill b",
                EvidenceKind.class).getResultList());
        List<EvidenceKind> pending = Arrays.stream(EvidenceKind.values()).filter(k -> !done.contains(k)).toList();
        if (pending.isEmpty()) {
            return 0;
        }
        try {
            Connection c = connection();
            Set<LiveRecord.RecordKey> logged = new HashSet<>();
            EvidenceRecords.entries(c).stream().map(LoggedEntry::key).forEach(logged::add);
            Instant now = clock.instant();
            int adopted = 0;
            for (EvidenceKind kind : pending) {
                List<LiveRecord> missing = EvidenceRecords.of(c, kind).stream().filter(LiveRecord::evidential)
                        .filter(r -> !logged.contains(r.key())).sorted(Comparator.comparing(LiveRecord::key))
                        .toList();
                missing.forEach(r -> append(r.kind(), r.id()));
                em.persist(new EvidenceBackfill(kind, now, missing.size()));
                adopted += missing.size();
                LOG.info(() -> "Evidence log: back-filled " + missing.size() + " " + kind
                        + " records made before the log kept them");
            }
            head.markBackfilled();
            em.flush();
            return adopted;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot back-fill the evidence log", e);
        }
    }

    private LiveRecord read(EvidenceKind kind, long recordId) {
        try {
            return EvidenceRecords.one(connection(), kind, recordId)
                    .orElseThrow(() -> new IllegalStateException("no " + kind + " " + recordId + " to log"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + kind + " " + recordId, e);
        }
    }

    private EvidenceHead lockedHead() {
        EvidenceHead head = em.find(EvidenceHead.class, EvidenceHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            // the very first entry (at first start, before any user can act): create the head
            head = new EvidenceHead(EvidenceHashes.GENESIS);
            em.persist(head);
            em.flush();
            head = em.find(EvidenceHead.class, EvidenceHead.ID, LockModeType.PESSIMISTIC_WRITE);
        }
        return head;
    }

    /** The JDBC connection of this transaction (EclipseLink hands it out once the transaction has begun). */
    private Connection connection() {
        em.flush();
        Connection c = em.unwrap(Connection.class);
        if (c == null) {
            throw new IllegalStateException("no JDBC connection in this transaction");
        }
        return c;
    }

    /**
     * Where a hash an auditor noted stands in the chain: its entry's place, kind and time; empty when the chain
     * holds no entry with that hash (it was cut back or replaced since, as by restoring an earlier backup). A hash is
     * looked up in full (64 hex digits) or by its first 16 or more, as long as one entry alone starts so.
     */
    public java.util.Optional<Found> find(String hash) {
        if (!looksLikeHash(hash)) {
            return java.util.Optional.empty();
        }
        String h = hash.strip().toLowerCase(java.util.Locale.ROOT);
        List<EvidenceEntry> hits = em.createQuery("select e from EvidenceEntry e where e.chainHash like :h "
                + "order by e.sequence", EvidenceEntry.class).setParameter("h", h + "%").setMaxResults(2).getResultList();
        return hits.size() == 1 ? java.util.Optional.of(new Found(hits.get(0).getSequence(), hits.get(0).getKind(),
                Instant.ofEpochMilli(hits.get(0).getRecordedAtMillis()), hits.get(0).getChainHash()))
                : java.util.Optional.empty();
    }

    /** Whether a typed value can name an entry: a whole hash (64 hex digits) or its first 16 or more. */
    public static boolean looksLikeHash(String typed) {
        return typed != null && typed.strip().matches("[0-9a-fA-F]{16,64}");
    }

    /** The chain's hash up to this entry; empty when the chain is shorter. */
    public java.util.Optional<String> hashAt(long sequence) {
        return em.createQuery("select e.chainHash from EvidenceEntry e where e.sequence = :s", String.class)
                .setParameter("s", sequence).getResultStream().findFirst();
    }

    /** An entry found by its chain hash. */
    public record Found(long sequence, EvidenceKind kind, Instant recordedAt, String chainHash) implements Serializable {
    }

    /** Length and last hash of the chain. */
    public record ChainState(long length, String lastHash) implements Serializable {
    }
}
