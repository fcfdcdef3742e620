package org.shoumi.portal.web.backups;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.backups.boundary.BackupInfo;
import org.shoumi.portal.backups.boundary.BackupRefusedException;
import org.shoumi.portal.backups.boundary.Backups;
import org.shoumi.portal.web.shared.Messages;

/** The administrator's backup page: back up now, the backups there are. */
@Named
@RequestScoped
public class BackupView {

    @Inject
    jakarta.faces.context.ExternalContext external;

    @Inject
    Backups backups;

    @Inject
    Messages messages;

    @Inject
    org.shoumi.portal.web.shared.PersonNames personNames;

    @Inject
    org.shoumi.portal.web.shared.Times times;

    private boolean derby;
    private List<BackupInfo> rows = List.of();
    private String directory;
    private String inProgress;

    @PostConstruct
    void load() {
        derby = backups.derby();
        if (derby) {
            rows = backups.list();
            directory = backups.directory();
            inProgress = backups.inProgress().map(times::formatSeconds).orElse(null);
        }
    }

    public String backUpNow() {
        try {
            BackupInfo made = backups.backUpOnRequest(external.getRemoteUser());
            messages.info("backup.done", made.name(), megabytes(made.bytes()));
        } catch (BackupRefusedException refused) {
            BackupInfo recent = refused.recent();
            if (recent != null) {
                // a repeat press: nothing made twice, and the backup it repeats named
                messages.warn("backup.refused.RECENT", recent.name(), time(recent), personNames.of(recent.madeBy()),
                        times.timeOfDay(recent.startedAt().plus(java.time.Duration.ofMinutes(backups.repeatMinutes()))));
            } else {
                messages.error("backup.refused." + refused.reason().name());
            }
        }
        return Actions.redirect("/admin/backup");
    }

    public static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0);
    }

    /** When a backup started, in the unit's time zone. */
    public String time(BackupInfo b) {
        return times.formatSeconds(b.startedAt());
    }

    public String size(BackupInfo b) {
        return megabytes(b.bytes());
    }

    public boolean isDerby() {
        return derby;
    }

    public List<BackupInfo> getRows() {
        return rows;
    }

    public String getDirectory() {
        return directory;
    }

    /** When the backup being written now started (it is listed once complete); null when none is. */
    public String getInProgress() {
        return inProgress;
    }
}
