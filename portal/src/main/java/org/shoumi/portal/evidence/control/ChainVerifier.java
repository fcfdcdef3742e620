package org.shoumi.portal.evidence.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Verifies the evidence log against the live records, as plain Java. It walks the entries in sequence order
 * from the genesis value and, for each one, checks that no sequence number is missing (GAP), that the content
 * hash and the chain hash recompute and link to the entry before (BROKEN_CHAIN), that the record still exists
 * (MISSING_RECORD) and still has the logged content (ALTERED_RECORD); then that the chain head matches the last
 * entry (an entry removed at the end is a GAP) and that every evidential record has an entry (UNLOGGED_RECORD).
 * After a gap or a break the walk resynchronises on the stored hashes, so one tampering is reported once.
 */
public final class ChainVerifier {

    public static final int MAX_PROBLEMS = 100;

    private ChainVerifier() {
    }

    /**
     * @param entries      the entries, in any order
     * @param head         last sequence number and hash of the chain head; null when there is no head yet
     * @param records      the live records of every kind
     * @param loggedLater  records whose entry was appended after {@code entries} was read (a verification
     *                     racing an append); they are not reported as unlogged
     */
    public static Verification verify(List<LoggedEntry> entries, Head head, List<LiveRecord> records,
                                      Set<LiveRecord.RecordKey> loggedLater) {
        List<Problem> problems = new ArrayList<>();
        int[] count = {0};
        Map<LiveRecord.RecordKey, LiveRecord> live = records.stream()
                .collect(Collectors.toMap(LiveRecord::key, Function.identity(), (a, b) -> a));
        Set<LiveRecord.RecordKey> seen = new HashSet<>();
        String previous = EvidenceHashes.GENESIS;
        long expected = 1;
        List<LoggedEntry> walk = entries.stream().sorted(Comparator.comparingLong(LoggedEntry::sequence)).toList();
        for (LoggedEntry e : walk) {
            if (e.sequence() != expected) {
                report(problems, count, new Problem(Problem.Type.GAP, expected, null, null, null));
                previous = e.previousHash();
            }
            boolean hashesHold = EvidenceHashes.sha256(e.content()).equals(e.contentHash())
                    && previous.equals(e.previousHash())
                    && EvidenceHashes.chain(e.previousHash(), e.contentHash(), e.sequence(), e.recordedAtMillis())
                    .equals(e.chainHash());
            if (!hashesHold) {
                report(problems, count, problem(Problem.Type.BROKEN_CHAIN, e));
            }
            LiveRecord record = live.get(e.key());
            if (record == null) {
                report(problems, count, problem(Problem.Type.MISSING_RECORD, e));
            } else if (!record.content().equals(e.content()) || !java.util.Objects.equals(record.employeeNo(), e.employeeNo())) {
                report(problems, count, problem(Problem.Type.ALTERED_RECORD, e));
            }
            seen.add(e.key());
            previous = e.chainHash();
            expected = e.sequence() + 1;
        }
        long last = expected - 1;
        if (head != null) {
            if (head.lastSequence() > last) {
                report(problems, count, new Problem(Problem.Type.GAP, last + 1, null, null, null));
            } else if (head.lastSequence() < last || !head.lastHash().equals(previous)) {
                report(problems, count, new Problem(Problem.Type.BROKEN_CHAIN, head.lastSequence(), null, null, null));
            }
        } else if (!walk.isEmpty()) {
            report(problems, count, new Problem(Problem.Type.BROKEN_CHAIN, last, null, null, null));
        }
        List<LiveRecord> evidential = records.stream().filter(LiveRecord::evidential)
                .sorted(Comparator.comparing(LiveRecord::key)).toList();
        for (LiveRecord r : evidential) {
            if (!seen.contains(r.key()) && !loggedLater.contains(r.key())) {
                report(problems, count, new Problem(Problem.Type.UNLOGGED_RECORD, null, r.kind(), r.id(), r.employeeNo()));
            }
        }
        String lastHash = head != null ? head.lastHash() : previous;
        long length = head != null ? head.lastSequence() : last;
        return new Verification(problems, count[0], walk.size(), evidential.size(), length, lastHash);
    }

    private static Problem problem(Problem.Type type, LoggedEntry e) {
        return new Problem(type, e.sequence(), e.kind(), e.recordId(), e.employeeNo());
    }

    private static void report(List<Problem> problems, int[] count, Problem p) {
        count[0]++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(p);
        }
    }

    /** The chain head as stored. */
    public record Head(long lastSequence, String lastHash) {
    }
}
