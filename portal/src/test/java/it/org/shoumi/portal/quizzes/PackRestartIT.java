package it.org.shoumi.portal.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromInside;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoumi.content.pack.control.ContentPack;
import org.shoumi.content.pack.control.PackQuestion;
import org.shoumi.content.pack.control.PackReader;
import org.shoumi.quizzes.bank.boundary.QuestionBank;
import org.shoumi.quizzes.bank.entity.BankQuestion;

/**
 * Found by an outside check: a restart undid the secrecy officer's correction of a content-pack question. The
 * start-up's pack import compared the pack with the question's latest version, whoever wrote it, and re-imported the
 * pack's old wording over the officer's as a version 3 attributed to the pack (the officer's retired without a date
 * on the page); every exam then asked the uncorrected question. The start-up now leaves an officer's version in use.
 * Each test brings a question of its own through the start-up's import ({@link QuestionBank#importPack}, with the
 * shipped pack as the start-up reads it), so the bank's shipped questions stay as they are.
 */
class PackRestartIT extends FromInside {

    @Inject
    QuestionBank bank;

    private String id;

    @BeforeEach
    void unique() {
        id = Long.toString(System.nanoTime(), 36);
    }

    /** A 判断 of the pack, in a category of this test only. */
    private PackQuestion judge(String qid, String stem, String answer) {
        return new PackQuestion("questions/it-restart.md", 1, qid, "JUDGE", "rules.code.1", 2, 2, null, stem,
                Map.of(), answer, "包内解析", "itrestart-" + id, null);
    }

    /** The shipped pack's questions, as the start-up imports them, and {@code own}. */
    private static List<PackQuestion> startUp(PackQuestion own) {
        List<PackQuestion> questions = new ArrayList<>(ContentPack.parse(PackReader.shipped()).questions());
        questions.add(own);
        return questions;
    }

    private String officersRevision(String qid) {
        return bank.revise(qid, new QuestionBank.Revision("保密办更正的题干" + id, List.of(), "错", "保密办的解析", 3,
                "更正答案" + id), "officer");
    }

    private List<String> inUse(String qid) {
        return bank.active().stream().filter(q -> q.getLineage().equals(qid)).map(BankQuestion::getQuestionKey)
                .toList();
    }

    @Test
    void aRestartKeepsTheOfficersCorrectionOfAPackQuestion() {
        String qid = "itrestart-" + id;
        List<PackQuestion> pack = startUp(judge(qid, "包里的题干" + id, "TRUE"));
        QuestionBank.PackImport first = bank.importPack(pack);
        assertEquals(1, first.added());
        assertEquals(0, first.revised(), "the shipped pack is in the bank already");
        Instant before = Instant.now().minusSeconds(1);
        String revised = officersRevision(qid);
        assertEquals(qid + "~v2", revised);

        // the start-up again, with the same pack: nothing changes
        QuestionBank.PackImport restart = bank.importPack(pack);
        assertEquals(0, restart.added());
        assertEquals(0, restart.revised(), "a restart revised questions: " + restart);
        assertEquals(List.of(), restart.officersKept());
        assertEquals(List.of(revised), inUse(qid), "the officer's version is the one drawn");

        List<BankQuestion> versions = bank.versions(qid);
        assertEquals(List.of(revised, qid), versions.stream().map(BankQuestion::getQuestionKey).toList());
        BankQuestion officers = versions.get(0);
        assertTrue(officers.isActive());
        assertEquals("保密办更正的题干" + id, officers.getStem());
        assertEquals("FALSE", officers.getAnswer());
        assertEquals("officer", officers.getCreatedBy());
        assertNotNull(officers.getCreatedAt());
        assertFalse(officers.getCreatedAt().isBefore(before), "dated when the officer revised it");
        assertEquals("更正答案" + id, officers.getRevisionNote());
        BankQuestion packs = versions.get(1);
        assertFalse(packs.isActive());
        assertEquals(QuestionBank.PACK_SOURCE, packs.getCreatedBy());
        assertEquals("officer", packs.getRetiredBy(), "retired by the officer's revision, not by the pack");
        assertNotNull(packs.getRetiredAt());
        assertFalse(packs.getRetiredAt().isBefore(before));
        assertTrue(packs.isRetiredByRevision());
        assertEquals("更正答案" + id, packs.getRetireNote());
    }

    @Test
    void aReleaseRewritingAnOfficersQuestionKeepsTheOfficersAndNamesIt() {
        String qid = "itrestart-" + id;
        assertEquals(new QuestionBank.PackImport(1, 0, 0), bank.importPack(List.of(judge(qid, "旧版题干" + id,
                "TRUE"))));
        String revised = officersRevision(qid);
        // the next release rewrites the question itself: the officer's version stays, and the import names it
        PackQuestion release = judge(qid, "新版本包的题干" + id, "TRUE");
        assertEquals(new QuestionBank.PackImport(0, 0, 0, List.of(revised)), bank.importPack(List.of(release)));
        assertEquals(new QuestionBank.PackImport(0, 0, 0, List.of(revised)), bank.importPack(List.of(release)),
                "said again at the next start, still without a new version");
        assertEquals(List.of(revised), inUse(qid));
        assertEquals(2, bank.versions(qid).size());

        // a release that reads as the officer's version: nothing to say
        PackQuestion asOfficer = new PackQuestion("questions/it-restart.md", 1, qid, "JUDGE", "rules.code.1", 2, 3,
                null, "保密办更正的题干" + id, Map.of(), "FALSE", "保密办的解析", "itrestart-" + id, null);
        assertEquals(new QuestionBank.PackImport(0, 0, 1), bank.importPack(List.of(asOfficer)));

        // retired by an officer: the pack does not bring it back
        bank.retire(revised, "本单位不用此题" + id, "officer");
        assertEquals(new QuestionBank.PackImport(0, 0, 1), bank.importPack(List.of(release)));
        assertEquals(List.of(), inUse(qid));
        assertEquals(2, bank.versions(qid).size());
    }

    /** The pack's own version still follows a release that rewrites it, as before. */
    @Test
    void aPackQuestionNoOfficerRevisedFollowsTheRelease() {
        String qid = "itrestart-" + id;
        bank.importPack(List.of(judge(qid, "旧版题干" + id, "TRUE")));
        assertEquals(new QuestionBank.PackImport(0, 1, 0), bank.importPack(List.of(judge(qid, "新版题干" + id,
                "FALSE"))));
        BankQuestion latest = bank.versions(qid).get(0);
        assertEquals(qid + "~v2", latest.getQuestionKey());
        assertEquals(QuestionBank.PACK_SOURCE, latest.getCreatedBy());
        assertEquals(List.of(latest.getQuestionKey()), inUse(qid));
    }
}
