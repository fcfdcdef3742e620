package org.shoumi.content.pack.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shoumi.content.documents.entity.DocumentKind;

/**
 * Checks a pack as a whole: unique keys and ids, every question citing an existing clause, every post having
 * duties, no duties for an unknown post. Parsing problems (bad headers, unknown placeholders …) are included.
 * An empty answer means the pack may be imported.
 */
public final class PackValidator {

    private PackValidator() {
    }

    /** @param postCodes the posts of the unit; each must have a DUTY document with at least one clause */
    public static List<PackProblem> validate(ContentPack pack, Set<String> postCodes) {
        List<PackProblem> problems = new ArrayList<>(pack.problems());
        Map<String, PackDocument> keys = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        for (PackDocument d : pack.documents()) {
            PackDocument first = keys.putIfAbsent(d.key(), d);
            if (first != null) {
                problems.add(new PackProblem(d.file(), 1, "duplicate key '" + d.key() + "', also in " + first.file()));
            }
            // repeats inside one body are the parser's to report; here only repeats across documents
            for (Clause c : d.clauses()) {
                unique(ids, c.id(), d.file(), c.line(), true, problems);
            }
            for (ChecklistItem item : d.items()) {
                unique(ids, item.id(), d.file(), item.line(), true, problems);
            }
        }
        Map<String, String> questionIds = new HashMap<>();
        for (PackQuestion q : pack.questions()) {
            unique(questionIds, q.id(), q.file(), q.line(), false, problems);
            if (!ids.containsKey(q.clause())) {
                problems.add(new PackProblem(q.file(), q.clauseLine(), "question " + q.id()
                        + " cites clause '" + q.clause() + "', which no rule or duty declares"));
            }
        }
        for (String post : postCodes) {
            boolean hasDuties = pack.documents(DocumentKind.DUTY).stream()
                    .anyMatch(d -> post.equals(d.postCode()) && !d.clauses().isEmpty());
            if (!hasDuties) {
                problems.add(new PackProblem("duties/", 0, "post " + post + " has no duties: add a DUTY document with 'post: "
                        + post + "' and at least one clause"));
            }
        }
        for (PackDocument d : pack.documents(DocumentKind.DUTY)) {
            if (d.postCode() != null && !postCodes.contains(d.postCode())) {
                problems.add(new PackProblem(d.file(), 1, "post '" + d.postCode() + "' is not a post of the unit " + postCodes));
            }
        }
        return problems;
    }

    /**
     * The quality figures of the pack's question bank against the limits the shipped bank must keep (issue 15);
     * separate from {@link #validate}, which is structural, so a unit importing a small pack of its own is not refused
     * for having fewer items than the shipped bank.
     */
    public static List<PackProblem> quality(ContentPack pack) {
        return BankQuality.check(pack.questions(), BankQuality.Limits.SHIPPED);
    }

    private static void unique(Map<String, String> seen, String id, String file, int line, boolean acrossFilesOnly,
                               List<PackProblem> problems) {
        String first = seen.putIfAbsent(id, file + ":" + line);
        boolean sameFile = first != null && first.startsWith(file + ":");
        if (first != null && !(acrossFilesOnly && sameFile)) {
            problems.add(new PackProblem(file, line, "duplicateId", id, "duplicate id '" + id + "', first at " + first));
        }
    }
}
