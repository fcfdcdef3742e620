package org.shoumi.portal.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 5545 output: CRLF, folding at 75 octets without splitting a character, TEXT escaping, all-day events. */
class ICalendarTest {

    private static final Instant STAMP = Instant.parse("2026-11-30T02:00:00Z");
    private static final String LONG_CHINESE = "请于截止日期前完成2026年度在岗保密教育培训，阅读《保密守则》《涉密人员保密管理规定》"
            + "并参加年度保密知识考试，考试合格后签订在岗保密承诺书；逾期未完成的将通报所在部门负责人";

    private static String calendar(ICalendar.Event... events) {
        return ICalendar.write("李明的保密待办", List.of(events), STAMP);
    }

    /** The physical lines, without their CRLF (the text must end in one). */
    private static List<String> lines(String text) {
        assertTrue(text.endsWith("\r\n"));
        return Arrays.asList(text.substring(0, text.length() - 2).split("\r\n", -1));
    }

    /** The content lines, unfolded (RFC 5545 3.1: a CRLF followed by one space is removed). */
    private static List<String> unfolded(String text) {
        return lines(text.replace("\r\n ", ""));
    }

    @Test
    void everyLineEndsInCrlfAndNoBareLineBreakIsLeft() {
        String text = calendar(ICalendar.Event.allDay("p-1@shoumi", "在岗培训截止", "第一行\n第二行\r\n第三行\r第四行",
                LocalDate.of(2026, 12, 1), "https://portal.example.org/portal/programmes/my.xhtml"));
        assertTrue(text.endsWith("\r\n"));
        assertFalse(text.replace("\r\n", "").contains("\n"), "no bare LF");
        assertFalse(text.replace("\r\n", "").contains("\r"), "no bare CR");
        assertTrue(unfolded(text).contains("DESCRIPTION:第一行\\n第二行\\n第三行\\n第四行"), text);
    }

    @Test
    void theCalendarNamesItselfAndStampsEveryEvent() {
        List<String> lines = unfolded(calendar(
                ICalendar.Event.allDay("p-1@shoumi", "在岗培训截止", null, LocalDate.of(2026, 12, 1), null),
                ICalendar.Event.timed("q-7@shoumi", "年度保密知识考试", "考场：三楼会议室", Instant.parse("2026-12-10T01:30:00Z"),
                        Instant.parse("2026-12-10T03:00:00Z"), null)));
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("VERSION:2.0", lines.get(1));
        assertTrue(lines.contains("PRODID:" + ICalendar.PRODID));
        assertTrue(lines.contains("X-WR-CALNAME:李明的保密待办"));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
        assertEquals(2, lines.stream().filter("BEGIN:VEVENT"::equals).count());
        assertEquals(2, lines.stream().filter("DTSTAMP:20261130T020000Z"::equals).count());
        assertTrue(lines.contains("UID:q-7@shoumi"));
        assertTrue(lines.contains("DTSTART:20261210T013000Z"));
        assertTrue(lines.contains("DTEND:20261210T030000Z"));
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("DESCRIPTION:") && l.contains("在岗")),
                "no description when there is none");
    }

    @Test
    void anAllDayEventEndsTheNextDayAsADate() {
        List<String> lines = unfolded(calendar(
                ICalendar.Event.allDay("e-1@shoumi", "年末截止", null, LocalDate.of(2026, 12, 31), null)));
        assertTrue(lines.contains("DTSTART;VALUE=DATE:20261231"), lines.toString());
        assertTrue(lines.contains("DTEND;VALUE=DATE:20270101"), "DTEND is exclusive: the next day");
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("DTSTART:")));
    }

    @Test
    void textValuesEscapeBackslashSemicolonCommaAndNewline() {
        assertEquals("a\\\\b\\;c\\,d\\ne", ICalendar.escape("a\\b;c,d\ne"));
        assertEquals("一，二；三", ICalendar.escape("一，二；三"), "full-width punctuation is not special");
        assertEquals("响铃前\t后", ICalendar.escape("响铃\u0007前\t后"), "control characters but tab are left out");
        List<String> lines = unfolded(calendar(ICalendar.Event.allDay("x;1@shoumi", "复习: 第1章, 第2章; 完", null,
                LocalDate.of(2026, 12, 1), "https://portal.example.org/a?x=1,2;3")));
        assertTrue(lines.contains("SUMMARY:复习: 第1章\\, 第2章\\; 完"), lines.toString());
        assertTrue(lines.contains("UID:x\\;1@shoumi"), lines.toString());
        assertTrue(lines.contains("URL:https://portal.example.org/a?x=1,2;3"), "a URI is not TEXT: " + lines);
    }

    @Test
    void aLongChineseSummaryFoldsAtSeventyFiveOctetsAndUnfoldsBack() throws Exception {
        String text = calendar(ICalendar.Event.allDay("p-2@shoumi", LONG_CHINESE, null, LocalDate.of(2026, 12, 1), null));
        List<String> summary = new ArrayList<>();
        boolean in = false;
        for (String line : lines(text)) {
            in = line.startsWith("SUMMARY:") || (in && line.startsWith(" "));
            if (in) {
                summary.add(line);
            }
        }
        assertTrue(summary.size() > 3, "folded over several lines: " + summary);
        for (String line : summary) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(octets.length <= 75, octets.length + " octets: " + line);
            strictUtf8(octets);
        }
        assertTrue(summary.get(0).getBytes(StandardCharsets.UTF_8).length >= 73, "the line is filled before it folds");
        assertTrue(unfolded(text).contains("SUMMARY:" + LONG_CHINESE), "unfolds back to the original");
        // the octets of the whole file, split at CRLF, decode line by line: no character is split
        for (byte[] line : split(text.getBytes(StandardCharsets.UTF_8))) {
            assertTrue(line.length <= 75);
            strictUtf8(line);
        }
    }

    @Test
    void foldingNeverSplitsAFourOctetCharacter() throws Exception {
        String value = "X-TEST:" + "吉𠮷😀".repeat(20);
        String folded = ICalendar.fold(value);
        for (String line : folded.split("\r\n", -1)) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(octets.length <= 75);
            strictUtf8(octets);
            assertFalse(Character.isLowSurrogate(line.charAt(line.startsWith(" ") ? 1 : 0)), "no half pair");
        }
        assertEquals(value, folded.replace("\r\n ", ""));
    }

    @Test
    void aLineOfSeventyFiveOctetsIsNotFoldedOneMoreIs() {
        String exactly = "SUMMARY:" + "a".repeat(67);
        assertEquals(exactly, ICalendar.fold(exactly));
        String folded = ICalendar.fold(exactly + "b");
        assertEquals(exactly + "\r\n b", folded);
        String chinese = "SUMMARY:" + "a".repeat(65) + "密";
        assertEquals("SUMMARY:" + "a".repeat(65) + "\r\n 密", ICalendar.fold(chinese), "67 + 3 octets > 75: moved whole");
    }

    @Test
    void anEventIsAllDayOrTimedAndHasAUid() {
        assertThrows(IllegalArgumentException.class,
                () -> ICalendar.Event.allDay(" ", "无编号", null, LocalDate.of(2026, 1, 1), null));
        assertThrows(IllegalArgumentException.class, () -> new ICalendar.Event("u", "两者", null,
                LocalDate.of(2026, 1, 1), STAMP, STAMP, null));
        assertThrows(IllegalArgumentException.class,
                () -> ICalendar.Event.timed("u", "倒序", null, STAMP, STAMP.minusSeconds(60), null));
        assertThrows(NullPointerException.class, () -> ICalendar.Event.timed("u", "无结束", null, STAMP, null, null));
    }

    @Test
    void theBytesAreUtf8() {
        byte[] bytes = ICalendar.toBytes("日历", List.of(), STAMP);
        assertEquals(ICalendar.write("日历", List.of(), STAMP), new String(bytes, StandardCharsets.UTF_8));
        assertTrue(ICalendar.MEDIA_TYPE.startsWith("text/calendar"));
    }

    private static void strictUtf8(byte[] octets) throws CharacterCodingException {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(octets));
    }

    private static List<byte[]> split(byte[] text) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < text.length; i++) {
            if (text[i] == '\r' && text[i + 1] == '\n') {
                lines.add(Arrays.copyOfRange(text, start, i));
                start = i + 2;
                i++;
            }
        }
        assertEquals(text.length, start, "the text ends in CRLF");
        return lines;
    }
}
