package org.shoumi.portal.records.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One download of people's records (导出记录): who took which secrecy file, department archive, inspection workbook,
 * approval form or someone else's signed pledge out of the portal, and when. Appended as the download is made,
 * never changed or deleted, so an inspection can ask who exported whose files.
 */
@Entity
@Table(name = "record_export", indexes = @Index(name = "record_export_at", columnList = "exported_at"))
@NamedQuery(name = RecordExport.NEWEST, query = "select x from RecordExport x order by x.exportedAt desc, x.id desc")
@NamedQuery(name = RecordExport.ALL, query = "select x from RecordExport x order by x.exportedAt, x.id")
public class RecordExport {

    public static final String NEWEST = "RecordExport.newest";
    public static final String ALL = "RecordExport.all";

    /** What was downloaded. */
    public enum Kind {
        /** One person's secrecy file (PDF); the subject is the staff number. */
        SECRECY_FILE,
        /** A department's secrecy files (ZIP); the subject is the department code. */
        DEPARTMENT_FILES,
        /** Everyone's records as a workbook; no subject. */
        INSPECTION_WORKBOOK,
        /**
         * A departure's approval form (离岗离职审批表, PDF); the subject is the departure's number. Downloads noted before
         * {@link #HANDOVER_FORM} was kept name a hand-over's confirmation form so too.
         */
        DEPARTURE_FORM,
        /**
         * A hand-over's confirmation form (转岗交接确认表, PDF); the subject is the departure's number. The log named it
         * as an approval form (outside check: an inspector matching the log to the paper forms was misled).
         */
        HANDOVER_FORM,
        /** Someone else's signed pledge (PDF); the subject is the signer's staff number. */
        SIGNED_PLEDGE,
        /**
         * The drill-down list of people as CSV ({@code /programmes/people.csv}: staff number, name, department and each
         * programme's state, among them who is in 离岗培训); the subject is the filter as the address gives it
         * ({@code dept=IT&state=OVERDUE}, none for the whole list), the people the number of rows. It was not noted
         * (outside check ex-s37c 3).
         */
        PEOPLE_LIST,
        /** The year-end report as a workbook; the subject is the year and the department asked for, if one. */
        YEAR_REPORT_WORKBOOK,
        /** The year-end report as a PDF; the subject is the year and the department asked for, if one. */
        YEAR_REPORT_PDF
    }

    /** How long a subject is stored (the column's length). */
    public static final int SUBJECT_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "exported_at", nullable = false, updatable = false)
    private Instant exportedAt;

    @Column(name = "exported_by", nullable = false, updatable = false, length = 64)
    private String exportedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24)
    private Kind kind;

    @Column(updatable = false, length = SUBJECT_LENGTH)
    private String subject;

    /** How many people's records the download held. */
    @Column(nullable = false, updatable = false)
    private int people;

    protected RecordExport() {
    }

    public RecordExport(Instant exportedAt, String exportedBy, Kind kind, String subject, int people) {
        this.exportedAt = Objects.requireNonNull(exportedAt);
        this.exportedBy = Objects.requireNonNull(exportedBy);
        this.kind = Objects.requireNonNull(kind);
        this.subject = fitted(subject);
        if (people < 0) {
            throw new IllegalArgumentException("a download holds no negative number of people");
        }
        this.people = people;
    }

    /**
     * A subject as the column keeps it: a longer one (a list's filter with a long campaign code) is cut to the
     * column's length, its last character an ellipsis, so that the download is still noted rather than refused.
     */
    public static String fitted(String subject) {
        if (subject == null || subject.length() <= SUBJECT_LENGTH) {
            return subject;
        }
        int end = SUBJECT_LENGTH - 1;
        if (Character.isHighSurrogate(subject.charAt(end - 1))) {
            end--;
        }
        return subject.substring(0, end) + "\u2026";
    }

    public Long getId() {
        return id;
    }

    public Instant getExportedAt() {
        return exportedAt;
    }

    public String getExportedBy() {
        return exportedBy;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public int getPeople() {
        return people;
    }
}
