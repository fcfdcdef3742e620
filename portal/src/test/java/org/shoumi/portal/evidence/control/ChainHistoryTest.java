package org.shoumi.portal.evidence.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a node has seen of the evidence chain outside the database, and what a start records from it. */
class ChainHistoryTest {

    private static final String H71 = "7".repeat(64);
    private static final String H85 = "8".repeat(64);
    private static final String OTHER85 = "a".repeat(64);
    private static final String H90 = "9".repeat(64);
    private static final Instant FIRST = Instant.parse("2026-12-07T06:17:00.123456Z");
    private static final Instant SECOND = Instant.parse("2026-12-07T06:30:00Z");
    private static final Instant THIRD = Instant.parse("2026-12-07T07:00:00Z");

    /** A chain whose entries up to 71 are the backup's and after it those given. */
    private static ChainHistory.ChainNow chain(long length, String last) {
        return new ChainHistory.ChainNow(length, last, place -> place > length ? Optional.empty()
                : Optional.of(place == length ? last : place == 71 ? H71 : place == 85 ? H85 : "b".repeat(64)));
    }

    /**
     * Found by an outside check: a second restore of the same backup erased the record of the first rollback, the
     * anchor having followed the shorter chain, and the evidence page said "complete" with no rollback listed.
     */
    @Test
    void aSecondRestoreOfTheSameBackupRecordsTheFirstRollbackAgainAndItselfAsARollback() {
        ChainHistory seen = ChainHistory.parse("85 " + H85 + "\n"); // a file of the release before: one line

        // first restore: the backup's 71 entries, the database knows no rollback
        ChainHistory.Start first = seen.atStart(chain(71, H71), List.of(), FIRST, "vm");
        assertEquals(Optional.of(ChainHistory.Finding.SHORTER), first.finding());
        ChainHistory.Rollback r1 = first.found().orElseThrow();
        assertEquals(List.of(85L, 71L), List.of(r1.knownLength(), r1.foundLength()));
        assertEquals(Instant.parse("2026-12-07T06:17:00.123Z"), r1.detectedAt(), "to the millisecond");
        assertEquals(List.of(), first.recordAgain());
        ChainHistory afterFirst = ChainHistory.parse(first.next().text());
        assertEquals(first.next(), afterFirst, "written and read back the same");
        assertEquals(Optional.of(new ChainAnchor(71, H71)), afterFirst.anchor(), "the anchor follows the chain");
        assertEquals(Optional.of(new ChainAnchor(85, H85)), afterFirst.highest(), "the highest stays");

        // a plain restart: the database holds the rollback, nothing new
        ChainHistory.Start restart = afterFirst.atStart(chain(71, H71), List.of(r1), SECOND, "vm");
        assertEquals(Optional.empty(), restart.found());
        assertEquals(List.of(), restart.recordAgain());

        // the same backup restored again: the database lost r1; the chain equals the anchor but is below the highest
        ChainHistory.Start second = afterFirst.atStart(chain(71, H71), List.of(), SECOND, "vm");
        assertEquals(List.of(r1), second.recordAgain(), "the first rollback is recorded again");
        assertEquals(Optional.of(ChainHistory.Finding.BELOW_HIGHEST), second.finding());
        ChainHistory.Rollback r2 = second.found().orElseThrow();
        assertEquals(List.of(85L, 71L), List.of(r2.knownLength(), r2.foundLength()), "known: the highest seen");
        assertEquals(H85, r2.knownHash());
        assertEquals(List.of(r1, r2), ChainHistory.parse(second.next().text()).rollbacks(), "the log only grows");

        // ordinary work brings the chain back to 85 entries (other ones) and on: no rollback, the highest rises
        ChainHistory grown = second.next().appended(new ChainAnchor(85, OTHER85));
        assertEquals(Optional.of(new ChainAnchor(85, H85)), grown.highest(), "at the same length the first stays");
        ChainHistory.Start regrown = grown.atStart(chain(85, OTHER85), List.of(r1, r2), THIRD, "vm");
        assertEquals(Optional.empty(), regrown.found(), "another 85th entry after a known rollback is no new one");
        grown = grown.appended(new ChainAnchor(90, H90));
        assertEquals(Optional.of(new ChainAnchor(90, H90)), grown.highest());

        // and the backup restored a third time, with the database's rollbacks gone again
        ChainHistory.Start third = grown.atStart(chain(71, H71), List.of(), THIRD, "vm");
        assertEquals(List.of(r1, r2), third.recordAgain());
        assertEquals(Optional.of(ChainHistory.Finding.SHORTER), third.finding(), "below the anchor (90)");
        assertEquals(90, third.found().orElseThrow().knownLength());
    }

    @Test
    void aPlainRestartAfterAnOlderBackupFindsNothingOnceTheDatabaseKnowsEveryRollback() {
        ChainHistory seen = ChainHistory.parse("85 " + H85 + "\n");
        ChainHistory.Start first = seen.atStart(chain(71, H71), List.of(), FIRST, "vm");
        ChainHistory.Rollback r1 = first.found().orElseThrow();
        // an even older backup (60 entries, without r1): found below the anchor, r1 recorded again
        ChainHistory.Start older = first.next().atStart(chain(60, "c".repeat(64)), List.of(), SECOND, "vm");
        assertEquals(List.of(r1), older.recordAgain());
        assertEquals(Optional.of(ChainHistory.Finding.SHORTER), older.finding());
        List<ChainHistory.Rollback> inDatabase = new ArrayList<>(older.recordAgain());
        inDatabase.add(older.found().orElseThrow());
        ChainHistory.Start restart = older.next().atStart(chain(60, "c".repeat(64)), inDatabase, THIRD, "vm");
        assertEquals(Optional.empty(), restart.found(), "a restart is no restore");
        assertEquals(List.of(), restart.recordAgain());
    }

    @Test
    void aChainThatReplacedTheAnchoredEntryIsStillARollback() {
        ChainHistory seen = ChainHistory.parse("71 " + "d".repeat(64) + "\nhighest 71 " + "d".repeat(64) + "\n");
        ChainHistory.Start start = seen.atStart(chain(80, "e".repeat(64)), List.of(), FIRST, "vm");
        assertEquals(Optional.of(ChainHistory.Finding.REPLACED), start.finding());
    }

    @Test
    void nothingOfTheFileIsLostAndANodeNameWithSpacesReadsBack() {
        ChainHistory.Rollback r = new ChainHistory.Rollback(FIRST, " node  one ", 85, H85, 71, H71);
        String text = "71 " + H71 + "\nhighest 85 " + H85 + "\n" + "rollback garbled\n";
        ChainHistory read = ChainHistory.parse(text);
        assertEquals(List.of("rollback garbled"), read.unread(), "kept as it is");
        ChainHistory withOne = read.atStart(chain(71, H71), List.of(), SECOND, "vm").next();
        assertTrue(withOne.text().contains("rollback garbled\n"), withOne.text());
        ChainHistory back = ChainHistory.parse(new ChainHistory(withOne.anchor(), withOne.highest(), List.of(r),
                List.of()).text());
        assertEquals(List.of(r), back.rollbacks());
        assertEquals("node one", back.rollbacks().get(0).node());
        assertEquals(ChainHistory.none(), ChainHistory.parse(""));
        assertEquals(Optional.of(new ChainAnchor(0, "0".repeat(64))), ChainHistory.parse(ChainHistory.none().text())
                .anchor(), "no anchor yet: an empty chain's, which any chain holds");
    }

    /**
     * Found by an outside check (ex-s38d 1): a 离职 approved after the backup vanished with the restore, its 脱密期 and
     * login switch-off with it, and nothing told HR whose. The watched entries (a departure's) are kept with their
     * place and hash; a start that finds the chain gone back keeps those it no longer holds as lost, for good.
     */
    @Test
    void aRestoreKeepsTheWatchedEntriesItTookAsLost() {
        Instant at = Instant.parse("2026-12-08T01:05:00Z");
        ChainHistory seen = ChainHistory.parse("71 " + H71 + "\n")
                .appended(new ChainAnchor(72, "b".repeat(64)))
                .appended(new ChainAnchor(80, "c".repeat(64)), Optional.of(new ChainHistory.Watched(80,
                        "c".repeat(64), "DEPARTURE_STEP", at, "SM002")))
                .appended(new ChainAnchor(85, H85), Optional.of(new ChainHistory.Watched(85, H85,
                        "DEPARTURE_APPROVAL", at.plusSeconds(60), "SM002")));
        assertEquals(2, seen.tail().size(), "only the watched entries: " + seen.tail());
        ChainHistory read = ChainHistory.parse(seen.text());
        assertEquals(seen, read, "written and read back the same: " + seen.text());

        // the backup held 71 entries: both of SM002's entries went with the restore
        ChainHistory.Start restore = read.atStart(chain(71, H71), List.of(), FIRST, "vm");
        assertTrue(restore.found().isPresent());
        ChainHistory after = ChainHistory.parse(restore.next().text());
        assertEquals(List.of(80L, 85L), after.lost().stream().map(ChainHistory.Lost::sequence).toList());
        assertEquals(List.of("DEPARTURE_STEP", "DEPARTURE_APPROVAL"),
                after.lost().stream().map(ChainHistory.Lost::kind).toList());
        assertEquals("SM002", after.lost().get(1).employeeNo());
        assertEquals(Instant.parse("2026-12-07T06:17:00.123Z"), after.lost().get(0).detectedAt(), "the rollback's");
        assertEquals(List.of(), after.tail(), "no longer in the chain");

        // the chain grows again over the same places: new entries, the lost ones kept; a plain restart changes nothing
        ChainHistory regrown = after.appended(new ChainAnchor(80, "d".repeat(64)), Optional.of(
                new ChainHistory.Watched(80, "d".repeat(64), "DEPARTURE_STEP", at.plusSeconds(600), null)));
        assertEquals(1, regrown.tail().size());
        assertEquals(2, regrown.lost().size());
        ChainHistory.Start restart = regrown.atStart(chain(80, "d".repeat(64)), restore.next().rollbacks(),
                SECOND, "vm");
        assertTrue(restart.found().isEmpty());
        assertEquals(regrown.lost(), restart.next().lost());
        assertEquals(regrown.tail(), restart.next().tail());

        // a restore that replaced an entry the chain still has a place for: the other entry there is lost too
        ChainHistory.Start replaced = ChainHistory.parse("80 " + "d".repeat(64) + "\n" + "tail 80 " + "d".repeat(64)
                + " DEPARTURE_WITHDRAWAL " + at + " -\n").atStart(chain(80, "e".repeat(64)), List.of(), THIRD, "vm");
        assertEquals(Optional.of(ChainHistory.Finding.REPLACED), replaced.finding());
        assertEquals(1, replaced.next().lost().size());
        assertEquals(null, replaced.next().lost().get(0).employeeNo(), "none: written -");
    }

    @Test
    void theTailKeepsTheNewestWatchedEntriesOnly() {
        ChainHistory h = ChainHistory.none();
        for (int i = 1; i <= ChainHistory.MAX_TAIL + 5; i++) {
            String hash = String.format("%064x", i);
            h = h.appended(new ChainAnchor(i, hash), Optional.of(new ChainHistory.Watched(i, hash, "DEPARTURE_STEP",
                    FIRST, "N" + i)));
        }
        assertEquals(ChainHistory.MAX_TAIL, h.tail().size());
        assertEquals(6, h.tail().get(0).sequence(), "the oldest dropped");
        assertEquals(List.of("tail garbled"), ChainHistory.parse(h.text() + "tail garbled\nlost 1 2\n").unread()
                .subList(0, 1), "a line that cannot be read is kept");
    }
}
