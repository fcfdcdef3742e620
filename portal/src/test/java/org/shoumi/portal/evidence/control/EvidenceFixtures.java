package org.shoumi.portal.evidence.control;

import java.util.ArrayList;
import java.util.List;
import org.shoumi.portal.evidence.entity.EvidenceKind;

/** Records and a chain built over them, for the verifier's tests. */
final class EvidenceFixtures {

    private EvidenceFixtures() {
    }

    static LiveRecord ack(long id, String no, int version) {
        return new LiveRecord(EvidenceKind.ACKNOWLEDGEMENT, id, no,
                "ACKNOWLEDGEMENT|v1|" + id + "|" + no + "|rules.general|" + version + "|abc|2026-11-30T10:00:00.000000000|45",
                true);
    }

    static LiveRecord attempt(long id, String no, String percent, boolean finished) {
        return new LiveRecord(EvidenceKind.QUIZ_ATTEMPT, id, no,
                "QUIZ_ATTEMPT|v1|" + id + "|" + no + "|ONBOARDING|1|SUBMITTED|" + percent + "|true|-|x", finished);
    }

    static LiveRecord pledge(long id, String no) {
        return new LiveRecord(EvidenceKind.SIGNED_PLEDGE, id, no, "SIGNED_PLEDGE|v1|" + id + "|" + no + "|p", true);
    }

    /** The chain the log would hold after appending the records in this order. */
    static List<LoggedEntry> chain(List<LiveRecord> records) {
        List<LoggedEntry> entries = new ArrayList<>();
        String previous = EvidenceHashes.GENESIS;
        long seq = 1;
        for (LiveRecord r : records) {
            LoggedEntry e = EvidenceChain.link(previous, seq, r, 1_700_000_000_000L + seq);
            entries.add(e);
            previous = e.chainHash();
            seq++;
        }
        return entries;
    }

    static ChainVerifier.Head headOf(List<LoggedEntry> entries) {
        LoggedEntry last = entries.get(entries.size() - 1);
        return new ChainVerifier.Head(last.sequence(), last.chainHash());
    }
}
