package org.shoumi.portal.evidence.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shoumi.portal.evidence.control.EvidenceFixtures.ack;
import static org.shoumi.portal.evidence.control.EvidenceFixtures.attempt;
import static org.shoumi.portal.evidence.control.EvidenceFixtures.chain;
import static org.shoumi.portal.evidence.control.EvidenceFixtures.headOf;
import static org.shoumi.portal.evidence.control.EvidenceFixtures.pledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.evidence.entity.EvidenceKind;

class ChainVerifierTest {

    private final List<LiveRecord> records = List.of(ack(1, "SM001", 1), ack(2, "SM002", 1),
            attempt(1, "SM002", "90.0", true), pledge(1, "SM002"), ack(3, "SM003", 2));
    private final List<LoggedEntry> entries = chain(records);

    private Verification verify(List<LoggedEntry> log, List<LiveRecord> live) {
        return ChainVerifier.verify(log, headOf(entries), live, Set.of());
    }

    private static LoggedEntry with(LoggedEntry e, String content, String contentHash, long millis) {
        return new LoggedEntry(e.sequence(), e.kind(), e.recordId(), e.employeeNo(), millis, content, contentHash,
                e.previousHash(), e.chainHash());
    }

    @Test
    void anUntouchedChainVerifies() {
        Verification v = verify(entries, records);
        assertTrue(v.intact());
        assertTrue(v.first().isEmpty());
        assertEquals(5, v.entries());
        assertEquals(5, v.records());
        assertEquals(5, v.chainLength());
        assertEquals(entries.get(4).chainHash(), v.lastHash());
    }

    @Test
    void anEmptyLogWithNoRecordsVerifies() {
        Verification v = ChainVerifier.verify(List.of(), null, List.of(), Set.of());
        assertTrue(v.intact());
        assertEquals(0, v.chainLength());
        assertEquals(EvidenceHashes.GENESIS, v.lastHash());
    }

    @Test
    void theChainStartsFromGenesisAndLinksEachEntryToTheOneBefore() {
        assertEquals(EvidenceHashes.GENESIS, entries.get(0).previousHash());
        for (int i = 1; i < entries.size(); i++) {
            assertEquals(entries.get(i - 1).chainHash(), entries.get(i).previousHash());
            assertEquals(i + 1, entries.get(i).sequence());
        }
    }

    @Test
    void anAlteredRecordIsNamed() {
        List<LiveRecord> live = new ArrayList<>(records);
        live.set(2, attempt(1, "SM002", "100.0", true));
        Verification v = verify(entries, live);
        assertFalse(v.intact());
        Problem p = v.first().orElseThrow();
        assertEquals(Problem.Type.ALTERED_RECORD, p.type());
        assertEquals(EvidenceKind.QUIZ_ATTEMPT, p.recordKind());
        assertEquals(1L, p.recordId());
        assertEquals(3L, p.sequence());
        assertEquals("SM002", p.employeeNo());
        assertEquals(1, v.problemCount());
    }

    @Test
    void aRecordNowOfAnotherPersonIsAltered() {
        List<LiveRecord> live = new ArrayList<>(records);
        LiveRecord r = records.get(0);
        live.set(0, new LiveRecord(r.kind(), r.id(), "SM099", r.content(), true));
        assertEquals(Problem.Type.ALTERED_RECORD, verify(entries, live).first().orElseThrow().type());
    }

    @Test
    void aDeletedRecordIsMissing() {
        List<LiveRecord> live = new ArrayList<>(records);
        live.remove(3);
        Problem p = verify(entries, live).first().orElseThrow();
        assertEquals(Problem.Type.MISSING_RECORD, p.type());
        assertEquals(EvidenceKind.SIGNED_PLEDGE, p.recordKind());
        assertEquals(4L, p.sequence());
    }

    @Test
    void anAlteredEntryContentBreaksTheChain() {
        List<LoggedEntry> log = new ArrayList<>(entries);
        LoggedEntry e = log.get(1);
        String forged = e.content().replace("|1|abc", "|9|abc");
        log.set(1, with(e, forged, e.contentHash(), e.recordedAtMillis()));
        Problem p = verify(log, records).first().orElseThrow();
        assertEquals(Problem.Type.BROKEN_CHAIN, p.type());
        assertEquals(2L, p.sequence());
    }

    @Test
    void anEntryRehashedWithoutRelinkingBreaksTheChain() {
        // record and entry altered together, content hash recomputed: the chain hash no longer fits
        List<LiveRecord> live = new ArrayList<>(records);
        live.set(1, ack(2, "SM002", 7));
        List<LoggedEntry> log = new ArrayList<>(entries);
        LoggedEntry e = log.get(1);
        log.set(1, with(e, live.get(1).content(), EvidenceHashes.sha256(live.get(1).content()), e.recordedAtMillis()));
        Verification v = verify(log, live);
        assertEquals(Problem.Type.BROKEN_CHAIN, v.first().orElseThrow().type());
        assertEquals(1, v.problemCount(), "the record matches the forged entry; only the chain tells");
    }

    @Test
    void anEntryWithAnotherTimeBreaksTheChain() {
        List<LoggedEntry> log = new ArrayList<>(entries);
        LoggedEntry e = log.get(2);
        log.set(2, with(e, e.content(), e.contentHash(), e.recordedAtMillis() + 1));
        Problem p = verify(log, records).first().orElseThrow();
        assertEquals(Problem.Type.BROKEN_CHAIN, p.type());
        assertEquals(3L, p.sequence());
    }

    @Test
    void aRemovedEntryIsAGapAtItsNumber() {
        List<LoggedEntry> log = new ArrayList<>(entries);
        log.remove(1);
        Verification v = verify(log, records);
        Problem p = v.first().orElseThrow();
        assertEquals(Problem.Type.GAP, p.type());
        assertEquals(2L, p.sequence());
        assertNull(p.recordKind());
        // its record then has no entry either, reported after the walk
        assertEquals(Problem.Type.UNLOGGED_RECORD, v.problems().get(v.problems().size() - 1).type());
    }

    @Test
    void aRemovedLastEntryIsAGapAgainstTheHead() {
        List<LoggedEntry> log = new ArrayList<>(entries.subList(0, 4));
        Problem p = verify(log, records.subList(0, 4)).first().orElseThrow();
        assertEquals(Problem.Type.GAP, p.type());
        assertEquals(5L, p.sequence());
    }

    @Test
    void aRecordWithoutEntryIsUnlogged() {
        List<LiveRecord> live = new ArrayList<>(records);
        live.add(ack(4, "SM004", 1));
        Problem p = verify(entries, live).first().orElseThrow();
        assertEquals(Problem.Type.UNLOGGED_RECORD, p.type());
        assertEquals(EvidenceKind.ACKNOWLEDGEMENT, p.recordKind());
        assertEquals(4L, p.recordId());
        assertNull(p.sequence());
    }

    @Test
    void anAttemptInProgressNeedsNoEntryAndOneLoggedMeanwhileIsNotUnlogged() {
        List<LiveRecord> live = new ArrayList<>(records);
        live.add(attempt(2, "SM005", "-", false));
        live.add(ack(5, "SM005", 1));
        Verification v = ChainVerifier.verify(entries, headOf(entries), live,
                Set.of(new LiveRecord.RecordKey(EvidenceKind.ACKNOWLEDGEMENT, 5)));
        assertTrue(v.intact(), () -> String.valueOf(v.first()));
    }

    @Test
    void theFirstProblemInSequenceOrderComesFirst() {
        List<LiveRecord> live = new ArrayList<>(records);
        live.set(4, ack(3, "SM003", 9));
        live.set(0, ack(1, "SM001", 9));
        Verification v = verify(entries, live);
        assertEquals(1L, v.first().orElseThrow().sequence());
        assertEquals(2, v.problemCount());
    }

    @Test
    void entriesAreWalkedInSequenceOrderWhateverOrderTheyComeIn() {
        List<LoggedEntry> shuffled = new ArrayList<>(entries);
        java.util.Collections.reverse(shuffled);
        assertTrue(verify(shuffled, records).intact());
    }

    @Test
    void aForgedHeadBreaksTheChain() {
        Verification v = ChainVerifier.verify(entries, new ChainVerifier.Head(5, EvidenceHashes.GENESIS), records,
                Set.of());
        assertEquals(Problem.Type.BROKEN_CHAIN, v.first().orElseThrow().type());
        assertNotEquals(0, v.problemCount());
    }
}
