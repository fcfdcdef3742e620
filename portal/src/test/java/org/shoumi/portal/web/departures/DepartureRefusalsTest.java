package org.shoumi.portal.web.departures;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.departures.boundary.DepartureRefusedException;
import org.shoumi.portal.departures.control.ExitChecklist;
import org.shoumi.portal.web.shared.Messages;

/**
 * A lowering of the secrecy class in post is refused in its own words: the refusals met on its steps and the
 * missing items listed under 暂不能批准 name the lowering (降低涉密类别谈话, 降低涉密类别保密承诺书), not 离岗谈话 or
 * 离岗离职保密承诺书, as the page's list of open steps does.
 */
class DepartureRefusalsTest {

    private static final ResourceBundle ZH = ResourceBundle.getBundle(Messages.BUNDLE, Locale.SIMPLIFIED_CHINESE);
    private static final ResourceBundle EN = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);

    @Test
    void everyRefusalALoweringMeetsOnItsStepsNamesTheLowering() {
        for (DepartureRefusedException.Reason reason : DepartureRefusals.LOWERING_WORDED) {
            String zh = ZH.getString("departures.refused.lowered." + reason.name());
            assertTrue(zh.contains("降低涉密类别"), reason + ": " + zh);
            assertFalse(zh.contains("离岗"), reason + ": " + zh);
            assertTrue(EN.getString("departures.refused.lowered." + reason.name()).contains("lowering"), reason.name());
        }
    }

    @Test
    void everyMissingItemOfALoweringNamesTheLowering() {
        for (String item : List.of(ExitChecklist.Item.BRIEFING.name(), ExitChecklist.Item.EXIT_PLEDGE.name(),
                "CARRIERS_OUT", "CARRIERS_NONE")) {
            String zh = ZH.getString("departures.lowered.missing." + item);
            assertTrue(zh.contains("降低涉密类别") || zh.contains("调整后类别"), item + ": " + zh);
            assertFalse(zh.contains("离岗"), item + ": " + zh);
        }
    }
}
