package org.shoumi.portal.departures.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.departures.control.ExitChecklist.Item;

class ExitChecklistTest {

    @Test
    void anEmptyCarrierListIsNotAllReturned() {
        ExitChecklist fresh = new ExitChecklist(0, 0, false, false, false);
        assertEquals(List.of(Item.CARRIERS_RETURNED, Item.BRIEFING, Item.EXIT_PLEDGE), fresh.missing());
        assertEquals(0, fresh.itemsDone());
        assertFalse(new ExitChecklist(0, 0, false, true, true).isComplete(), "nothing listed, nothing declared");
    }

    @Test
    void hrsDeclarationThatThePersonHoldsNoCarriersSettlesTheCarrierItem() {
        ExitChecklist declared = new ExitChecklist(0, 0, true, false, false);
        assertEquals(List.of(Item.BRIEFING, Item.EXIT_PLEDGE), declared.missing());
        assertTrue(new ExitChecklist(0, 0, true, true, true).isComplete());
    }

    @Test
    void aHandOverOnTransferAsksOnlyForTheCarriers() {
        ExitChecklist handover = new ExitChecklist(1, 0, false, false, false, true);
        assertEquals(List.of(Item.CARRIERS_RETURNED), handover.missing());
        assertEquals(1, handover.items());
        assertTrue(new ExitChecklist(1, 1, false, false, false, true).isComplete());
        assertFalse(new ExitChecklist(0, 0, false, false, false, true).isComplete(), "none listed, none declared");
    }

    /**
     * A 离职 of someone who already left the post (离岗) asks only that no carrier is still held: the briefing and the
     * exit pledge were taken at the 离岗 and are not asked twice.
     */
    @Test
    void aDepartureFromTheUnitAfterLeavingThePostAsksOnlyThatNoCarrierIsHeld() {
        ExitChecklist afterPost = new ExitChecklist(0, 0, false, false, false, true);
        assertEquals(List.of(Item.CARRIERS_RETURNED), afterPost.missing());
        assertEquals(0, afterPost.itemsDone());
        assertEquals(1, afterPost.items());
        assertTrue(new ExitChecklist(0, 0, true, false, false, true).isComplete(), "declared none: may be approved");
        assertEquals(List.of(), new ExitChecklist(0, 0, true, false, false, true).missingBeforePledge());
        assertFalse(new ExitChecklist(2, 1, false, false, false, true).isComplete(), "one still out");
    }

    @Test
    void theExitPledgeWaitsForCarriersAndBriefing() {
        assertEquals(List.of(Item.CARRIERS_RETURNED, Item.BRIEFING),
                new ExitChecklist(1, 0, false, false, false).missingBeforePledge());
        assertEquals(List.of(Item.BRIEFING), new ExitChecklist(1, 1, false, false, false).missingBeforePledge());
        assertEquals(List.of(), new ExitChecklist(1, 1, false, true, false).missingBeforePledge());
    }

    @Test
    void oneCarrierOutIsEnoughToRefuse() {
        ExitChecklist oneOut = new ExitChecklist(3, 2, false, true, true);
        assertEquals(List.of(Item.CARRIERS_RETURNED), oneOut.missing());
        assertEquals(1, oneOut.carriersOut());
        assertFalse(oneOut.isComplete());
    }

    @Test
    void missingItemsComeInChecklistOrder() {
        assertEquals(List.of(Item.CARRIERS_RETURNED, Item.BRIEFING, Item.EXIT_PLEDGE),
                new ExitChecklist(1, 0, false, false, false).missing());
        assertEquals(List.of(Item.CARRIERS_RETURNED, Item.EXIT_PLEDGE),
                new ExitChecklist(2, 1, false, true, false).missing());
        assertEquals(List.of(Item.BRIEFING), new ExitChecklist(2, 2, false, false, true).missing());
    }

    @Test
    void completeWhenEveryCarrierIsBackAndBriefingAndPledgeAreDone() {
        ExitChecklist done = new ExitChecklist(2, 2, false, true, true);
        assertTrue(done.isComplete());
        assertEquals(ExitChecklist.ITEMS, done.itemsDone());
    }

    @Test
    void moreReturnedThanListedIsImpossible() {
        assertThrows(IllegalArgumentException.class, () -> new ExitChecklist(1, 2, false, true, true));
        assertThrows(IllegalArgumentException.class, () -> new ExitChecklist(-1, 0, false, true, true));
    }

    @Test
    void approvalCannotComeBeforeTheLastChecklistDay() {
        LocalDate returned = LocalDate.of(2026, 11, 20);
        LocalDate briefed = LocalDate.of(2026, 11, 25);
        LocalDate pledged = LocalDate.of(2026, 11, 23);
        assertEquals(briefed, ExitChecklist.earliestApproval(List.of(returned, briefed, pledged)).orElseThrow());
        assertEquals(returned, ExitChecklist.earliestApproval(Arrays.asList(null, returned)).orElseThrow());
        assertTrue(ExitChecklist.earliestApproval(List.of()).isEmpty());
    }

    @Test
    void theBriefingComesAfterTheCarriers() {
        assertEquals(List.of(Item.CARRIERS_RETURNED), new ExitChecklist(0, 0, false, false, false).missingBeforeBriefing(),
                "nothing listed nor declared");
        assertEquals(List.of(Item.CARRIERS_RETURNED), new ExitChecklist(2, 1, false, false, false).missingBeforeBriefing(),
                "one carrier out");
        assertEquals(List.of(), new ExitChecklist(0, 0, true, false, false).missingBeforeBriefing());
        assertEquals(List.of(), new ExitChecklist(2, 2, false, false, false).missingBeforeBriefing());
    }
}
