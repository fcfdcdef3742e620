package org.shoumi.content.documents.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
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
     * The version whose reading a material version asks for: the one in force on the material version's effective
     * day, where {@link #requiredVersion} starts counting its flag. That is the version itself, or a later one when
     * it was replaced before that day (version 2, a material change from day D, then version 3, a wording fix also
     * from D: on D everyone who read only version 1 must read version 3). Empty for a version that is no material
     * change, or whose day leaves no version in force.
     */
    public static Optional<DocumentVersion> carrier(List<DocumentVersion> versions, DocumentVersion version) {
        if (!version.isMaterialChange()) {
            return Optional.empty();
        }
        return current(versions, version.getEffective());
    }

    /**
     * The material versions before {@code version} that were replaced before their day and whose reading
     * {@code version} asks for in their stead ({@link #carrier}), oldest first: a wording fix that carries them
     * asks everyone to read again, as they would have. Empty for most versions.
     */
    public static List<DocumentVersion> carried(List<DocumentVersion> versions, DocumentVersion version) {
        return versions.stream().filter(v -> v.getVersion() < version.getVersion())
                .filter(v -> carrier(versions, v).filter(c -> c.getVersion() == version.getVersion()).isPresent())
                .sorted(Comparator.comparingInt(DocumentVersion::getVersion)).toList();
    }

    /**
     * Whether {@code version} asks the people concerned to read again once it is in force: it is a material change
     * or carries one ({@link #carried}); the same answer {@link #requiredVersion} gives on that day.
     */
    public static boolean asksToReadAgain(List<DocumentVersion> versions, DocumentVersion version) {
        return version.isMaterialChange() || !carried(versions, version).isEmpty();
    }

    /** Versions published but not yet in force. */
    public static List<DocumentVersion> upcoming(List<DocumentVersion> versions, LocalDate today) {
        return versions.stream().filter(v -> v.getEffective().isAfter(today))
                .sorted(Comparator.comparingInt(DocumentVersion::getVersion)).toList();
    }

    /**
     * When a version was in force, to the moment: from its effective day, or from its publication when it was
     * published on or after that day (three versions published on one morning, all effective that day, each held
     * for the minutes until the next one); until the next version took over ({@code until} null while none has). A
     * version the content pack shipped counts from its effective day, whenever the pack was installed.
     */
    public record Period(Instant from, Instant until) {

        /** Replaced before it took effect: nobody was ever asked to read it. */
        public boolean neverInForce() {
            return until != null && !until.isAfter(from);
        }
    }

    /**
     * The version in force at a moment ({@link #period}): the newest whose time had come, so that a version published
     * the same day after the moment is not yet in force at it; empty when none was in force yet.
     */
    public static Optional<DocumentVersion> at(List<DocumentVersion> versions, Instant moment, ZoneId zone,
                                               Predicate<DocumentVersion> shipped) {
        return versions.stream().filter(v -> !from(v, zone, shipped).isAfter(moment))
                .max(Comparator.comparingInt(DocumentVersion::getVersion));
    }

    public static Period period(List<DocumentVersion> versions, DocumentVersion version, ZoneId zone,
                                Predicate<DocumentVersion> shipped) {
        Instant from = from(version, zone, shipped);
        Instant until = versions.stream().filter(v -> v.getVersion() > version.getVersion())
                .map(v -> from(v, zone, shipped)).min(Comparator.naturalOrder()).orElse(null);
        return new Period(from, until);
    }

    private static Instant from(DocumentVersion version, ZoneId zone, Predicate<DocumentVersion> shipped) {
        Instant effective = version.getEffective().atStartOfDay(zone).toInstant();
        Instant published = version.getPublishedAt();
        return shipped.test(version) || published == null || published.isBefore(effective) ? effective : published;
    }
}
