package org.shoumi.portal.pledges.boundary;

import org.shoumi.content.documents.entity.PledgeKind;

/**
 * What the person submitted to sign: the pledge they saw (kind, version, hash of the text), their password,
 * the name they typed and the signature they drew (a PNG data URL), and where they signed from. For a topic
 * pledge, {@code issue} is the issue it answers (null: the oldest the person owes). {@code typedSignature} is a
 * signature typed as text in the form's own field (the keyboard-only way, with any input method): when it holds
 * text, the server writes it into the signature picture ({@code TypedSignature}) and the drawn one is not used.
 */
public record Signing(String username, PledgeKind kind, int version, String sha256, char[] password,
                      String typedName, String signatureDataUrl, String clientAddress, String userAgent, Long issue,
                      String typedSignature) {

    /** A drawn signature (or one typed into the pad, which draws it). */
    public Signing(String username, PledgeKind kind, int version, String sha256, char[] password, String typedName,
                   String signatureDataUrl, String clientAddress, String userAgent, Long issue) {
        this(username, kind, version, sha256, password, typedName, signatureDataUrl, clientAddress, userAgent, issue,
                null);
    }

    /** A signature of a pledge that answers no topic issue. */
    public Signing(String username, PledgeKind kind, int version, String sha256, char[] password, String typedName,
                   String signatureDataUrl, String clientAddress, String userAgent) {
        this(username, kind, version, sha256, password, typedName, signatureDataUrl, clientAddress, userAgent, null);
    }
}
