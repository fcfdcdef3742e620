package org.shoumi.portal.pledges.boundary;

import java.io.Serializable;

import org.shoumi.content.documents.entity.PledgeKind;

/**
 * A pledge ready to be signed: the template in force filled in for the person, as HTML and its hash; for a topic
 * pledge, the issue it answers (null otherwise).
 */
public record PledgeDraft(PledgeKind kind, String key, int version, String title, String html, String sha256,
                          Long issue) implements Serializable {

    public PledgeDraft(PledgeKind kind, String key, int version, String title, String html, String sha256) {
        this(kind, key, version, title, html, sha256, null);
    }

    public PledgeKind getKind() {
        return kind;
    }

    public String getKey() {
        return key;
    }

    public int getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getHtml() {
        return html;
    }

    public String getSha256() {
        return sha256;
    }

    public Long getIssue() {
        return issue;
    }
}
