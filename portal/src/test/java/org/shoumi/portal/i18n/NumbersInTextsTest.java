package org.shoumi.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Numbers a text shows as a count of minutes are written plainly (an outside check read "限时 2,920 分钟"). */
class NumbersInTextsTest {

    private static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", locale);
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    @Test
    void aLongTimeLimitHasNoThousandsSeparator() {
        assertEquals("20 题，限时 1470 分钟，及格线 60 分",
                format(Locale.SIMPLIFIED_CHINESE, "quiz.list.rules", 20, 1470, 60));
        assertEquals("20 questions, time limit 1470 min, pass mark 60 %",
                format(Locale.ENGLISH, "quiz.list.rules", 20, 1470, 60));
        assertEquals("20 题，不限时，及格线 60 分", format(Locale.SIMPLIFIED_CHINESE, "quiz.list.rules", 20, 0, 60));
        assertEquals("一次最多延长 1440 分钟、增加 10 次。",
                format(Locale.SIMPLIFIED_CHINESE, "quiz.accommodations.limits", 1440, 10));
    }

    /** Found by an outside check: English counts read "Try again in 15 minute(s)"; they have real plurals. */
    @Test
    void anEnglishCountIsSingularForOneAndPluralOtherwise() {
        assertEquals("Too many wrong passwords: this account is locked. Try again in 1 minute or ask the administrator.",
                format(Locale.ENGLISH, "password.refused.LOCKED", 1L));
        assertEquals("Too many wrong passwords: this account is locked. Try again in 15 minutes or ask the administrator.",
                format(Locale.ENGLISH, "password.refused.LOCKED", 15L));
        assertEquals("Wrong once; not answered right since.", format(Locale.ENGLISH, "quiz.mistakes.timesWrong", 1, 0));
        assertEquals("Wrong 3 times; right 2 times in a row since.",
                format(Locale.ENGLISH, "quiz.mistakes.timesWrong", 3, 2));
        assertEquals("Importing this file adds 2 people, changes 0 and leaves 1 unchanged; 1 programme will start and "
                        + "no logins will be opened.",
                format(Locale.ENGLISH, "employees.import.summary", 2L, 0L, 1L, 1L, 0L));
        assertEquals("The new version no longer has clause 3.2, which 1 question in the bank cites. Please revise "
                + "those questions.", format(Locale.ENGLISH, "content.edit.droppedClauses", "3.2", 1L, 1));
        assertEquals("The new version no longer has clauses 3.2, 4.1, which 1,200 questions in the bank cite. "
                + "Please revise those questions.", format(Locale.ENGLISH, "content.edit.droppedClauses", "3.2, 4.1",
                1200L, 2));
        assertEquals("R (C v1, due 2026-12-31): open, submitted -; 1 finding, 0 not closed",
                format(Locale.ENGLISH, "inspections.file.line", "R", "C", "1", "2026-12-31", "open", "-", 1L, 0L, ""));
        // a department's form names its department (outside check: one round read submitted and not submitted)
        assertEquals("R (C v1, for the department 办公室, due 2026-12-31): open, submitted -; 2 findings, 0 not closed",
                format(Locale.ENGLISH, "inspections.file.line", "R", "C", "1", "2026-12-31", "open", "-", 2L, 0L,
                        format(Locale.ENGLISH, "inspections.file.department", "办公室")));
        assertEquals("R（部门：办公室，C 第1版，截止 2026-12-31）：待填写，提交时间 —；发现问题 0 项，未关闭 0 项",
                format(Locale.SIMPLIFIED_CHINESE, "inspections.file.line", "R", "C", "1", "2026-12-31", "待填写", "—",
                        0L, 0L, format(Locale.SIMPLIFIED_CHINESE, "inspections.file.department", "办公室")));
        assertEquals("Nobody was recorded: the sheet has one problem. Correct it and import it again.",
                format(Locale.ENGLISH, "sessions.sheet.refused", 1));
        assertEquals("密码错误次数过多，账户已被锁定。请在 15 分钟后重试，或联系系统管理员。",
                format(Locale.SIMPLIFIED_CHINESE, "password.refused.LOCKED", 15L));
    }

    /** Found by an outside check: the English exit-pledge terms read "脱密期 of 1 years". */
    @Test
    void oneYearIsOneYear() {
        assertEquals("one year after the approval day", format(Locale.ENGLISH, "pledge.exit.endPhrase", 1));
        assertEquals("3 years after the approval day", format(Locale.ENGLISH, "pledge.exit.endPhrase", 3));
        String terms = format(Locale.ENGLISH, "departures.detail.pledge.terms", 1, "general");
        org.junit.jupiter.api.Assertions.assertTrue(terms.contains("a post-exit period (脱密期) of one year"), terms);
        assertEquals("批准之日起满1年之日", format(Locale.SIMPLIFIED_CHINESE, "pledge.exit.endPhrase", 1));
    }

    /**
     * Found by an outside check: "Description: at most 2000 characters." and "The text is too long (at most 200000
     * characters)" beside "at most 2,000" of the other fields. A count of characters is grouped in English, written in
     * the text or formatted.
     */
    @Test
    void aCountOfCharactersIsGroupedInEnglish() {
        ResourceBundle bundle = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.ENGLISH);
        java.util.regex.Pattern plain = java.util.regex.Pattern.compile("\\b\\d{4,} characters");
        java.util.List<String> found = new java.util.ArrayList<>();
        for (String key : java.util.Collections.list(bundle.getKeys())) {
            if (plain.matcher(bundle.getString(key)).find()) {
                found.add(key + "=" + bundle.getString(key));
            }
        }
        assertEquals(java.util.List.of(), found);
        assertEquals("Description: at most 2,000 characters; this has 2,001. Nothing was saved: please shorten it and "
                + "submit again.", format(Locale.ENGLISH, "incidents.refused.DESCRIPTION_TOO_LONG", 2000, 2001, 2001));
        assertEquals("The text is too long (at most 200,000 characters).",
                format(Locale.ENGLISH, "content.problem.tooLong", 0, 200000, ""));
        assertEquals("Where: at most 100 characters; this has 2,001. Nothing was saved: please shorten it and submit again.",
                format(Locale.ENGLISH, "common.tooLong.field", "Where", 100, 2001));
    }

    /**
     * Found by an outside check: a summary of 600 emoji read "最多 1,000 个字符，这里有 1,200 个", a number the writer
     * could not see. The limit counts as the column and the browser do (an emoji two); the message says so and
     * gives both numbers.
     */
    @Test
    void aTooLongTextWithEmojiSaysHowTheyAreCounted() {
        assertEquals("内容摘要：最多 1,000 个字符（表情符号等少数字符每个按两个计），这里有 600 个字，按 1,200 个计。没有保存，请删减后再提交。",
                format(Locale.SIMPLIFIED_CHINESE, "common.tooLong.wide.field", "内容摘要", 1000, 600, 1200));
        assertEquals("Summary: at most 1,000 characters (an emoji and a few other characters count as two each); this "
                + "has 600 characters, counted as 1,200. Nothing was saved: please shorten it and submit again.",
                format(Locale.ENGLISH, "common.tooLong.wide.field", "Summary", 1000, 600, 1200));
        assertEquals("地点：最多 100 个字符（表情符号等少数字符每个按两个计），这里有 60 个字，按 120 个计。没有保存，请删减后再提交。",
                format(Locale.SIMPLIFIED_CHINESE, "incidents.refused.PLACE_TOO_LONG.wide", 100, 60, 120));
        // the incident's description, like every other text: both numbers (it said only "不超过 2000 字"; outside check)
        assertEquals("情况说明：最多 2,000 个字符，这里有 2,308 个。没有保存，请删减后再提交。",
                format(Locale.SIMPLIFIED_CHINESE, "incidents.refused.DESCRIPTION_TOO_LONG", 2000, 2308, 2308));
    }
}
