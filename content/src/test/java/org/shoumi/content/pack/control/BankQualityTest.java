package org.shoumi.content.pack.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The quality figures of a bank (issue 15): a small bank that keeps every figure, and for each figure the same bank
 * broken in that figure alone; the problem states the measured value and the limit and names the offending items.
 */
class BankQualityTest {

    /** The shipped limits without the minimum size, so that a small bank can keep them. */
    private static final BankQuality.Limits SMALL = new BankQuality.Limits(0, 0.30, 0.65, 0.40, 0.15);

    private static final String BASIS = "《中华人民共和国保守国家秘密法》（2024年修订）第二十八条";

    private static PackQuestion q(String id, String type, int difficulty, String stem, Map<String, String> options,
                                  String answer) {
        return new PackQuestion("questions/test.md", 10 + Integer.parseInt(id.substring(id.length() - 2)), id, type,
                "rules.test.1", 0, difficulty, null, stem, options, answer, "解析", "test", null);
    }

    private static Map<String, String> options(String... texts) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < texts.length; i++) {
            options.put(String.valueOf((char) ('A' + i)), texts[i]);
        }
        return options;
    }

    private static PackQuestion withBasis(PackQuestion q, String basis) {
        return new PackQuestion(q.file(), q.line(), q.id(), q.type(), q.clause(), q.clauseLine(), q.difficulty(), basis,
                q.stem(), q.options(), q.answer(), q.explanation(), q.category(), q.group());
    }

    private static PackQuestion withStem(PackQuestion q, String stem, String group) {
        return new PackQuestion(q.file(), q.line(), q.id(), q.type(), q.clause(), q.clauseLine(), q.difficulty(),
                q.basis(), stem, q.options(), q.answer(), q.explanation(), q.category(), group);
    }

    private static PackQuestion withAnswer(PackQuestion q, String answer) {
        return new PackQuestion(q.file(), q.line(), q.id(), q.type(), q.clause(), q.clauseLine(), q.difficulty(),
                q.basis(), q.stem(), q.options(), answer, q.explanation(), q.category(), q.group());
    }

    private static PackQuestion withExplanation(PackQuestion q, String explanation) {
        return new PackQuestion(q.file(), q.line(), q.id(), q.type(), q.clause(), q.clauseLine(), q.difficulty(),
                q.basis(), q.stem(), q.options(), q.answer(), explanation, q.category(), q.group());
    }

    private static PackQuestion withDifficulty(PackQuestion q, int difficulty) {
        return new PackQuestion(q.file(), q.line(), q.id(), q.type(), q.clause(), q.clauseLine(), difficulty,
                q.basis(), q.stem(), q.options(), q.answer(), q.explanation(), q.category(), q.group());
    }

    /**
     * Ten items keeping every figure: 4 SINGLE, one key the longest (25 %); 4 JUDGE whose cue words say nothing about
     * the answer (no rule beats 50 %); 2 MULTI with two wrong options; 2 hard items (20 %); one sound basis.
     */
    private static List<PackQuestion> good() {
        List<PackQuestion> bank = new ArrayList<>(List.of(
                q("t-01", "SINGLE", 2, "涉密载体复制前须经过什么程序？", options("审批并登记", "口头告知", "事后补报", "自行决定"), "A"),
                q("t-02", "SINGLE", 3, "密级标志应当标注在文件的什么位置？", options("正文中间位置", "首页左上角", "封底", "末页"), "B"),
                q("t-03", "SINGLE", 4, "绝密级国家秘密的保密期限一般不超过多少年？", options("十年", "二十年", "三十年", "五十年"), "C"),
                q("t-04", "SINGLE", 1, "发现泄密事件后首先应向谁报告？", options("亲友", "新闻媒体记者", "网络平台", "本单位保密办"), "D"),
                q("t-05", "JUDGE", 2, "涉密人员出境应当经过审批。", Map.of(), "TRUE"),
                q("t-06", "JUDGE", 2, "淘汰的涉密计算机应当直接作为普通废品出售。", Map.of(), "FALSE"),
                q("t-07", "JUDGE", 3, "不得在互联网计算机上存储国家秘密。", Map.of(), "TRUE"),
                q("t-08", "JUDGE", 2, "脱密期内不得办理离职手续。", Map.of(), "FALSE"),
                q("t-09", "MULTI", 5, "下列哪些属于国家秘密载体？", options("涉密文件", "涉密光盘", "公开报纸", "宣传海报"), "AB"),
                q("t-10", "MULTI", 2, "保密要害部门应当采取哪些防护措施？", options("门禁", "视频监控", "对外开放参观", "允许携带手机"), "AB")));
        bank.set(2, withBasis(bank.get(2), BASIS));
        return bank;
    }

    private static List<PackQuestion> good(int index, UnaryOperator<PackQuestion> change) {
        List<PackQuestion> bank = good();
        bank.set(index, change.apply(bank.get(index)));
        return bank;
    }

    private static PackProblem only(List<PackProblem> problems, String figure) {
        assertEquals(1, problems.size(), problems.toString());
        PackProblem p = problems.get(0);
        assertTrue(p.message().startsWith(figure + ":"), p.message());
        return p;
    }

    @Test
    void theGoodBankKeepsEveryFigure() {
        assertEquals(List.of(), BankQuality.check(good(), SMALL));
    }

    @Test
    void theFiguresOfATinyBank() {
        BankQuality.Figures f = BankQuality.figures(good());
        assertEquals(10, f.items());
        assertEquals(4, f.singles());
        assertEquals(1, f.longestKey());
        assertEquals(0.25, f.longestKeyShare());
        assertEquals(4, f.judges());
        assertEquals(2, f.judgeTrue());
        assertEquals(2, f.keywordRuleRight());
        assertEquals(0.5, f.keywordRuleAccuracy());
        assertEquals(List.of(), f.keywordRule(), "no rule beats the majority, so the first tried (no cue) stays");
        assertEquals(2, f.multis());
        assertEquals(2, f.multiTwoWrong());
        assertEquals(2, f.hard());
        assertEquals(0.2, f.hardShare());
        assertEquals(Map.of(1, 1, 2, 5, 3, 2, 4, 1, 5, 1), f.byDifficulty());
        assertEquals(1, f.withBasis());
        assertEquals(0, f.badBasis());
        assertEquals(0, f.nearDuplicates());
    }

    @Test
    void fewerItemsThanTheMinimumIsAProblem() {
        PackProblem p = only(BankQuality.check(good(), new BankQuality.Limits(400, 0.30, 0.65, 0.40, 0.15)), "items");
        assertTrue(p.message().contains("10 questions, at least 400"), p.message());
        assertEquals(List.of(), BankQuality.check(good(), new BankQuality.Limits(10, 0.30, 0.65, 0.40, 0.15)));
    }

    @Test
    void aKeyThatIsTooOftenTheLongestOptionIsNamed() {
        List<PackQuestion> bank = good(1, q -> withAnswer(q, "A"));
        bank.set(2, new PackQuestion(bank.get(2).file(), bank.get(2).line(), "t-03", "SINGLE", "rules.test.1", 0, 4,
                BASIS, bank.get(2).stem(), options("十年", "二十年", "三十年以内", "五十年"), "C", "解析", "test", null));
        PackProblem p = only(BankQuality.check(bank, SMALL), "SINGLE");
        assertEquals("SINGLE: the key is the uniquely longest option in 3 of 4 items (75 %, at most 30 %): t-01, t-02,"
                + " t-03", p.message());
        assertEquals("questions/test.md", p.file());
        assertEquals(11, p.line());
    }

    @Test
    void aKeyAsLongAsAnotherOptionIsNotTheUniquelyLongest() {
        List<PackQuestion> bank = good(0, q -> new PackQuestion(q.file(), q.line(), q.id(), q.type(), q.clause(),
                q.clauseLine(), q.difficulty(), q.basis(), q.stem(), options("审批并登记", "口头告知本人", "事后补报", "自行决定"),
                "A", q.explanation(), q.category(), q.group()));
        assertEquals(0, BankQuality.figures(bank).longestKey());
    }

    @Test
    void aKeywordRuleThatGuessesJudgeAnswersIsNamedWithTheItemsItPredicts() {
        List<PackQuestion> bank = good(5, q -> withStem(q, "淘汰的涉密计算机可以直接作为普通废品出售。", null));
        bank.set(7, withStem(bank.get(7), "脱密期内可以随意出境旅游。", null));
        assertEquals(List.of("可以"), BankQuality.figures(bank).keywordRule());
        PackProblem p = only(BankQuality.check(bank, SMALL), "JUDGE");
        assertEquals("JUDGE: the keyword rule 「可以」→FALSE, otherwise TRUE, fitted on the stems, predicts 4 of 4"
                + " answers (100 %, at most 65 %); TRUE 2 / FALSE 2; it predicts t-06, t-08, t-05, t-07", p.message());
        assertEquals(16, p.line());
    }

    @Test
    void aTwoCueRuleWinsOnlyWhenItPredictsMoreThanEveryShorterOne() {
        List<PackQuestion> bank = new ArrayList<>(good());
        bank.add(q("t-11", "JUDGE", 2, "涉密会议可以邀请无关人员旁听。", Map.of(), "FALSE"));
        bank.add(q("t-12", "JUDGE", 2, "涉密人员可以自行决定公开发表涉密内容。", Map.of(), "FALSE"));
        bank.add(q("t-13", "JUDGE", 2, "涉密文件必须交由个人长期保管。", Map.of(), "FALSE"));
        bank.add(q("t-14", "JUDGE", 2, "处理涉密信息必须使用互联网邮箱。", Map.of(), "FALSE"));
        bank.add(q("t-15", "JUDGE", 2, "保密工作实行责任制。", Map.of(), "TRUE"));
        bank.add(q("t-16", "JUDGE", 2, "涉密载体实行登记管理。", Map.of(), "TRUE"));
        bank.add(q("t-17", "JUDGE", 2, "国家秘密的密级分为绝密、机密、秘密三级。", Map.of(), "TRUE"));
        bank.add(q("t-18", "JUDGE", 2, "涉密计算机实行专机专用。", Map.of(), "TRUE"));
        BankQuality.Figures f = BankQuality.figures(bank);
        // 可以 alone: 2 + the rest's majority TRUE (6 of 10) = 8; both cues: 2 + 2 + 6 of the other 8 = 10
        assertEquals(List.of("可以", "必须"), f.keywordRule());
        assertEquals(10, f.keywordRuleRight());
        assertEquals(12, f.judges());
    }

    @Test
    void multiItemsWithOneWrongOptionAreNamed() {
        List<PackQuestion> bank = good(8, q -> withAnswer(q, "ABC"));
        bank.set(9, withAnswer(bank.get(9), "ABCD"));
        PackProblem p = only(BankQuality.check(bank, SMALL), "MULTI");
        assertEquals("MULTI: two or more wrong options in 0 of 2 items (0 %, at least 40 %); fewer than two wrong"
                + " options: t-09, t-10", p.message());
        assertEquals(19, p.line());
        assertEquals(List.of(), BankQuality.check(good(8, q -> withAnswer(q, "ABC")), SMALL), "1 of 2 = 50 % is enough");
    }

    @Test
    void tooFewHardItemsAreReportedWithTheDistributionAndTheFilesWithFewest() {
        List<PackQuestion> bank = good(2, q -> withDifficulty(q, 3));
        PackProblem p = only(BankQuality.check(bank, SMALL), "difficulty");
        assertTrue(p.message().startsWith("difficulty: 4 or 5 in 1 of 10 items (10 %, at least 15 %; by difficulty 1–5:"
                + " 1, 5, 3, 0, 1), 1 more hard items needed; fewest in questions/test.md (1 of 10)"), p.message());
        assertEquals("questions/test.md", p.file());
    }

    @Test
    void aBasisWithoutRevisionYearOrArticleIsNamed() {
        List<PackQuestion> bank = good(0, q -> withBasis(q, "《中华人民共和国保守国家秘密法》"));
        bank.set(4, withBasis(bank.get(4), "《中华人民共和国保守国家秘密法》（2024年修订）"));
        bank.set(5, withBasis(bank.get(5), "《中华人民共和国保守国家秘密法实施条例》（2024年修正）第十二条"));
        bank.set(6, withBasis(bank.get(6), "保守国家秘密法（2024年修订）第二十八条"));
        PackProblem p = only(BankQuality.check(bank, SMALL), "basis");
        assertEquals("basis: 3 of 5 items with a basis lack the law in 《》, the revision year （YYYY年修订|修正） or the"
                + " article 第…条: t-01, t-05, t-07", p.message());
        assertEquals(11, p.line());
    }

    @Test
    void nearDuplicateStemsAreNamedInPairsUnlessTheyShareAGroup() {
        List<PackQuestion> bank = good(1, q -> withStem(q, "涉密载体复制前须经过哪个程序？", null));
        PackProblem p = only(BankQuality.check(bank, SMALL), "near-duplicates");
        assertTrue(p.message().startsWith("near-duplicates: 1 pairs of stems with bigram Dice ≥ 0.6 and no shared"
                + " group: t-01 ~ t-02 (0.77)"), p.message());
        assertTrue(p.message().contains("shared 'group:'"), p.message());
        assertEquals(11, p.line());

        bank.set(0, withStem(bank.get(0), bank.get(0).stem(), "copy-approval"));
        bank.set(1, withStem(bank.get(1), bank.get(1).stem(), "copy-approval"));
        assertEquals(List.of(), BankQuality.check(bank, SMALL));
        bank.set(1, withStem(bank.get(1), bank.get(1).stem(), "other-group"));
        assertEquals(1, BankQuality.check(bank, SMALL).size());
    }

    @Test
    void anExplanationNamingAnOptionByItsLetterIsNamedForOptionsAreShuffled() {
        List<PackQuestion> bank = good(0, q -> withExplanation(q, "A正确；B、C都没有审批。"));
        bank.set(8, withExplanation(bank.get(8), "涉密光盘属于载体，D错在把宣传品当作载体。"));
        bank.set(4, withExplanation(bank.get(4), "A级审批不是这个意思。"));
        bank.set(9, withExplanation(bank.get(9), "USB接口和CPU型号与此无关，U盘也无关。"));
        PackProblem p = only(BankQuality.check(bank, SMALL), "letters");
        assertTrue(p.message().endsWith(": t-01, t-09"), p.message() + " (a JUDGE item and letters inside words do not count)");
    }

    @Test
    void stemsAreComparedWithoutPunctuationWhitespaceAndBlanks() {
        assertEquals(BankQuality.bigrams("保密，法"), BankQuality.bigrams("保　密 法。____"));
        assertEquals(java.util.Set.of("保密", "密法"), BankQuality.bigrams("《保密法》"));
        assertEquals(1.0, BankQuality.dice(BankQuality.bigrams("涉密载体"), BankQuality.bigrams("“涉密载体”")));
    }

    @Test
    void theProblemNamesAtMostTenItems() {
        List<PackQuestion> bank = new ArrayList<>();
        for (int i = 10; i < 22; i++) {
            PackQuestion m = q("m-" + i, "MULTI", 4, "第" + i + "题哪些正确？", options("甲", "乙", "丙"), "AB");
            bank.add(withStem(m, m.stem(), "numbered"));
        }
        PackProblem p = only(BankQuality.check(bank, SMALL), "MULTI");
        assertTrue(p.message().endsWith("m-10, m-11, m-12, m-13, m-14, m-15, m-16, m-17, m-18, m-19, … and 2 more"),
                p.message());
    }

    @Test
    void theGroupFieldIsParsed() {
        String text = PackFixtures.QUESTIONS.replace("difficulty: 2\nstem: 复制", "difficulty: 2\ngroup: copy-approval\nstem: 复制");
        ContentPack pack = ContentPack.parse(PackFixtures.with("questions/carriers.md", text));
        assertEquals(List.of(), PackValidator.validate(pack, PackFixtures.POSTS));
        assertEquals("copy-approval", pack.questions().get(0).group());
        assertNull(pack.questions().get(1).group());
    }

    @Test
    void aBadGroupNameIsReportedAtItsLine() {
        String text = PackFixtures.QUESTIONS.replace("difficulty: 2\nstem: 复制", "difficulty: 2\ngroup: Copy_Approval\nstem: 复制");
        List<PackProblem> problems = PackFixtures.validate(PackFixtures.with("questions/carriers.md", text));
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("questions/carriers.md") && p.line() == 12
                && p.message().contains("group 'Copy_Approval'")), problems.toString());
    }

    @Test
    void theValidatorStaysStructuralAndQualityIsSeparate() {
        ContentPack pack = ContentPack.parse(PackFixtures.valid());
        assertEquals(List.of(), PackValidator.validate(pack, PackFixtures.POSTS));
        assertTrue(PackValidator.quality(pack).stream().anyMatch(p -> p.message().startsWith("items: the bank has 4")),
                PackValidator.quality(pack).toString());
    }
}
