package org.shoumi.portal.programmes.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A drill-down's campaign code is read as the launch stores it, whatever case or width the address gives. */
class PeopleQueryTest {

    @Test
    void aCampaignCodeIsReadInAnyCaseAndWidth() {
        assertEquals("YE4-A", PeopleQuery.campaignCodeOf("ye4-a"));
        assertEquals("YE4-A", PeopleQuery.campaignCodeOf(" Ye4-A "));
        assertEquals("YE4-A", PeopleQuery.campaignCodeOf("ｙｅ４－ａ"));
        assertEquals("YE4-A", new PeopleQuery("ye4-a", null, null, null).campaignCode());
    }

    @Test
    void noCodeIsNone() {
        assertNull(PeopleQuery.campaignCodeOf(null));
        assertNull(PeopleQuery.campaignCodeOf("  "));
        assertNull(new PeopleQuery(null, null, null, null).campaignCode());
    }
}
