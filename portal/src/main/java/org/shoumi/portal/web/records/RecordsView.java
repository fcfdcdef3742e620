package org.shoumi.portal.web.records;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shoumi.portal.backups.boundary.BackupLog;
import org.shoumi.portal.backups.entity.BackupRecord;
import org.shoumi.portal.records.boundary.Records;
import org.shoumi.portal.records.boundary.Records.DepartmentPeople;
import org.shoumi.portal.records.entity.RecordExport;
import org.shoumi.portal.web.shared.Times;

/** The records page's department list: the departments with people, and which one came back empty. */
@Named
@RequestScoped
public class RecordsView {

    @Inject
    Records records;

    @Inject
    Times times;

    @Inject
    BackupLog backupLog;

    private List<BackupRecord> backupRecords;

    private List<DepartmentPeople> departments;
    private List<RecordExport> exports;
    private List<Records.DepartureForm> forms;
    private java.util.Map<Long, Records.Subject> subjects;
    private String empty;
    private String unknownNo;
    private String unknownDept;
    private String missing;

    /** The departments someone is in, with their numbers of secret-related staff and of people. */
    public List<DepartmentPeople> getDepartments() {
        return all().stream().filter(d -> d.everyone() > 0).toList();
    }

    /** The department code the files download came back with (nobody of the asked scope), from the address. */
    public String getEmptyCode() {
        return empty;
    }

    public void setEmptyCode(String empty) {
        this.empty = empty;
    }

    /** The staff number a file was asked for that nobody has (empty: none was given), from the address. */
    public String getUnknownNo() {
        return unknownNo;
    }

    public void setUnknownNo(String unknownNo) {
        this.unknownNo = unknownNo;
    }

    /** The department code files were asked for that no department has (empty: none was given), from the address. */
    public String getUnknownDept() {
        return unknownDept;
    }

    public void setUnknownDept(String unknownDept) {
        this.unknownDept = unknownDept;
    }

    /** What the address says was left empty: {@code unknownNo} (the staff number) or {@code unknownDept}. */
    public String getMissing() {
        return missing;
    }

    public void setMissing(String missing) {
        this.missing = missing;
    }

    /** The department that came back empty; null when none did (or the address names none). */
    public DepartmentPeople getEmptyDepartment() {
        return empty == null ? null : all().stream().filter(d -> d.code().equals(empty)).findFirst().orElse(null);
    }

    /** The newest downloads of people's records, newest first. */
    public List<RecordExport> getExports() {
        if (exports == null) {
            exports = records.recentExports();
            subjects = records.subjectsOf(exports);
        }
        return exports;
    }

    /** What a listed download was of, in words, in this language. */
    public String subject(RecordExport export, String language) {
        getExports();
        Records.Subject subject = subjects.get(export.getId());
        return subject == null ? "" : subject.in(language);
    }

    /** Every departure's approval or hand-over form, newest first, each linked for download. */
    public List<Records.DepartureForm> getDepartureForms() {
        if (forms == null) {
            forms = records.departureForms();
        }
        return forms;
    }

    /** How many downloads the page lists at most. */
    public int getExportsShown() {
        return Records.EXPORTS_SHOWN;
    }

    /** When a download was made, in the unit's time zone. */
    public String time(RecordExport export) {
        return times.format(export.getExportedAt());
    }

    /**
     * The newest backups of the database made and deleted by the retention rule, newest first: a backup is a copy of
     * every record, and the auditor could not read who made one (the backup page is an administrator's; outside check
     * ex-s37c 2).
     */
    public List<BackupRecord> getBackups() {
        if (backupRecords == null) {
            backupRecords = backupLog.recent();
        }
        return backupRecords;
    }

    /** How many backups the page lists at most. */
    public int getBackupsShown() {
        return BackupLog.SHOWN;
    }

    /** When a listed backup was made or deleted, in the unit's time. */
    public String time(BackupRecord backup) {
        return times.format(backup.getDoneAt());
    }

    /** A listed backup's size in MB, as the backup page gives it. */
    public String size(BackupRecord backup) {
        return String.format(java.util.Locale.ROOT, "%.1f", backup.getBytes() / 1048576.0);
    }

    private List<DepartmentPeople> all() {
        if (departments == null) {
            departments = records.peopleByDepartment();
        }
        return departments;
    }
}
