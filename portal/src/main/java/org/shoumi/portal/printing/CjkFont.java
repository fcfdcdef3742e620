package org.shoumi.portal.printing;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.shoumi.quizzes.certificates.control.CertificatePdf;

/**
 * The bundled CJK font (WenQuanYi Micro Hei, the one the PDFs embed) as an AWT font, for what is drawn as a picture
 * rather than printed as text: the year report's charts and a signature typed instead of handwritten. Read from the
 * bundled collection once, when first asked for.
 */
public final class CjkFont {

    private CjkFont() {
    }

    /** The font at size 1; derive the size needed. */
    public static Font awt() {
        return Holder.BASE;
    }

    private static final class Holder {

        static final Font BASE = load();

        private static Font load() {
            try (InputStream in = CertificatePdf.class.getResourceAsStream(CertificatePdf.FONT)) {
                if (in == null) {
                    throw new IOException("missing " + CertificatePdf.FONT);
                }
                Font[] faces = Font.createFonts(in);
                for (Font f : faces) {
                    if ("WenQuanYiMicroHei".equals(f.getPSName())) {
                        return f;
                    }
                }
                return faces[0];
            } catch (IOException | FontFormatException e) {
                throw new UncheckedIOException("the bundled CJK font could not be read as an AWT font",
                        e instanceof IOException io ? io : new IOException(e));
            }
        }
    }
}
