package org.shoumi.portal.incidents.control;

import java.util.Optional;
import org.shoumi.portal.incidents.entity.AttachmentType;

/** What an uploaded attachment is, by its first bytes (the name and the browser's media type are not trusted). */
public final class Attachments {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    private Attachments() {
    }

    /** PNG, JPEG or PDF; empty for anything else (also for no bytes). */
    public static Optional<AttachmentType> type(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of(AttachmentType.PNG);
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of(AttachmentType.JPEG);
        }
        if (startsWith(bytes, PDF)) {
            return Optional.of(AttachmentType.PDF);
        }
        return Optional.empty();
    }

    /** The SHA-256 of the bytes, lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
