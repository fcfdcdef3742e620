package org.shoumi.quizzes.certificates.control;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code drawn into a PDF as filled squares (vector, sharp at any print size), encoded by ZXing with error
 * correction M, which survives a crease or a stamp across the code.
 */
public final class QrSquares {

    private QrSquares() {
    }

    /** The QR modules of {@code text} with the standard quiet zone, as ZXing gives them. */
    public static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
        }
    }

    /** Draws the code with its lower left corner at (x, y), {@code size} points wide and high. */
    public static void draw(PDPageContentStream stream, String text, float x, float y, float size) throws IOException {
        BitMatrix m = matrix(text);
        float module = size / m.getWidth();
        stream.setNonStrokingColor(0f);
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    stream.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        stream.fill();
    }
}
