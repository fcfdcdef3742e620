package org.shoumi.portal.evidence.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hashes of the evidence log. The content hash is SHA-256 of the UTF-8 content; the chain hash of entry n
 * is SHA-256(chain hash of n-1 ‖ content hash of n ‖ "n|recordedAtMillis"), all hashes as their 32 raw bytes,
 * the first entry chaining from {@link #GENESIS} (32 zero bytes). Including sequence and time protects those
 * columns of an entry as well.
 */
public final class EvidenceHashes {

    public static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();

    private EvidenceHashes() {
    }

    public static String sha256(byte[] bytes) {
        return HEX.formatHex(digest().digest(bytes));
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String chain(String previousChainHash, String contentHash, long sequence, long recordedAtMillis) {
        MessageDigest d = digest();
        d.update(HEX.parseHex(previousChainHash));
        d.update(HEX.parseHex(contentHash));
        d.update((sequence + "|" + recordedAtMillis).getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(d.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
