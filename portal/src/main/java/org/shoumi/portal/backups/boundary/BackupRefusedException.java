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
        /** the database or the file system refused; the message says why */
        FAILED
    }

    private final Reason reason;

    public BackupRefusedException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
