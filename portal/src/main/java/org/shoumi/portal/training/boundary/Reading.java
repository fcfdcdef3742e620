package org.shoumi.portal.training.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.shoumi.content.documents.entity.DocumentKind;

/**
 * A document as one person reads it: the version in force rendered to safe HTML, and where that person stands
 * with it. {@code acknowledgedVersion} is 0 when they never acknowledged it.
 */
public record Reading(String key, DocumentKind kind, String title, int version, LocalDate effective, String sha256,
                      String html, boolean concernsMe, int requiredVersion, int acknowledgedVersion,
                      Instant acknowledgedAt, java.util.List<Change> changes) implements Serializable {

    /** A version's change note, as the officer wrote it when publishing it. */
    public record Change(int version, String note) implements Serializable {
    }

    /** Whether this person still has to acknowledge the version in force. */
    public boolean isOpen() {
        return concernsMe && acknowledgedVersion < requiredVersion;
    }

    /** Getters for Jakarta EL, which does not read record components. */
    public String getKey() {
        return key;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public int getVersion() {
        return version;
    }

    public LocalDate getEffective() {
        return effective;
    }

    public String getSha256() {
        return sha256;
    }

    public String getHtml() {
        return html;
    }

    public boolean isConcernsMe() {
        return concernsMe;
    }

    public int getAcknowledgedVersion() {
        return acknowledgedVersion;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public java.util.List<Change> getChanges() {
        return changes;
    }
}
