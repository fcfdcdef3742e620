package org.shoumi.portal.evidence.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chain's anchor outside the database, and what a start finds against it. */
class ChainAnchorTest {

    private static final String H1 = "1".repeat(64);
    private static final String H2 = "2".repeat(64);

    @Test
    void anAnchorIsOneLineOfLengthAndHash() {
        ChainAnchor a = new ChainAnchor(72, H1);
        assertEquals(Optional.of(a), ChainAnchor.parse(a.line()));
        assertEquals(Optional.empty(), ChainAnchor.parse("72 " + H1.substring(1)), "a file cut short is no anchor");
        assertEquals(Optional.empty(), ChainAnchor.parse(""));
        assertEquals(Optional.empty(), ChainAnchor.parse(null));
    }

    /** Found by an outside check: a database restored from an earlier backup verified as complete. */
    @Test
    void aChainThatNoLongerHoldsTheAnchoredEntryWentBack() {
        ChainAnchor seen = new ChainAnchor(72, H1);
        assertEquals(ChainAnchor.Finding.HOLDS, seen.compare(72, Optional.of(H1)));
        assertEquals(ChainAnchor.Finding.HOLDS, seen.compare(90, Optional.of(H1)), "grown since: fine");
        assertEquals(ChainAnchor.Finding.SHORTER, seen.compare(71, Optional.empty()), "an earlier backup");
        assertEquals(ChainAnchor.Finding.REPLACED, seen.compare(80, Optional.of(H2)), "another database");
        assertEquals(ChainAnchor.Finding.HOLDS, new ChainAnchor(0, H2).compare(0, Optional.empty()));
    }
}
