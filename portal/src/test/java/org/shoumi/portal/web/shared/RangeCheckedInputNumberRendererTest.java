package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Found by an outside check: an exam's pass mark of 150 was stored as 100, -3 attempts as "unlimited" and a time
 * limit of -10 as "no limit", each with "已创建考试".
 */
class RangeCheckedInputNumberRendererTest {

    private static Optional<String> problem(String sent, String min, String max, String places) {
        return RangeCheckedInputNumberRenderer.problem(sent, min, max, places, true);
    }

    @Test
    void aNumberOutsideTheFieldsRangeIsRefused() {
        assertEquals(Optional.of("common.number.outOfRange"), problem("150", "0", "100", "0"));
        assertEquals(Optional.of("common.number.outOfRange"), problem("-3", "0", "100", "0"));
        assertEquals(Optional.of("common.number.outOfRange"), problem("99999", "1", "200", "0"));
        assertEquals(Optional.of("common.number.whole"), problem("2.5", "1", "200", "0"));
        assertEquals(Optional.of("common.number.outOfRange"), problem("1.25", "0", "200", "1"));
    }

    @Test
    void aNumberInRangeBlankOrNotANumberIsLeftToTheField() {
        assertEquals(Optional.empty(), problem("100", "0", "100", "0"));
        assertEquals(Optional.empty(), problem("0", "0", "100", "0"));
        assertEquals(Optional.empty(), problem("2.0", "1", "200", "0"));
        assertEquals(Optional.empty(), problem("1.5", "0", "200", "1"));
        assertEquals(Optional.empty(), problem("", "0", "100", "0"));
        assertEquals(Optional.empty(), problem("abc", "0", "100", "0"));
        assertEquals(Optional.empty(), problem("5", null, null, null));
    }

    /** Found by an outside check: a cleared count was answered "'1.0' must be a number consisting of one or more digits". */
    @Test
    void aBlankFieldThatMustHoldANumberSaysWhichNumbers() {
        assertEquals(Optional.of("common.number.outOfRange"),
                RangeCheckedInputNumberRenderer.problem("", "1", "200", "0", false));
        assertEquals(Optional.empty(), RangeCheckedInputNumberRenderer.problem(null, "1", "200", "0", false),
                "not sent at all: left as it is");
        assertEquals(Optional.empty(), RangeCheckedInputNumberRenderer.problem("", "1", "50", "0", true));
    }

    /**
     * Found by an outside check: extra minutes of 99999 were refused, but the field came back holding 1440 (PrimeFaces
     * moves the number into the range while it renders), and pressing again granted a day. A refused number is
     * shown as it was sent.
     */
    @Test
    void aRefusedNumberIsShownAsSentNotAsTheLimit() {
        assertEquals("99999", RangeCheckedInputNumberRenderer.refusedAsSent("99999", "0", "1440", "0"));
        assertEquals("-3", RangeCheckedInputNumberRenderer.refusedAsSent(" -3 ", "0", "10", "0"));
        assertEquals("2.5", RangeCheckedInputNumberRenderer.refusedAsSent("2.5", "1", "5", "0"));
        assertEquals(null, RangeCheckedInputNumberRenderer.refusedAsSent("60", "0", "1440", "0"), "a number it takes");
        assertEquals(null, RangeCheckedInputNumberRenderer.refusedAsSent("", "0", "1440", "0"));
        assertEquals(null, RangeCheckedInputNumberRenderer.refusedAsSent("abc", "0", "1440", "0"));
        assertEquals(null, RangeCheckedInputNumberRenderer.refusedAsSent(null, "0", "1440", "0"));
    }

    /** Found by an outside check: training hours of 1.234 said "please enter a number from  to " (no bounds). */
    @Test
    void aFieldWithoutBoundsIsNeverAnsweredWithEmptyBounds() {
        assertEquals("common.number.outOfRange", RangeCheckedInputNumberRenderer.withBounds("common.number.outOfRange",
                "0", "200"));
        assertEquals("common.number.notTaken", RangeCheckedInputNumberRenderer.withBounds("common.number.outOfRange",
                null, null));
        assertEquals("common.number.notTaken", RangeCheckedInputNumberRenderer.withBounds("common.number.outOfRange",
                "0", ""));
        assertEquals("common.number.wholeOnly", RangeCheckedInputNumberRenderer.withBounds("common.number.whole",
                null, "9"));
        for (java.util.Locale locale : new java.util.Locale[] {java.util.Locale.ENGLISH, java.util.Locale.SIMPLIFIED_CHINESE}) {
            for (String key : new String[] {"common.number.notTaken", "common.number.wholeOnly"}) {
                String text = Messages.text(locale, key, "Hours", "", "");
                assertEquals(false, text.matches(".*\\d.*|.*\\{.*"), text);
            }
        }
    }

    /** Every number field in the pages says its range, so a refusal can name it (plans' training hours did not). */
    @Test
    void everyNumberFieldHasItsBounds() throws java.io.IOException {
        java.util.regex.Pattern tag = java.util.regex.Pattern.compile("<p:inputNumber\\b[^>]*>");
        java.util.List<String> without = new java.util.ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(
                java.nio.file.Path.of("src/main/webapp"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                java.util.regex.Matcher m = tag.matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    if (!m.group().contains("minValue=") || !m.group().contains("maxValue=")) {
                        without.add(file + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(java.util.List.of(), without);
    }
}
