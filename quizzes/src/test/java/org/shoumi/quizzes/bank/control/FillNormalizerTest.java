package org.shoumi.quizzes.bank.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FillNormalizerTest {

    private static void accepted(String accepted, String... given) {
        for (String g : given) {
            assertTrue(FillNormalizer.matches(g, List.of(accepted)), "\"" + g + "\" should match \"" + accepted + "\"");
        }
    }

    private static void refused(String accepted, String... given) {
        for (String g : given) {
            assertFalse(FillNormalizer.matches(g, List.of(accepted)), "\"" + g + "\" should not match \"" + accepted + "\"");
        }
    }

    @Test
    void keepsTheTextNormalisation() {
        assertEquals("usb 2.0", FillNormalizer.normalize("  ＵＳＢ　２．０。 "));
        accepted("会议", " 会议 ", "会议。", "会议！");
        accepted("USB", "ｕｓｂ");
        accepted("a b", "A　 B");
        refused("会议", "会", "", "   ", "。");
        assertFalse(FillNormalizer.matches(null, List.of("30")));
    }

    @Test
    void theSameNumberInArabicOrChineseNumeralsWithOrWithoutItsUnit() {
        accepted("30", "30年", "三十年", "三十", "30", "３０", "３０年", "30 年", "三十 年");
        accepted("三十", "30", "30年");
        accepted("30年", "30", "三十", "三十年");
        accepted("10", "十", "10");
        accepted("120", "一百二十");
        accepted("2", "两", "二", "两人", "2人");
        accepted("1", "一次", "1次");
    }

    @Test
    void aDifferentNumberOrExtraWordsAreRefused() {
        refused("30", "300", "3", "三", "三百", "30年以上", "不超过30年", "约30年", "30多", "三十多年", "31", "30.5", "030",
                "-30", "3十");
        refused("30年", "300年", "30年以上");
    }

    @Test
    void hoursAndDays() {
        accepted("24", "24小时", "二十四小时", "24个小时", "二十四", "二十四个小时");
        accepted("24小时", "24", "二十四", "24个小时");
        refused("24小时", "24天", "24个月", "二十四年", "42小时");
        accepted("3天", "3日", "三天");
        refused("3天", "3个工作日", "3工作日", "3周");
        accepted("5个工作日", "5工作日", "五个工作日", "5");
    }

    @Test
    void aDifferentUnitIsADifferentAnswer() {
        refused("3年", "3个月", "3月", "三个月", "3天", "3次");
        refused("3个月", "3年");
        accepted("3个月", "3月", "三个月", "3");
    }

    @Test
    void theUnitAfterTheBlankIsTheUnitOfABareAcceptedNumber() {
        List<String> thirty = List.of("30");
        assertFalse(FillNormalizer.matches("30个月", thirty, "年"));
        assertFalse(FillNormalizer.matches("三十天", thirty, "年"));
        assertTrue(FillNormalizer.matches("30年", thirty, "年"));
        assertTrue(FillNormalizer.matches("三十", thirty, "年"));
        assertFalse(FillNormalizer.matches("300", thirty, "年"));
        assertTrue(FillNormalizer.matches("24个小时", List.of("24"), "小时"));
        assertFalse(FillNormalizer.matches("24天", List.of("24"), "小时"));
        assertTrue(FillNormalizer.matches("3个月", List.of("3个月"), "年"), "an accepted answer's own unit comes first");
    }

    @Test
    void withoutAStemAnyUnitOnTheGivenSideMatchesABareAcceptedNumber() {
        // one side without a unit: accepted. Only the stem (Scoring.score(..., stem)) tells that "30" means years.
        assertTrue(FillNormalizer.matches("30个月", List.of("30")));
        assertTrue(FillNormalizer.matches("30个月", List.of("30"), null));
    }

    @Test
    void unitsAfterBlanksAreReadFromTheStem() {
        assertEquals(Arrays.asList("年", "小时", null, "人"),
                FillNormalizer.unitsAfterBlanks("绝密级按____年认定，____ 个小时内报告，视同______管理，____人同行。"));
        assertEquals(Arrays.asList("天"), FillNormalizer.unitsAfterBlanks("____日内"));
        assertEquals(List.of(), FillNormalizer.unitsAfterBlanks("没有空"));
        assertEquals(List.of(), FillNormalizer.unitsAfterBlanks(null));
    }

    @Test
    void aTrailingGradeOnAWordIsOptional() {
        accepted("绝密", "绝密级", "绝密");
        accepted("绝密级", "绝密", "绝密级");
        accepted("机密级", "机密");
        accepted("机密", "机密级");
        refused("绝密", "机密级", "机密", "秘密级", "绝密级级", "级绝密", "绝", "级");
        refused("级", "绝密级");
        accepted("级", "级");
    }

    @Test
    void alternativeWordsAreTheContentsJob() {
        refused("保密行政管理部门", "保密局", "保密部门");
        assertTrue(FillNormalizer.matches("二", List.of("二", "两", "2")));
        assertTrue(FillNormalizer.matches("两人", List.of("二", "两", "2")));
        assertFalse(FillNormalizer.matches("三人", List.of("二", "两", "2")));
    }

    @Test
    void chineseNumerals() {
        String[] numerals = {"零", "〇", "一", "两", "九", "十", "十二", "二十", "二十四", "三十", "九十九", "一百", "一百零五",
            "一百一十", "一百二十", "两百", "一千", "两千", "一千零二十", "一千零五", "九千九百九十九", "二〇二四", "一九四九"};
        long[] values = {0, 0, 1, 2, 9, 10, 12, 20, 24, 30, 99, 100, 105, 110, 120, 200, 1000, 2000, 1020, 1005, 9999, 2024, 1949};
        for (int i = 0; i < numerals.length; i++) {
            assertEquals(values[i], FillQuantity.chinese(numerals[i]), numerals[i]);
        }
        for (String bad : List.of("", "百", "千", "十十", "百十", "一二十", "一百零", "零五", "二百五", "三千五", "一百零十", "零十",
                "两两", "〇一", "一千零一百", "三十三十", "二十零", "绝密")) {
            assertEquals(-1, FillQuantity.chinese(bad), bad);
        }
    }
}
