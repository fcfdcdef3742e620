package org.shoumi.portal.pledges.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * A signature drawn in the browser arrives as a PNG data URL. It is accepted when it is a real PNG of sensible
 * size with enough ink on it to be a signature and not a stray click.
 */
public final class SignatureImage {

    public static final int MAX_BYTES = 512 * 1024;
    private static final String PREFIX = "data:image/png;base64,";
    /** at least this many dark pixels: a dot or a short dash is not a signature */
    static final int MIN_INK_PIXELS = 150;

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
        if (png.length > MAX_BYTES || inkPixels(png) < MIN_INK_PIXELS) {
            return Optional.empty();
        }
        return Optional.of(png);
    }

    /** Pixels that are visibly drawn (opaque and dark); -1 when the bytes are no image. */
    static int inkPixels(byte[] png) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        if (image == null || image.getWidth() > 4000 || image.getHeight() > 4000) {
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
