package org.shoumi.content.documents.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.shoumi.content.documents.control.TextHash;

/**
 * One published version of a content document. Immutable once written: a change is a new version. The hash is
 * computed here from the exact text, so it cannot disagree with it.
 */
@Entity
@Table(name = "document_version", uniqueConstraints = @UniqueConstraint(columnNames = {"document_key", "version"}))
@NamedQuery(name = DocumentVersion.BY_KEY,
        query = "select v from DocumentVersion v where v.documentKey = :key order by v.version")
@NamedQuery(name = DocumentVersion.BY_KIND,
        query = "select v from DocumentVersion v where v.kind = :kind order by v.id")
@NamedQuery(name = DocumentVersion.ALL, query = "select v from DocumentVersion v order by v.id")
@NamedQuery(name = DocumentVersion.COUNT, query = "select count(v) from DocumentVersion v")
public class DocumentVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_KEY = "DocumentVersion.byKey";
    public static final String BY_KIND = "DocumentVersion.byKind";
    public static final String ALL = "DocumentVersion.all";
    public static final String COUNT = "DocumentVersion.count";
    public static final int MAX_BODY_LENGTH = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 100)
    @Column(name = "document_key", nullable = false, length = 100)
    private String documentKey;

    @Column(nullable = false)
    private int version;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DocumentKind kind;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title;

    @Size(max = 32)
    @Column(name = "post_code", length = 32)
    private String postCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "pledge_kind", length = 16)
    private PledgeKind pledgeKind;

    @NotNull
    @Column(name = "effective_date", nullable = false)
    private LocalDate effective;

    @Column(name = "material_change", nullable = false)
    private boolean materialChange;

    @NotBlank
    @Size(max = MAX_BODY_LENGTH)
    // read when used: the lists of documents (every home page's reading tasks, the library) need the titles,
    // dates and posts of all versions, not their texts (a large object each, read through a stream)
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String body;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Size(max = 500)
    @Column(name = "change_note", length = 500)
    private String changeNote;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 64)
    private String publishedBy;

    protected DocumentVersion() {
    }

    public DocumentVersion(String documentKey, int version, DocumentKind kind, String title, String postCode,
                           PledgeKind pledgeKind, LocalDate effective, boolean materialChange, String body,
                           String changeNote, Instant publishedAt, String publishedBy) {
        if (version < 1) {
            throw new IllegalArgumentException("versions count from 1");
        }
        this.documentKey = Objects.requireNonNull(documentKey);
        this.version = version;
        this.kind = Objects.requireNonNull(kind);
        this.title = Objects.requireNonNull(title);
        this.postCode = postCode;
        this.pledgeKind = pledgeKind;
        this.effective = Objects.requireNonNull(effective);
        // the first version is always "material": nobody has read it yet
        this.materialChange = version == 1 || materialChange;
        this.body = Objects.requireNonNull(body);
        this.sha256 = TextHash.sha256(body);
        this.changeNote = changeNote;
        this.publishedAt = Objects.requireNonNull(publishedAt);
        this.publishedBy = Objects.requireNonNull(publishedBy);
    }

    public Long getId() {
        return id;
    }

    public String getDocumentKey() {
        return documentKey;
    }

    public int getVersion() {
        return version;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getPostCode() {
        return postCode;
    }

    public PledgeKind getPledgeKind() {
        return pledgeKind;
    }

    public LocalDate getEffective() {
        return effective;
    }

    public boolean isMaterialChange() {
        return materialChange;
    }

    public String getBody() {
        return body;
    }

    public String getSha256() {
        return sha256;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
