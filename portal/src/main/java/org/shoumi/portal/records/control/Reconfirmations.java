package org.shoumi.portal.records.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shoumi.content.documents.control.DocumentTimeline;
import org.shoumi.content.documents.entity.DocumentVersion;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * What a person's secrecy file says is still owed after a material change: a document or pledge whose version in
 * force changed in substance after the person confirmed or signed an older one (第 N 版（实质性修改，自 … 起施行）未确认).
 * The file listed only the old confirmation or signature, as if nothing were owed (outside check).
 */
public final class Reconfirmations {

    private Reconfirmations() {
    }

    /**
     * The re-confirmation owed on a document (or pledge template) of these versions by someone whose newest
     * confirmation or signature of it is {@code confirmed} (0 when none: then nothing is re-confirmed, it is simply
     * owed): the version in force, by its title, and the day the material version that re-opened it took effect;
     * empty when the confirmation is of that material version or newer, or nothing is in force.
     */
    public static Optional<SecrecyFile.Owed> owed(List<DocumentVersion> versions, int confirmed, boolean pledge,
                                                  LocalDate today) {
        if (confirmed <= 0) {
            return Optional.empty();
        }
        Optional<DocumentVersion> current = DocumentTimeline.current(versions, today);
        int required = DocumentTimeline.requiredVersion(versions, today);
        if (current.isEmpty() || confirmed >= required) {
            return Optional.empty();
        }
        LocalDate since = versions.stream().filter(v -> v.getVersion() == required)
                .map(DocumentVersion::getEffective).findFirst().orElse(current.get().getEffective());
        return Optional.of(new SecrecyFile.Owed(pledge, current.get().getTitle(), current.get().getVersion(), since));
    }

    /** One signed pledge as this rule reads it: its kind, template key, version and when it was signed. */
    public record Signature(PledgeKind kind, String templateKey, int version, Instant signedAt) {
    }

    /**
     * The pledges a material change re-opened that the person still owes, as {@code SpecialPledges} asks for them:
     * the agreement of anyone still in the unit who signed an older version, and the in-post pledge of a
     * secret-related person in post whose pledge this year (signed from {@code yearStarts}) is on an older version.
     * {@code templates}: each pledge template's versions by its key.
     */
    public static List<SecrecyFile.Owed> pledges(Map<String, List<DocumentVersion>> templates,
                                                 Collection<Signature> signed, EmployeeStatus status,
                                                 SecrecyClass secrecyClass, Instant yearStarts, LocalDate today) {
        return pledges(templates, signed, status, false, secrecyClass, yearStarts, today);
    }

    /**
     * {@link #pledges(Map, Collection, EmployeeStatus, SecrecyClass, Instant, LocalDate)} with the person's
     * departure: the in-post pledge is not owed while their 离岗 or 离职 is open ({@code leaving}; a hand-over or a
     * lowering that keeps them in post is none), as the portal no longer asks for it nor takes it then.
     */
    public static List<SecrecyFile.Owed> pledges(Map<String, List<DocumentVersion>> templates,
                                                 Collection<Signature> signed, EmployeeStatus status, boolean leaving,
                                                 SecrecyClass secrecyClass, Instant yearStarts, LocalDate today) {
        List<SecrecyFile.Owed> owed = new ArrayList<>();
        if (status != EmployeeStatus.LEFT_UNIT) {
            pledge(templates, signed, PledgeKind.AGREEMENT, Instant.EPOCH, today).ifPresent(owed::add);
        }
        if (status == EmployeeStatus.ACTIVE && !leaving && secrecyClass.isSecretRelated()) {
            pledge(templates, signed, PledgeKind.IN_POST, yearStarts, today).ifPresent(owed::add);
        }
        return owed;
    }

    private static Optional<SecrecyFile.Owed> pledge(Map<String, List<DocumentVersion>> templates,
                                                     Collection<Signature> signed, PledgeKind kind, Instant from,
                                                     LocalDate today) {
        // the template in force of this kind, as signing takes it: the first whose version in force is of the kind
        for (Map.Entry<String, List<DocumentVersion>> t : templates.entrySet()) {
            Optional<DocumentVersion> current = DocumentTimeline.current(t.getValue(), today);
            if (current.isPresent() && current.get().getPledgeKind() == kind) {
                int newest = signed.stream().filter(s -> s.kind() == kind && s.templateKey().equals(t.getKey())
                        && !s.signedAt().isBefore(from)).mapToInt(Signature::version).max().orElse(0);
                return owed(t.getValue(), newest, true, today);
            }
        }
        return Optional.empty();
    }
}
