package org.shoumi.portal.pledges.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * A signature drawn in the browser arrives as a PNG data URL. It is accepted when it is a real PNG of sensible
 * size with enough ink on it to be a signature and not a stray click. The size is read from the PNG header before
 * the image is decoded: a PNG of a few hundred KB can claim 20,000 × 20,000 pixels, and decoding it would take
 * gigabytes.
 */
public final class SignatureImage {

    public static final int MAX_BYTES = 512 * 1024;
    private static final String PREFIX = "data:image/png;base64,";
    /** at least this many dark pixels: a dot or a short dash is not a signature */
    static final int MIN_INK_PIXELS = 150;
    /**
     * The largest image accepted. The pad on the signing page is at most 480 × 180 pixels (PrimeFaces' signature
     * draws its canvas at CSS size); this leaves a wide margin, and decoded it is at most 8 MB.
     */
    static final int MAX_WIDTH = 2000;
    static final int MAX_HEIGHT = 1000;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private SignatureImage() {
    }

    /** The PNG bytes of a drawn signature, or empty when there is none or it is not usable. */
    public static Optional<byte[]> decode(String dataUrl) {
        if (dataUrl == null || !dataUrl.startsWith(PREFIX) || dataUrl.length() > MAX_BYTES * 4 / 3 + PREFIX.length() + 4) {
            return Optional.empty();
        }
        byte[] png;
        try {
            png = Base64.getDecoder().decode(dataUrl.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return accepted(png);
    }

    /**
     * The PNG when it is usable as a signature (at most {@link #MAX_BYTES}, of sensible size, with enough ink), or
     * empty: the same check for a drawn signature and for one the server wrote from a typed name.
     */
    public static Optional<byte[]> accepted(byte[] png) {
        if (png == null || png.length > MAX_BYTES || !sensibleSize(png) || inkPixels(png) < MIN_INK_PIXELS) {
            return Optional.empty();
        }
        return Optional.of(png);
    }

    /**
     * Whether the bytes start as a PNG does (its signature, then the IHDR chunk) and the width and height in that
     * header are within {@link #MAX_WIDTH} × {@link #MAX_HEIGHT}. Nothing is decoded.
     */
    static boolean sensibleSize(byte[] png) {
        // signature (8 bytes), then the first chunk, which must be IHDR: length (4), type (4), width (4), height (4)
        if (png.length < 24 || !Arrays.equals(png, 0, 8, PNG_SIGNATURE, 0, 8)
                || !"IHDR".equals(new String(png, 12, 4, StandardCharsets.US_ASCII))) {
            return false;
        }
        ByteBuffer header = ByteBuffer.wrap(png); // big-endian, as PNG is
        long width = Integer.toUnsignedLong(header.getInt(16));
        long height = Integer.toUnsignedLong(header.getInt(20));
        return width > 0 && height > 0 && width <= MAX_WIDTH && height <= MAX_HEIGHT;
    }

    /** Pixels that are visibly drawn (opaque and dark); -1 when the bytes are no image. */
    static int inkPixels(byte[] png) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        if (image == null || image.getWidth() > MAX_WIDTH || image.getHeight() > MAX_HEIGHT) {
            return -1;
        }
        int ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                int r = (argb >> 16) & 0xff;
                int g = (argb >> 8) & 0xff;
                int b = argb & 0xff;
                if (alpha > 128 && (r + g + b) / 3 < 128) {
                    ink++;
                }
            }
        }
        return ink;
    }
}
