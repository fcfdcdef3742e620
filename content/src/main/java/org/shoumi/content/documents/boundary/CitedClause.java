package org.shoumi.content.documents.boundary;

import java.util.Optional;
import org.shoumi.content.documents.entity.DocumentKind;
import org.shoumi.content.pack.control.PackParser;

/**
 * A clause as people cite it: the title of its document and the clause's heading ({@code 档案保密管理规定},
 * {@code 第八条 阅览要求}) instead of its id ({@code rules.archives.8}).
 */
public record CitedClause(String id, String documentKey, String documentTitle, String heading) {

    /** The document key of a clause id: everything before its last dot ({@code rules.archives.8} → {@code rules.archives}). */
    public static String documentKeyOf(String clauseId) {
        int dot = clauseId.lastIndexOf('.');
        return dot <= 0 ? clauseId : clauseId.substring(0, dot);
    }

    /** The clause {@code clauseId} in a document's body, if the body still has it. */
    public static Optional<CitedClause> in(String clauseId, String documentKey, DocumentKind kind, String title,
                                           String body) {
        return PackParser.parseBody(documentKey, documentKey, kind, body, 1).clauses().stream()
                .filter(c -> c.id().equals(clauseId)).findFirst()
                .map(c -> new CitedClause(clauseId, documentKey, title, c.heading()));
    }
}
