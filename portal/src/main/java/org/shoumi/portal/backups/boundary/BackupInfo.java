package org.shoumi.portal.backups.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * One backup: its folder name, when it started, its size on disk in bytes and the folder's absolute path
 * (the database copy is the sub-folder named after the database, e.g. {@code shoumidb}), and who made it (a login,
 * {@code api} for the backup API's token, {@code system} for the daily backup; empty for a backup made before this
 * was kept).
 */
public record BackupInfo(String name, Instant startedAt, long bytes, String path, String madeBy)
        implements Serializable {
}
