package org.shoumi.portal.evidence.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.evidence.entity.EvidenceKind;

/** The canonical form must never change for v1: entries written today are verified against it for years. */
class CanonicalContentTest {

    private static String ack(Timestamp at) {
        return CanonicalContent.of(EvidenceKind.ACKNOWLEDGEMENT, 42).text("SM002").text("rules.general").number(3)
                .text("ab".repeat(32)).time(at).number(45).toString();
    }

    @Test
    void anAcknowledgementSerialisesToAFixedLine() {
        Timestamp at = Timestamp.valueOf(LocalDateTime.of(2026, 11, 30, 9, 5, 7, 123_456_000));
        String content = ack(at);
        assertEquals("ACKNOWLEDGEMENT|v1|42|SM002|rules.general|3|" + "ab".repeat(32)
                + "|2026-11-30T09:05:07.123456000|45", content);
        assertEquals("e9e416aa3e888ece47f34e40910bad32abd1d9d7097825dc8040d5d1da7f8af1", EvidenceHashes.sha256(content));
    }

    @Test
    void theStoredWallClockIsReadTheSameInAnyTimeZone() {
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            String shanghai = ack(Timestamp.valueOf(LocalDateTime.of(2026, 1, 2, 3, 4, 5)));
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            String newYork = ack(Timestamp.valueOf(LocalDateTime.of(2026, 1, 2, 3, 4, 5)));
            assertEquals(shanghai, newYork);
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void separatorsLineBreaksAndTheNullMarkerInTextAreEscaped() {
        String content = CanonicalContent.of(EvidenceKind.SIGNED_PLEDGE, 1).text("a|b").text("c\\d").text("e\nf")
                .text("-").text(null).toString();
        assertEquals("SIGNED_PLEDGE|v1|1|a\\|b|c\\\\d|e\\nf|\\-|-", content);
        assertNotEquals(CanonicalContent.of(EvidenceKind.SIGNED_PLEDGE, 1).text("a").text("b").toString(),
                CanonicalContent.of(EvidenceKind.SIGNED_PLEDGE, 1).text("a|b").toString(), "no field can imitate two");
    }

    @Test
    void numbersDatesFlagsAndDigestsHaveOneForm() {
        String content = CanonicalContent.of(EvidenceKind.QUIZ_ATTEMPT, 7).decimal(new BigDecimal("87.5"))
                .decimal(new BigDecimal("1E+2")).decimal(null).flag(true).flag(null).date(LocalDate.of(2026, 2, 28))
                .digestOf("abc".getBytes(StandardCharsets.UTF_8)).digestOf("abc").toString();
        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertEquals("QUIZ_ATTEMPT|v1|7|87.5|100|-|true|-|2026-02-28|" + abc + "|" + abc, content);
    }

    @Test
    void theChainHashIsFixedForGivenInputs() {
        String content = EvidenceHashes.sha256("x");
        String first = EvidenceHashes.chain(EvidenceHashes.GENESIS, content, 1, 1_700_000_000_000L);
        assertEquals(first, EvidenceHashes.chain(EvidenceHashes.GENESIS, content, 1, 1_700_000_000_000L));
        assertNotEquals(first, EvidenceHashes.chain(EvidenceHashes.GENESIS, content, 2, 1_700_000_000_000L));
        assertNotEquals(first, EvidenceHashes.chain(EvidenceHashes.GENESIS, content, 1, 1_700_000_000_001L));
        assertEquals(64, first.length());
    }
}
