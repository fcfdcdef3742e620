package org.shoumi.portal.backups.boundary;

import org.shoumi.portal.shared.Refused;

/** A backup that cannot be made here, with the reason. */
public class BackupRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** the database is not embedded Derby (PostgreSQL: use pg_dump) */
        NOT_DERBY,
        /** another backup is running */
        BUSY,
        /** a backup asked for on the page was made a moment ago ({@link #recent()}): the press was a repeat */
        RECENT,
        /** the database or the file system refused; the message says why */
        FAILED
    }

    private final Reason reason;

    private final transient BackupInfo recent;

    public BackupRefusedException(Reason reason, String message, Throwable cause) {
        this(reason, message, cause, null);
    }

    BackupRefusedException(Reason reason, String message, Throwable cause, BackupInfo recent) {
        super(reason + ": " + message, cause);
        this.reason = reason;
        this.recent = recent;
    }

    /** The backup made a moment ago that a {@link Reason#RECENT} refusal names; null for the other reasons. */
    public BackupInfo recent() {
        return recent;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
