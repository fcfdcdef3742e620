package org.shoumi.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.content.documents.entity.PledgeKind;

/** Templates that join a label and a value read as words in both languages: units, separators, 您. */
class BundleWordingTest {

    private static final ResourceBundle ZH = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages",
            Locale.SIMPLIFIED_CHINESE);
    private static final ResourceBundle EN = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages",
            Locale.ENGLISH);

    private static String format(ResourceBundle bundle, String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    @Test
    void theTimeLimitHasItsUnitAndNoLimitSaysSo() {
        assertEquals("20 题，限时 30 分钟，及格线 60 分", format(ZH, "quiz.list.rules", 20, 30, 60));
        assertEquals("20 题，不限时，及格线 60 分", format(ZH, "quiz.list.rules", 20, 0, 60));
        assertEquals("20 questions, time limit 30 min, pass mark 60 %", format(EN, "quiz.list.rules", 20, 30, 60));
        assertEquals("20 questions, no time limit, pass mark 60 %", format(EN, "quiz.list.rules", 20, 0, 60));
        // found by an outside check: "1 questions", "1 finished attempts"
        assertEquals("1 question, no time limit, pass mark 60 %", format(EN, "quiz.list.rules", 1, 0, 60));
        assertEquals("Quiz X: 1 finished attempt.", format(EN, "quiz.stats.attempts", "X", 1));
        assertEquals("1 question in a.csv is ready to import.", format(EN, "quiz.import.ready", 1, "a.csv"));
        assertEquals("3 questions in a.csv are ready to import.", format(EN, "quiz.import.ready", 3, "a.csv"));
        // found by an outside check: 0 problems read "The file has one problem"
        assertEquals("The file has one problem and cannot be imported. Nothing was saved.",
                format(EN, "quiz.import.refused", 1));
        assertEquals("The file has 2 problems and cannot be imported. Nothing was saved.",
                format(EN, "quiz.import.refused", 2));
        assertEquals("The file has 0 problems and cannot be imported. Nothing was saved.",
                format(EN, "quiz.import.refused", 0));
    }

    /**
     * The secrecy file, the department ZIP, the inspection workbook and the departure and hand-over forms are made in
     * Chinese only; in English only the secrecy file's link said so (outside check). Every such link says it.
     */
    @Test
    void everyDownloadMadeOnlyInChineseSaysSoInEnglish() {
        for (String key : new String[] {"record.file.download", "record.mine.download", "record.inspection.download",
                "record.files.download", "departures.detail.form.download",
                "departures.detail.handover.form.download"}) {
            assertTrue(EN.getString(key).contains(", in Chinese)"), key + ": " + EN.getString(key));
        }
    }

    @Test
    void aDoneStepIsSetOffFromItsName() {
        assertEquals("通过考试（已完成）", format(ZH, "home.programmes.stepDone", ZH.getString("programme.step.QUIZ")));
        assertEquals("Pass the quiz (done)", format(EN, "home.programmes.stepDone", EN.getString("programme.step.QUIZ")));
    }

    @Test
    void theAnswersAreOneSentenceWithSpaces() {
        assertEquals("您的答案：错误。正确答案：正确。", format(ZH, "quiz.result.answers",
                ZH.getString("quiz.judge.FALSE"), ZH.getString("quiz.judge.TRUE")));
        assertEquals("Your answer: False. Correct answer: True.", format(EN, "quiz.result.answers",
                EN.getString("quiz.judge.FALSE"), EN.getString("quiz.judge.TRUE")));
        assertEquals("《档案保密管理规定》第八条 阅览要求", format(ZH, "quiz.result.clauseCited", "档案保密管理规定", "第八条 阅览要求"));
    }

    @Test
    void everyPledgeLinkNamesItsPledge() {
        for (ResourceBundle bundle : new ResourceBundle[] {ZH, EN}) {
            Set<String> texts = new HashSet<>();
            for (PledgeKind kind : PledgeKind.values()) {
                assertTrue(texts.add(bundle.getString("home.programmes.pledge." + kind)),
                        "two pledges, one link text: " + kind + " in " + bundle.getLocale());
            }
        }
        assertEquals("签订离岗离职保密承诺书", ZH.getString("home.programmes.pledge.EXIT"));
    }

    @Test
    void theChineseUiSaysYouPolitely() {
        for (String key : Collections.list(ZH.getKeys())) {
            assertFalse(ZH.getString(key).contains("你"), key + " says 你, the portal says 您: " + ZH.getString(key));
        }
    }

    @Test
    void peopleAndTitlesReadAsWords() {
        assertEquals("2026-12-03，由徐慧批准。", format(ZH, "departures.detail.approvedOn", "2026-12-03", "徐慧"));
        assertEquals("《保密守则》第2版，2026-11-30 10:00，阅读 95 秒，SHA-256 ab",
                format(ZH, "record.file.reading", "保密守则", 2, "2026-11-30 10:00", 95, "ab"));
        assertEquals("在岗保密承诺书（第1版），2026-11-30 10:00 签订，SHA-256 ab",
                format(ZH, "record.file.pledge", "在岗保密承诺书", 1, "2026-11-30 10:00", "ab"));
    }
}
