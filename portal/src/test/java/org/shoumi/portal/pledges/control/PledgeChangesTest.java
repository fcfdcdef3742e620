package org.shoumi.portal.pledges.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.pledges.control.PledgeChanges.Change;

class PledgeChangesTest {

    private static final List<Change> VERSIONS = List.of(new Change(1, null), new Change(2, "措辞调整"),
            new Change(3, "第9条增加回国报告要求"), new Change(4, " "), new Change(5, "增加第10条"));

    /**
     * Found by an outside check: re-signing after a material change did not show the officer's 修改说明, which rules
     * and duties show. The notes of the versions after the one signed, up to the one to sign now.
     */
    @Test
    void theNotesOfTheVersionsSinceTheOneSignedUpToTheOneInForce() {
        PledgeChanges.Since since = PledgeChanges.since(VERSIONS, 2, 4).orElseThrow();
        assertEquals(2, since.signedVersion());
        assertEquals(List.of(new Change(3, "第9条增加回国报告要求")), since.changes(), "not version 5, not in force");
        assertEquals(List.of(new Change(2, "措辞调整"), new Change(3, "第9条增加回国报告要求"), new Change(5, "增加第10条")),
                PledgeChanges.since(VERSIONS, 1, 5).orElseThrow().changes());
        assertTrue(PledgeChanges.since(VERSIONS, 0, 5).isEmpty(), "never signed: nothing to compare with");
        assertTrue(PledgeChanges.since(VERSIONS, 5, 5).isEmpty(), "signed the one in force");
        assertTrue(PledgeChanges.since(VERSIONS, 3, 4).isEmpty(), "no note since");
    }

    @Test
    void onlyThePledgesSignedAgainAfterAChangeShowThem() {
        for (PledgeKind kind : List.of(PledgeKind.AGREEMENT, PledgeKind.IN_POST, PledgeKind.RESPONSIBILITY,
                PledgeKind.LIAISON)) {
            assertTrue(PledgeChanges.signedAgain(kind), kind.name());
        }
        for (PledgeKind kind : List.of(PledgeKind.ONBOARDING, PledgeKind.EXIT, PledgeKind.TOPIC)) {
            assertFalse(PledgeChanges.signedAgain(kind), kind.name());
        }
    }
}
