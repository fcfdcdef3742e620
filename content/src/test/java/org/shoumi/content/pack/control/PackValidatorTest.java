package org.shoumi.content.pack.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.content.documents.entity.DocumentKind;

/** Broken packs are refused, and the problem names the file and the line to fix. */
class PackValidatorTest {

    private static PackProblem only(List<PackProblem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void theValidPackHasNoProblems() {
        ContentPack pack = ContentPack.parse(PackFixtures.valid());
        assertEquals(List.of(), PackValidator.validate(pack, PackFixtures.POSTS));
        assertEquals(5, pack.documents().size());
        assertEquals(4, pack.questions().size());
        assertEquals(2, pack.document("rules.carriers").orElseThrow().clauses().size());
        assertEquals(2, pack.documents(DocumentKind.CHECKLIST).get(0).items().size());
        assertEquals("立即补登记。", pack.documents(DocumentKind.CHECKLIST).get(0).items().get(0).remediation());
    }

    @Test
    void aQuestionCitingAMissingClauseIsRefusedAtItsClauseLine() {
        String broken = PackFixtures.QUESTIONS.replace("clause: duties.driver.1", "clause: duties.driver.9");
        PackProblem p = only(PackFixtures.validate(PackFixtures.with("questions/carriers.md", broken)));
        assertEquals("questions/carriers.md", p.file());
        assertEquals(32, p.line());
        assertTrue(p.message().contains("duties.driver.9"), p.message());
    }

    @Test
    void aPostWithoutDutiesIsRefused() {
        List<PackFile> files = new ArrayList<>(PackFixtures.valid());
        files.removeIf(f -> f.path().equals("duties/driver.md"));
        files.replaceAll(f -> f.path().startsWith("questions") ? new PackFile(f.path(),
                f.text().replace("clause: duties.driver.1", "clause: rules.carriers.1")) : f);
        PackProblem p = only(PackFixtures.validate(files));
        assertTrue(p.message().contains("post DRIVER has no duties"), p.message());
    }

    @Test
    void aDutyDocumentWithoutClausesCountsAsNoDuties() {
        String empty = PackFixtures.DUTY_DRIVER.replace("### 第一条 谈话 {#duties.driver.1}\n", "");
        List<PackProblem> problems = PackFixtures.validate(PackFixtures.with("duties/driver.md",
                empty.replace("不谈论", "不得谈论")));
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("duties/driver.md") && p.code().equals("noClause")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("post DRIVER has no duties")), problems.toString());
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderIsRefusedAtItsLine() {
        String broken = PackFixtures.PLEDGE.replace("日期：{{date}}", "日期：{{signDate}}");
        PackProblem p = only(PackFixtures.validate(PackFixtures.with("pledges/onboarding.md", broken)));
        assertEquals("pledges/onboarding.md", p.file());
        assertEquals(11, p.line());
        assertEquals("placeholder", p.code());
        assertEquals("signDate", p.detail());
    }

    @Test
    void duplicateDocumentKeysAreRefused() {
        String copy = PackFixtures.RULE.replace("{#rules.carriers.1}", "{#rules.carriers.11}")
                .replace("{#rules.carriers.2}", "{#rules.carriers.12}");
        List<PackFile> files = new ArrayList<>(PackFixtures.valid());
        files.add(new PackFile("rules/carriers-copy.md", copy));
        PackProblem p = only(PackFixtures.validate(files));
        assertEquals("rules/carriers-copy.md", p.file());
        assertTrue(p.message().contains("duplicate key 'rules.carriers'"), p.message());
    }

    @Test
    void duplicateClauseIdsAcrossDocumentsAreRefusedAtTheSecondOne() {
        String clash = PackFixtures.DUTY_DRIVER.replace("{#duties.driver.1}", "{#duties.driver.1}\n\n### 第二条 {#duties.driver.2}");
        List<PackFile> files = PackFixtures.with("duties/driver.md", clash);
        files.add(new PackFile("duties/driver2.md", """
                ---
                key: duties.driver
                kind: DUTY
                title: x
                version: 1
                effective: 2026-01-01
                post: DRIVER
                ---
                ### 第二条 {#duties.driver.2}
                文字
                """));
        List<PackProblem> problems = PackFixtures.validate(files);
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("duties/driver2.md") && p.line() == 9
                && p.code().equals("duplicateId")), problems.toString());
    }

    @Test
    void duplicateQuestionIdsAreRefused() {
        String broken = PackFixtures.QUESTIONS.replace("## Q carriers-004", "## Q carriers-001");
        PackProblem p = only(PackFixtures.validate(PackFixtures.with("questions/carriers.md", broken)));
        assertEquals(38, p.line());
        assertEquals("duplicateId", p.code());
    }

    @Test
    void answersMustFitTheQuestionType() {
        String broken = PackFixtures.QUESTIONS
                .replace("answer: AB", "answer: A")
                .replace("answer: FALSE", "answer: 错")
                .replace("answer: A\nexplanation: 复制须经审批。", "answer: E\nexplanation: 复制须经审批。")
                .replace("秘书应及时清退____文件。", "秘书应及时清退文件。");
        List<PackProblem> problems = PackFixtures.validate(PackFixtures.with("questions/carriers.md", broken));
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("answer E is not among the options")));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("MULTI needs two or more answers")));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("TRUE or FALSE")));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("____")));
    }

    @Test
    void aHeaderWithoutKeyOrWithABadDateIsRefused() {
        String broken = PackFixtures.RULE.replace("key: rules.carriers\n", "").replace("2026-01-01", "2026/01/01");
        List<PackProblem> problems = PackFixtures.validate(PackFixtures.with("rules/carriers.md", broken));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("'key:' is missing")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.line() == 5 && p.message().contains("date")), problems.toString());
    }

    @Test
    void aChecklistItemWithoutRemediationIsRefused() {
        String broken = PackFixtures.CHECKLIST.replace(" | 整改：立即补登记。", "");
        PackProblem p = only(PackFixtures.validate(PackFixtures.with("checklists/personal.md", broken)));
        assertEquals(8, p.line());
        assertEquals("noRemediation", p.code());
    }

    @Test
    void blankLinesAfterTheHeaderDoNotShiftLineNumbers() {
        String spaced = PackFixtures.RULE.replace("---\n# 载体管理", "---\n\n\n# 载体管理")
                .replace("{#rules.carriers.2}", "{#rules.other.2}");
        List<PackProblem> problems = PackFixtures.validate(PackFixtures.with("rules/carriers.md", spaced));
        assertTrue(problems.stream().anyMatch(p -> p.line() == 16 && p.code().equals("clauseId")), problems.toString());
    }

    @Test
    void aClauseIdOfAnotherDocumentIsRefused() {
        String broken = PackFixtures.RULE.replace("{#rules.carriers.2}", "{#rules.code.2}");
        List<PackProblem> problems = PackFixtures.validate(PackFixtures.with("rules/carriers.md", broken));
        assertTrue(problems.stream().anyMatch(p -> p.line() == 14 && p.code().equals("clauseId")), problems.toString());
    }
}
