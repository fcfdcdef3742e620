package org.shoumi.portal.evidence.control;

import java.util.Optional;

/**
 * The chain's length and last hash as a node last saw them, kept outside the database: if the database goes back to
 * an earlier state (an earlier backup restored), the chain it holds no longer has this entry, which the database
 * alone cannot tell. One line: the length, a space, the hash.
 */
public record ChainAnchor(long length, String hash) {

    /** What was found on start, compared with the anchor. */
    public enum Finding {
        /** The chain holds the anchored entry (and maybe more after it). */
        HOLDS,
        /** The chain is shorter than it was. */
        SHORTER,
        /** The chain has an entry at the anchored place, but another one: it was replaced. */
        REPLACED
    }

    public String line() {
        return length + " " + hash + "\n";
    }

    /** The anchor a file held; empty for anything else (a file cut short is no anchor, and is written anew). */
    public static Optional<ChainAnchor> parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split(" ");
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return Optional.of(new ChainAnchor(Long.parseLong(parts[0]), parts[1]));
    }

    /**
     * Compares with the chain found: its length now and its hash at the anchored place (empty when it is shorter).
     * An anchor at length 0 (an empty chain) is held by any chain.
     */
    public Finding compare(long lengthNow, Optional<String> hashAtAnchoredPlace) {
        if (length == 0) {
            return Finding.HOLDS;
        }
        if (lengthNow < length || hashAtAnchoredPlace.isEmpty()) {
            return Finding.SHORTER;
        }
        return hashAtAnchoredPlace.get().equals(hash) ? Finding.HOLDS : Finding.REPLACED;
    }
}
