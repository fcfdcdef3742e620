package org.shoumi.content.documents.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Whether a release's version of a document the installation already holds is taken at the start: the in-post
 * pledge's first wording certified training and a self-inspection the signer's record might not hold, and a
 * corrected wording shipped in the pack reached only new installations (outside check). Plain values in, plain
 * answers out.
 */
public final class PackReleases {

    /** Who the records name as the publisher of a version that came with the pack. */
    public static final String PACK_PUBLISHER = "content-pack";

    /** What happens to the pack's version. */
    public enum Outcome {
        /** Stored as the document's next version. */
        TAKEN,
        /** The pack's version is not later than the latest stored: nothing to do. */
        KNOWN,
        /** A version published in the portal is stored: the unit's wording stands. */
        UNITS_OWN,
        /** A material change: its people would owe it again with nobody told; an officer publishes it. */
        MATERIAL
    }

    /** The outcome, and for a version taken the day it comes into force. */
    public record Release(Outcome outcome, LocalDate effective) {
    }

    /** A stored version: its number, its day in force and who published it. */
    public record Stored(int version, LocalDate effective, String publishedBy) {
    }

    private PackReleases() {
    }

    /**
     * The pack's version {@code version} (from {@code effective}, material or not) of a document whose versions
     * {@code stored} are kept: taken when it is later than every stored one, all of which came with the pack, and it
     * is a wording fix; in force from the pack's day, or {@code today} when that is earlier, or the latest stored
     * version's day when that is later still.
     */
    public static Release take(int version, LocalDate effective, boolean material, List<Stored> stored,
                               LocalDate today) {
        Objects.requireNonNull(today);
        int latest = stored.stream().mapToInt(Stored::version).max().orElse(0);
        if (version <= latest) {
            return new Release(Outcome.KNOWN, null);
        }
        if (stored.stream().anyMatch(s -> !PACK_PUBLISHER.equals(s.publishedBy()))) {
            return new Release(Outcome.UNITS_OWN, null);
        }
        if (material) {
            return new Release(Outcome.MATERIAL, null);
        }
        LocalDate from = effective == null || effective.isBefore(today) ? today : effective;
        for (Stored s : stored) {
            if (s.effective() != null && s.effective().isAfter(from)) {
                from = s.effective();
            }
        }
        return new Release(Outcome.TAKEN, from);
    }
}
