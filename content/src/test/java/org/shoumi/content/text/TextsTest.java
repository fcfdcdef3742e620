package org.shoumi.content.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void aTextIsStoredStrippedAndBlankAsNone() {
        assertEquals("说明", Texts.clean("  说明\n"));
        assertNull(Texts.clean(" \t "));
        assertNull(Texts.clean(null));
    }

    /**
     * Found by an outside check: a withdrawal reason of a zero-width space only passed "required" and the record read
     * 作为误开撤销：。 Text of white space and format characters (Cf) only is blank; those at either end go.
     */
    @Test
    void invisibleCharactersAloneAreBlankAndGoAtEitherEnd() {
        for (String invisible : new String[] {"\u200B", "\u2060", "\uFEFF", "\u200B \u200C\u200D", "\u00A0\u3000",
                "\u00AD\u2061\u202E", " \u200E\u200F\n"}) {
            assertNull(Texts.clean(invisible), () -> "blank: " + invisible.codePoints().mapToObj(Integer::toHexString)
                    .toList());
            assertTrue(Texts.blank(invisible));
        }
        assertEquals("撤销", Texts.clean("\u200B 撤销\uFEFF\u2060"));
        assertEquals("误\u200B开", Texts.clean("误\u200B开"), "inside a text, kept");
        assertFalse(Texts.blank("\u200B撤"));
        assertTrue(Texts.blank(null));
        assertFalse(Texts.tooLong("\u200B".repeat(10) + "字", 1), "the invisible ends do not count");
    }

    /**
     * One rule for the notes a record keeps as a reason or an account (found by outside checks: a finding sent back
     * with "-", a "no" answered with "-" or a zero-width space, a publication refused with "-" and approved with the
     * changes "无"): at least two letters, and not only a word for none or a bare approval.
     */
    /**
     * Outside check ex-s36h 5 and 2: a bare refusal, the full-width "ＯＫ" of a Chinese input method and a doubled "无"
     * were taken as reasons.
     */
    @Test
    void aBareRefusalAFullWidthWordAndARepeatedFillerSayNothing() {
        for (String says : new String[] {"不同意", "不同意。", "ＯＫ", "ｏｋ", "ＯＫ！", "无无", "无无无", "无 无", "同意同意",
                "okok", "ＮＯＮＥ", "拒绝", "不行", "否", "-　-", "ｎ／ａ"}) {
            assertFalse(Texts.saysSomething(says), () -> "says nothing: " + says);
        }
        for (String says : new String[] {"不同意：涉及未公开的科研数据", "无误，已核对", "ＯＫ，已核对台账", "无异议，已核对",
                "员工离岗，不再负责", "转岗至档案室"}) {
            assertTrue(Texts.saysSomething(says), () -> "says something: " + says);
        }
    }

    @Test
    void aNoteThatMustSaySomethingIsNotADashANoneOrABareApproval() {
        for (String says : new String[] {null, "", " ", "-", " - ", "—", "…", "--!?", "１", "a", "\u200B",
                "\u200B-\u200B", "无", "无。", "没有", "略", "同上", "N/A", "none", "同意", "同意。", "可以", "好", "好的",
                "OK", "ok!", "已阅", "收到", "通过"}) {
            assertFalse(Texts.saysSomething(says), () -> "says nothing: " + says);
        }
        for (String says : new String[] {"已查", "查看了台账 - 已补登", "checked the log", "无遗漏，已查看保密柜",
                "同意，已查看会议记录", "删去第三段的项目名称", "涉及未公开的科研数据"}) {
            assertTrue(Texts.saysSomething(says), () -> "says something: " + says);
        }
    }

    /**
     * Outside check ex-s38g 1: "-" was taken as a carrier, its receiver, the briefer, the place of a paper exit pledge,
     * an approver, a document number and an entrusted body. A name or a reference needs a letter or a digit and is not
     * a word for none or a bare approval; one character or one digit is a name or a number.
     */
    @Test
    void aNameOrAReferenceNamesSomethingWithALetterOrADigit() {
        for (String names : new String[] {null, "", " ", "-", " - ", "—", "－", "/", "…", "--!?", ".", "\u200B",
                "\u200B-\u200B", "无", "无。", "无无", "没有", "略", "同上", "N/A", "ｎ／ａ", "none", "NULL", "同意", "ok",
                "ＯＫ", "已阅", "-　-"}) {
            assertFalse(Texts.namesSomething(names), () -> "names nothing: " + names);
        }
        for (String names : new String[] {"王", "赵敏", "O'Brien", "BM-U-1", "1", "３", "2026-5", "档案室 3 号柜",
                "保密办", "市保密局", "无业", "待业", "13800000000", "京保〔2026〕5号", "无锡分公司"}) {
            assertTrue(Texts.namesSomething(names), () -> "names something: " + names);
        }
    }

    /**
     * Outside check ex-s38e 3: a refusal with the reason "不同意公开", the option's own label, was kept as its reason.
     * What is left once the decision's words are out must say something.
     */
    @Test
    void aReasonThatOnlyRepeatsTheDecisionSaysNoMoreThanIt() {
        java.util.List<String> decision = java.util.List.of("不同意", "同意", "不予", "不", "公开", "发布", "经研究", "not",
                "to", "be", "published");
        for (String says : new String[] {null, "-", "不同意", "不同意公开", "不同意公开。", "不予公开", "不公开",
                "不予发布", "不同意发布", "经研究，不同意公开", "公开不同意", "不同意！不同意公开", "ＮＯＴ　ｔｏ ｂｅ ｐｕｂｌｉｓｈｅｄ",
                "Not to be published.", "不同意公开，无", "not published, ok"}) {
            assertFalse(Texts.saysMoreThan(says, decision), () -> "no more than the decision: " + says);
        }
        for (String says : new String[] {"不同意公开：涉及未公开的科研数据", "含有涉密项目代号", "不同意，文中有内部人员名单",
                "Not to be published: it names a classified project", "nottobe", "publishedness",
                "涉密"}) {
            assertTrue(Texts.saysMoreThan(says, decision), () -> "says more: " + says);
        }
        assertTrue(Texts.saysMoreThan("涉及未公开的数据", java.util.List.of()), "no words: as saysSomething");
    }

    @Test
    void aLengthIsCountedAsTheColumnCountsIt() {
        assertFalse(Texts.tooLong("字".repeat(5), 5));
        assertTrue(Texts.tooLong("字".repeat(6), 5));
        assertFalse(Texts.tooLong("  " + "字".repeat(5) + "  ", 5), "after stripping");
        // 𠮷 lies outside the basic plane: two UTF-16 units, as Derby's VARCHAR and a browser's maxlength count
        assertTrue(Texts.tooLong("\uD842\uDFB7".repeat(3), 5), "three such characters take six units");
        assertFalse(Texts.tooLong(null, 0));
    }

    /**
     * Found by an outside check: a reason 恢复 + U+202E + RTL覆盖 and a note 已退还U盘 + U+202E + 个3 + U+202C + 共 were
     * stored and shown reversed. A character that changes the text's direction inside a text is found; at either end
     * it is stripped (clean) and does not count; what people type is not one.
     */
    @Test
    void aDirectionControlInsideATextIsFound() {
        for (String reordering : new String[] {"恢复\u202ERTL覆盖", "已退还U盘\u202E个3\u202C共", "a\u202Ab", "a\u202Bb",
                "a\u202Db", "甲\u2066乙\u2069", "甲\u2067乙", "甲\u2068乙", "左\u200E右", "左\u200F右", "甲\u061C乙"}) {
            assertTrue(Texts.hasDirectionControls(reordering), () -> reordering.codePoints()
                    .mapToObj(Integer::toHexString).toList().toString());
        }
        assertFalse(Texts.hasDirectionControls("\u200E已退还U盘\u200F"), "at the ends, stripped");
        assertFalse(Texts.hasDirectionControls("\u202E"), "nothing left");
        assertFalse(Texts.hasDirectionControls("张　三 O'Brien «»—… 误\u200B开 𠮷 עברית"), "text people type");
        assertFalse(Texts.hasDirectionControls(null));
    }
}
