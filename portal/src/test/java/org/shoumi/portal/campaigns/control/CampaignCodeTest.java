package org.shoumi.portal.campaigns.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Found by an outside check: ＺＸ２０２７ was refused as a campaign code, though staff numbers take full-width forms. */
class CampaignCodeTest {

    @Test
    void aCodeTypedFullWidthIsReadHalfWidth() {
        assertEquals("ZX2027", CampaignCode.of("ＺＸ２０２７"));
        assertEquals("ZX-2027", CampaignCode.of("\u3000ｚｘ－２０２７ "), "small letters, the dash and the ideographic space");
        assertTrue(CampaignCode.valid(CampaignCode.of("ＺＸ２０２７")));
        assertEquals("", CampaignCode.of(null));
        assertFalse(CampaignCode.valid(CampaignCode.of(null)));
        assertFalse(CampaignCode.valid(CampaignCode.of("在岗2027")), "Chinese characters are not a code");
        assertFalse(CampaignCode.valid(CampaignCode.of("ZX 2027")));
        assertFalse(CampaignCode.valid("A".repeat(41)));
    }

    /**
     * Found by an outside check: launching ZX2026-ALL again as zx2026-all with title 重复, quiz BASIC and other dates
     * was answered as a double click naming the first campaign. Only the same launch is the form sent again.
     */
    @Test
    void onlyTheSameLaunchIsTheFormSentAgain() {
        java.time.LocalDate opens = java.time.LocalDate.of(2026, 12, 7);
        CampaignCode.Launch made = new CampaignCode.Launch("2026年度全员保密考试", "ANNUAL-2026", opens,
                opens.plusDays(10), "OFFICE", "", "IMPORTANT");
        assertTrue(CampaignCode.sentAgain(made, new CampaignCode.Launch("2026年度全员保密考试", "ANNUAL-2026", opens,
                opens.plusDays(10), "OFFICE", "", "IMPORTANT")));
        assertFalse(CampaignCode.sentAgain(made, new CampaignCode.Launch("重复", "ANNUAL-2026", opens,
                opens.plusDays(10), "OFFICE", "", "IMPORTANT")), "another title");
        assertFalse(CampaignCode.sentAgain(made, new CampaignCode.Launch("2026年度全员保密考试", "BASIC", opens,
                opens.plusDays(10), "OFFICE", "", "IMPORTANT")), "another quiz");
        assertFalse(CampaignCode.sentAgain(made, new CampaignCode.Launch("2026年度全员保密考试", "ANNUAL-2026", opens,
                opens.plusDays(20), "OFFICE", "", "IMPORTANT")), "other dates");
        assertFalse(CampaignCode.sentAgain(made, new CampaignCode.Launch("2026年度全员保密考试", "ANNUAL-2026", opens,
                opens.plusDays(10), "", "", "")), "another audience");
    }
}
