package org.shoumi.content.documents.boundary;

import java.time.LocalDate;
import org.shoumi.content.documents.entity.DocumentKind;
import org.shoumi.content.documents.entity.PledgeKind;

/**
 * A new version of a document was published by a person (not the import of the shipped pack): fired in the
 * publishing transaction, so an observer's effects commit or roll back with it. {@code pledgeKind} is null for
 * documents that are not pledge templates; {@code versionId} is the
 * new version's row (its evidence record).
 */
public record DocumentPublished(String key, int version, DocumentKind kind, PledgeKind pledgeKind, String title,
                                LocalDate effective, boolean materialChange, String publishedBy,
                                long versionId) {
}
