package org.shoumi.quizzes.bank.control;

import java.util.List;

/**
 * What the content pack does at start-up to one question of the bank (a lineage: the pack question's key and every
 * version after it). The pack speaks only for its own text: a version the pack wrote is replaced when the pack reads
 * differently (a new release), but a version a secrecy officer wrote stands until an officer changes it. A start-up
 * with the same pack changes nothing; a release that rewrites a question the officer revised keeps the officer's
 * version and says so ({@link Step#OFFICERS_KEPT}), and a question an officer retired stays retired. (An outside check
 * found every restart re-importing the pack's wording over the officer's correction, as a version attributed to the
 * pack.)
 */
public final class PackRelease {

    /** Who the versions the pack itself wrote name as their author. */
    public static final String PACK = "content-pack";

    /** What the start-up does to the lineage. */
    public enum Step {
        /** The bank lacks the question: version 1 with the pack's text. */
        ADD,
        /** The version in use reads as the pack does, or the officer's version stands and the pack did not change. */
        UNCHANGED,
        /** The pack's own version is in use and the pack reads differently: a new version with the pack's text. */
        REVISE,
        /** An officer's version is in use and the pack brings a new text of its own: the officer's stays, said so. */
        OFFICERS_KEPT,
        /** The latest version is retired (by an officer): it stays retired. */
        RETIRED
    }

    /**
     * One version of the lineage as the rule needs it: who wrote it ({@code createdBy}, null on rows from before
     * authors were kept), its number, whether it is in use, and whether it reads as the pack reads now.
     */
    public record Version(String createdBy, int number, boolean active, boolean readsAsPack) {
    }

    private PackRelease() {
    }

    /** Whether the pack wrote this version: its author is the pack, or a first version with no author kept. */
    public static boolean fromPack(String createdBy, int number) {
        return PACK.equals(createdBy) || createdBy == null && number <= 1;
    }

    /** The step for a lineage whose versions are given oldest first (none: the bank lacks it). */
    public static Step step(List<Version> versions) {
        if (versions.isEmpty()) {
            return Step.ADD;
        }
        Version latest = versions.get(versions.size() - 1);
        if (!latest.active()) {
            return Step.RETIRED;
        }
        if (latest.readsAsPack()) {
            return Step.UNCHANGED;
        }
        if (fromPack(latest.createdBy(), latest.number())) {
            return Step.REVISE;
        }
        // an officer's version is in use: the pack changed only if it now reads otherwise than its own last version
        Version packsLast = null;
        for (Version v : versions) {
            if (fromPack(v.createdBy(), v.number())) {
                packsLast = v;
            }
        }
        return packsLast == null || packsLast.readsAsPack() ? Step.UNCHANGED : Step.OFFICERS_KEPT;
    }
}
