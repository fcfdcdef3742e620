package org.shoumi.portal.backups.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.backups.entity.BackupRecord;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.portal.events.ChainLockAsked;

/**
 * The record of the backups made and deleted (数据库备份记录): each one a row of {@code backup_record} and, in the same
 * transaction, an entry of the evidence chain ({@code BACKUP}), so an inspection reads who took a copy of every record
 * and when, and a row deleted or altered in the database is named by verification (outside check ex-s37c 2). Its
 * own transactions: {@link Backups} works outside any.
 */
@ApplicationScoped
@Boundary
public class BackupLog {

    /** How many backups the records page lists, newest first. */
    public static final int SHOWN = 50;

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    EvidenceLog evidence;

    @Inject
    Event<ChainLockAsked> chainLock;

    /** A backup made: its name, size, when it was started and by whom (a login, {@code api} or {@code system}). */
    public void made(String name, long bytes, Instant at, String by) {
        keep(new BackupRecord(BackupRecord.Event.MADE, name, bytes, at, by));
    }

    /** A backup deleted by the retention rule, its size before, when, after a backup made by {@code by}. */
    public void deleted(String name, long bytes, Instant at, String by) {
        keep(new BackupRecord(BackupRecord.Event.DELETED, name, bytes, at, by));
    }

    private void keep(BackupRecord record) {
        // the chain's lock before the new row's: a start's back-fill, which holds the chain's lock and reads every
        // table, never waits on this row while this waits on the chain
        chainLock.fire(new ChainLockAsked());
        em.persist(record);
        em.flush();
        evidence.append(EvidenceKind.BACKUP, record.getId());
    }

    /** The newest records of backups made and deleted, newest first ({@link #SHOWN} at most). */
    public List<BackupRecord> recent() {
        return em.createNamedQuery(BackupRecord.NEWEST, BackupRecord.class).setMaxResults(SHOWN).getResultList();
    }
}
