package org.shoumi.content.documents.boundary;

import java.time.LocalDate;
import org.shoumi.content.documents.entity.DocumentKind;
import org.shoumi.content.documents.entity.PledgeKind;

/** What a secrecy officer submits as the next version of a document (or the first one of a new document). */
public record DocumentDraft(String key, DocumentKind kind, String title, String postCode, PledgeKind pledgeKind,
                            String body, LocalDate effective, boolean materialChange, String changeNote) {
}
