package org.shoumi.portal.backups.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * One backup: its folder name, when it started, its size on disk in bytes and the folder's absolute path
 * (the database copy is the sub-folder named after the database, e.g. {@code shoumidb}).
 */
public record BackupInfo(String name, Instant startedAt, long bytes, String path) implements Serializable {
}
