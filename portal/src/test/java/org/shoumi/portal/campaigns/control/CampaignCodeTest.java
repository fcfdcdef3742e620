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
}
