package org.shoumi.portal.training.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.shoumi.content.documents.entity.DocumentKind;

/** How far the people a document concerns have come with acknowledging its version in force. */
public final class DocumentProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final DocumentKind kind;
    private final String title;
    private final int currentVersion;
    private final int latestVersion;
    private final LocalDate effective;
    private final long concerned;
    private final long acknowledged;

    public DocumentProgress(String key, DocumentKind kind, String title, int currentVersion, int latestVersion,
                            LocalDate effective, long concerned, long acknowledged) {
        this.key = key;
        this.kind = kind;
        this.title = title;
        this.currentVersion = currentVersion;
        this.latestVersion = latestVersion;
        this.effective = effective;
        this.concerned = concerned;
        this.acknowledged = acknowledged;
    }

    public String getKey() {
        return key;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    /** Newer than the current version when a published version is not in force yet. */
    public int getLatestVersion() {
        return latestVersion;
    }

    public LocalDate getEffective() {
        return effective;
    }

    public long getConcerned() {
        return concerned;
    }

    public long getAcknowledged() {
        return acknowledged;
    }
}
