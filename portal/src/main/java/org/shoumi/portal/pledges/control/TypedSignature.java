package org.shoumi.portal.pledges.control;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * A signature typed as text in an ordinary field (the keyboard-only way to sign, with or without an input method):
 * the server writes the name into a picture the size of the signing pad, in the bundled CJK font, so the signature
 * is the same picture whatever browser, fonts or input method the signer has. The picture then goes through
 * {@link SignatureImage} like a drawn one.
 */
public final class TypedSignature {

    /** The longest name taken, as the typed-name field's limit. */
    public static final int MAX_LENGTH = 50;
    static final int WIDTH = 480;
    static final int HEIGHT = 180;
    private static final int MARGIN = 16;
    private static final float LARGEST = 64f;
    private static final float SMALLEST = 12f;

    private TypedSignature() {
    }

    /**
     * The PNG of the typed text, or empty when nothing printable was typed or it is longer than
     * {@link #MAX_LENGTH}. Controls and format characters are dropped; the text is drawn as large as fits the pad.
     */
    public static Optional<byte[]> png(String typed) {
        String text = clean(typed);
        if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX_LENGTH) {
            return Optional.empty();
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            FontRenderContext context = g.getFontRenderContext();
            // as large as fits between the margins (a long name gets smaller, never below SMALLEST)
            Font font = org.shoumi.portal.printing.CjkFont.awt().deriveFont(LARGEST);
            double wide = font.getStringBounds(text, context).getWidth();
            if (wide > WIDTH - 2 * MARGIN) {
                font = font.deriveFont(Math.max(SMALLEST, (float) (LARGEST * (WIDTH - 2 * MARGIN) / wide)));
            }
            Rectangle2D bounds = font.getStringBounds(text, context);
            g.setFont(font);
            g.setColor(Color.BLACK);
            float x = (float) Math.max(MARGIN, (WIDTH - bounds.getWidth()) / 2 - bounds.getX());
            float y = (float) ((HEIGHT - bounds.getHeight()) / 2 - bounds.getY());
            g.drawString(text, x, y);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(out.toByteArray());
    }

    /**
     * Whether the typed signature is the signer's name on the roster: both read with full-width forms made half-width
     * (NFKC) and every space dropped, after the text is cleaned as it is drawn ({@link #clean}: an invisible
     * right-to-left mark is dropped, and 非小孙 typed after it is not 孙小非). Anything else (another person's name,
     * "同意") is not a signature of this person (outside check: a U+202E before the reversed name was accepted and
     * drawn reversed into the signed PDF).
     */
    public static boolean isName(String typed, String rosterName) {
        String signed = key(clean(typed));
        return !signed.isEmpty() && signed.equals(key(rosterName));
    }

    private static String key(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(name.length());
        Normalizer.normalize(name, Normalizer.Form.NFKC).codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                        && Character.getType(c) != Character.FORMAT)
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    /** The text as it is drawn: NFC, without control or format characters, spaces at the ends stripped. */
    static String clean(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        Normalizer.normalize(typed, Normalizer.Form.NFC).codePoints().filter(c -> {
            int type = Character.getType(c);
            return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                    && type != Character.UNASSIGNED && type != Character.PRIVATE_USE;
        }).forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }
}
