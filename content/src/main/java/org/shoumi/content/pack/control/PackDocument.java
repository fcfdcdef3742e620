package org.shoumi.content.pack.control;

import java.time.LocalDate;
import java.util.List;
import org.shoumi.content.documents.entity.DocumentKind;
import org.shoumi.content.documents.entity.PledgeKind;

/**
 * A parsed document of the pack: its metadata header, the exact Markdown body, and what the body declares
 * (clauses for rules and duties, items for checklists, placeholders for pledges). {@code changeNote} is the
 * optional {@code note:} header, the 修改说明 of a version after the first (null when absent).
 */
public record PackDocument(String file, String key, DocumentKind kind, String title, int version, LocalDate effective,
                           boolean materialChange, String postCode, PledgeKind pledgeKind, String body,
                           int bodyStartLine, List<Clause> clauses, List<ChecklistItem> items, String changeNote) {
}
