package org.shoumi.portal.pledges.boundary;

import org.shoumi.content.documents.entity.PledgeKind;

/**
 * What the person submitted to sign: the pledge they saw (kind, version, hash of the text), their password,
 * the name they typed and the signature they drew (a PNG data URL), and where they signed from.
 */
public record Signing(String username, PledgeKind kind, int version, String sha256, char[] password,
                      String typedName, String signatureDataUrl, String clientAddress, String userAgent) {
}
