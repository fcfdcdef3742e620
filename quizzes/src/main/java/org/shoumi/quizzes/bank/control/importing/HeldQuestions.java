package org.shoumi.quizzes.bank.control.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.shoumi.content.documents.control.TextHash;
import org.shoumi.quizzes.bank.control.AnswerKey;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * What an import file would do to the bank: the questions it lacks, and the ones it holds already, which the import
 * skips. A question the bank holds with another answer or other options is named (found by an outside check: a
 * 判断 imported with 对 and checked again with 错 read "1 道题题库中都已有" and the bank kept 对, the officer believing the
 * file had corrected it); so is one whose stem the bank holds as a question of another type, which the import adds
 * beside it. The import never changes a question of the bank: a correction is a revision on the review page.
 */
public final class HeldQuestions {

    /** A question of the bank as the comparison needs it: its key, type, stem, options and stored answer. */
    public record Held(String key, QuestionType type, String stem, List<String> options, String answer) {
    }

    /**
     * A question the bank took out of the draws, as the comparison needs it: its key, type and stem, when
     * ({@code at}, an instant as text; null when not kept) and by whom (a login, or the content pack) it left, and
     * either the key of the version that replaced it ({@code replacedBy}, a revision) or the reason it was retired.
     */
    public record Withdrawn(String key, QuestionType type, String stem, String at, String by, String replacedBy,
                            String reason) {
    }

    /** The notice of a row the bank holds as a retired question ({@link Withdrawn}: key, when, who, reason). */
    public static final String RETIRED = "import.notice.heldRetired";
    /** The notice of a row the bank holds as a version a revision replaced (key, when, who, the new version). */
    public static final String SUPERSEDED = "import.notice.heldSuperseded";
    /**
     * The notice of a row the bank holds as a version a revision replaced, whose latest version was retired later:
     * no version is in use (the key, when, by whom and why the latest left, the latest's key).
     */
    public static final String SUPERSEDED_RETIRED = "import.notice.heldSupersededRetired";

    /**
     * The outcome: the questions to add by the key each is stored under, in the file's order; how many the bank
     * holds already; and the notices of the rows the bank holds otherwise (row-ordered).
     */
    public record Plan(Map<String, ImportedQuestion> fresh, int skipped, List<ImportProblem> notices) {
    }

    private HeldQuestions() {
    }

    /** The problem of a revision that would make its question the same as another active one (that one's key). */
    public static final String SAME_AS_HELD = "import.error.sameAsHeld";

    /**
     * The problem of a question written as {@code type} and {@code stem} when another question of the bank in use,
     * among {@code others} (the question revised itself left out), is the same question as the import judges it
     * ({@link QuestionShape#sameQuestion}: type and stem, spaces and invisible characters aside), naming that one's
     * key; empty when none is. Found by an outside check: a revision turned 测试题甲三 into a copy of 测试题甲二 with the
     * opposite answer; one paper then asked it twice with opposite keys, and the bank's export was refused by its own
     * import ("文件前面已有相同的题干").
     */
    public static java.util.Optional<ImportProblem> sameAsAnother(int row, QuestionType type, String stem,
                                                                   List<Held> others) {
        String identity = QuestionShape.sameQuestion(type, stem);
        return others.stream().filter(h -> QuestionShape.sameQuestion(h.type(), h.stem()).equals(identity))
                .findFirst().map(h -> ImportProblem.of(row, SAME_AS_HELD, h.key()));
    }

    /** The key an imported question is stored under: the type and the stem as written. */
    public static String key(ImportedQuestion q) {
        return "imp-" + TextHash.sha256(q.type() + "\n" + q.stem()).substring(0, 16);
    }

    /** The plan against a bank that has retired nothing ({@link #plan(Set, List, List, List)}). */
    public static Plan plan(Set<String> keys, List<Held> active, List<ImportedQuestion> questions) {
        return plan(keys, active, List.of(), questions);
    }

    /**
     * The plan for {@code questions} against a bank holding the keys {@code keys} (any version, retired ones too),
     * the active questions {@code active} and the questions it took out of the draws {@code withdrawn} (retired, or
     * replaced by a revision; newest first): a question whose key the bank has, or which an active question asks
     * already ({@link QuestionShape#sameQuestion}), is skipped; a repeat within the file too. A question the bank
     * asks only as a withdrawn one is skipped and named, with when, by whom and why it left ({@link #RETIRED}, or
     * {@link #SUPERSEDED} with the version that replaced it): an older file, or an old export, does not bring back
     * what the office took out (an outside check found a retired question and a corrected wording back in the draws,
     * the check saying nothing).
     */
    public static Plan plan(Set<String> keys, List<Held> active, List<Withdrawn> withdrawn,
                            List<ImportedQuestion> questions) {
        Set<String> taken = new HashSet<>(keys);
        Map<String, Held> byIdentity = new HashMap<>();
        Map<String, Held> byStem = new HashMap<>();
        for (Held h : active) {
            byIdentity.putIfAbsent(QuestionShape.sameQuestion(h.type(), h.stem()), h);
            byStem.putIfAbsent(QuestionShape.sameStem(h.stem()), h);
        }
        Map<String, Withdrawn> gone = new HashMap<>();
        Map<String, Withdrawn> retired = new HashMap<>();
        for (Withdrawn w : withdrawn) {
            gone.putIfAbsent(QuestionShape.sameQuestion(w.type(), w.stem()), w);
            if (w.replacedBy() == null) {
                retired.putIfAbsent(w.key(), w);
            }
        }
        Set<String> held = new HashSet<>(byIdentity.keySet());
        Map<String, ImportedQuestion> fresh = new LinkedHashMap<>();
        List<ImportProblem> notices = new ArrayList<>();
        for (ImportedQuestion q : questions) {
            String key = key(q);
            String identity = QuestionShape.sameQuestion(q.type(), q.stem());
            Held same = byIdentity.get(identity);
            Withdrawn left = same == null ? gone.get(identity) : null;
            if (left != null) {
                // the key of a withdrawn imported question is taken already: named all the same, once per file
                if (held.add(identity)) {
                    taken.add(key);
                    notices.add(notice(q.row(), left, retired));
                }
            } else if (taken.add(key) && held.add(identity)) {
                fresh.put(key, q);
                Held otherType = byStem.get(QuestionShape.sameStem(q.stem()));
                if (otherType != null && otherType.type() != q.type()) {
                    notices.add(ImportProblem.of(q.row(), "import.notice.heldOtherType", otherType.key()));
                }
            } else if (same != null && !sameAnswer(q.type(), same.answer(), q.answer())) {
                notices.add(ImportProblem.of(q.row(), "import.notice.heldOtherAnswer", same.key(),
                        fileAnswer(q.type(), same.answer()), fileAnswer(q.type(), q.answer())));
            } else if (same != null && !options(same.options()).equals(options(q.options()))) {
                notices.add(ImportProblem.of(q.row(), "import.notice.heldOtherOptions", same.key()));
            }
        }
        return new Plan(fresh, questions.size() - fresh.size(), List.copyOf(notices));
    }

    /**
     * The notice of a row the bank holds only as {@code left}: retired, or replaced by the version in use, or replaced
     * by a version that was itself retired later ({@code retired}, by key): then the retirement is named, not the
     * revision (the check said "修订为 archives-003~v2" and asked to revise a version the office had retired, whose
     * review page offers no revision: outside check).
     */
    private static ImportProblem notice(int row, Withdrawn left, Map<String, Withdrawn> retired) {
        if (left.replacedBy() == null) {
            return ImportProblem.of(row, RETIRED, left.key(), left.at(), left.by(), left.reason());
        }
        Withdrawn latest = retired.get(left.replacedBy());
        return latest == null
                ? ImportProblem.of(row, SUPERSEDED, left.key(), left.at(), left.by(), left.replacedBy())
                : ImportProblem.of(row, SUPERSEDED_RETIRED, left.key(), latest.at(), latest.by(), latest.reason(),
                        latest.key());
    }

    private static boolean sameAnswer(QuestionType type, String bank, String file) {
        try {
            return AnswerKey.parse(type, bank).equals(AnswerKey.parse(type, file));
        } catch (IllegalArgumentException unreadable) {
            return Objects.equals(bank, file);
        }
    }

    private static List<String> options(List<String> options) {
        return options == null ? List.of() : options.stream().map(o -> o == null ? "" : o.strip()).toList();
    }

    /** An answer as the import file writes it: 对 or 错, the letters, a fill-in's blanks with ; and |. */
    static String fileAnswer(QuestionType type, String stored) {
        try {
            AnswerKey key = AnswerKey.parse(type, stored);
            return switch (type) {
                case JUDGE -> key.truth() ? "对" : "错";
                case SINGLE, MULTI -> key.display();
                case FILL -> String.join(";", key.blanks().stream().map(b -> String.join("|", b)).toList());
            };
        } catch (IllegalArgumentException unreadable) {
            return String.valueOf(stored);
        }
    }
}
