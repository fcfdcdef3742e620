package org.shoumi.portal.pledges.control;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.shoumi.content.documents.entity.PledgeKind;

/**
 * What changed in a pledge template since the version a person signed: the 修改说明 of each later version up to the
 * one they are asked to sign now, as the reading page shows them for rules and duties. The officer must write one
 * for a material change "for the people who read it again"; re-signing showed none (outside check).
 */
public final class PledgeChanges {

    /** One later version and its 修改说明. */
    public record Change(int version, String note) implements Serializable {
    }

    /** The version the person signed and the changes since; {@code changes} in version order. */
    public record Since(int signedVersion, List<Change> changes) implements Serializable {
    }

    private PledgeChanges() {
    }

    /**
     * Whether a pledge of this kind is signed again after a change of its template: the agreement, the yearly
     * in-post pledge and the letters. Onboarding and exit pledges follow their programmes, a topic pledge its issue.
     */
    public static boolean signedAgain(PledgeKind kind) {
        return kind == PledgeKind.AGREEMENT || kind == PledgeKind.IN_POST || kind == PledgeKind.RESPONSIBILITY
                || kind == PledgeKind.LIAISON;
    }

    /**
     * The notes of the versions after {@code signed} up to {@code current} (those with a note), given every version
     * of the template with its note (null: none); empty when the person signed none of it (0) or signed the current
     * version or a later one, or no version in between has a note.
     */
    public static Optional<Since> since(List<Change> versions, int signed, int current) {
        if (signed <= 0 || signed >= current) {
            return Optional.empty();
        }
        List<Change> changes = versions.stream()
                .filter(v -> v.version() > signed && v.version() <= current && v.note() != null
                        && !v.note().isBlank())
                .sorted(java.util.Comparator.comparingInt(Change::version)).toList();
        return changes.isEmpty() ? Optional.empty() : Optional.of(new Since(signed, changes));
    }
}
