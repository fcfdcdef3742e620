package org.shoumi.portal.evidence.control;

import java.util.Objects;
import org.shoumi.portal.evidence.entity.EvidenceKind;

/**
 * A record as it is in the database now, with its canonical content; {@code employeeNo} is null for a record
 * tied to no person (a step of an anonymous incident report). {@code evidential} is false for a record
 * that is not (yet) evidence, such as a quiz attempt still in progress: it needs no entry.
 */
public record LiveRecord(EvidenceKind kind, long id, String employeeNo, String content, boolean evidential) {

    public LiveRecord {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(content);
    }

    public RecordKey key() {
        return new RecordKey(kind, id);
    }

    /** Which record: its kind and id. Ordered by kind, then id. */
    public record RecordKey(EvidenceKind kind, long id) implements Comparable<RecordKey> {
        @Override
        public int compareTo(RecordKey o) {
            int c = kind.compareTo(o.kind);
            return c != 0 ? c : Long.compare(id, o.id);
        }
    }
}
