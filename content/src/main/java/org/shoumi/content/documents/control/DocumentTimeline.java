package org.shoumi.content.documents.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.shoumi.content.documents.entity.DocumentVersion;

/**
 * Which version of a document is in force on a day, and which version people must at least have acknowledged:
 * the newest version in force that changed the substance. A later non-material version (a typo fixed) does not
 * ask anyone to acknowledge again.
 */
public final class DocumentTimeline {

    private DocumentTimeline() {
    }

    /** The newest version whose effective date has come; empty when none is in force yet. */
    public static Optional<DocumentVersion> current(List<DocumentVersion> versions, LocalDate today) {
        return versions.stream()
                .filter(v -> !v.getEffective().isAfter(today))
                .max(Comparator.comparingInt(DocumentVersion::getVersion));
    }

    /** The lowest version number an acknowledgement must have to count, on that day; 0 when nothing is in force. */
    public static int requiredVersion(List<DocumentVersion> versions, LocalDate today) {
        return versions.stream()
                .filter(v -> !v.getEffective().isAfter(today) && v.isMaterialChange())
                .mapToInt(DocumentVersion::getVersion)
                .max().orElse(0);
    }

    /**
     * The first day a version is no longer in force: the earliest effective date of the later versions (a later
     * version in force replaces it); empty while no later version is published. A version replaced on or before its
     * own effective date was never in force ({@link #neverInForce}).
     */
    public static Optional<LocalDate> replacedOn(List<DocumentVersion> versions, DocumentVersion version) {
        return versions.stream().filter(v -> v.getVersion() > version.getVersion())
                .map(DocumentVersion::getEffective).min(Comparator.naturalOrder());
    }

    /** True when a later version took effect on or before this one's effective date: nobody was ever asked to read it. */
    public static boolean neverInForce(List<DocumentVersion> versions, DocumentVersion version) {
        return replacedOn(versions, version).filter(end -> !end.isAfter(version.getEffective())).isPresent();
    }

    /** Versions published but not yet in force. */
    public static List<DocumentVersion> upcoming(List<DocumentVersion> versions, LocalDate today) {
        return versions.stream().filter(v -> v.getEffective().isAfter(today))
                .sorted(Comparator.comparingInt(DocumentVersion::getVersion)).toList();
    }
}
