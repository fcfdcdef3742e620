package org.shoumi.portal.pledges.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SignatureImageTest {

    static byte[] png(boolean withStroke, int strokeLength) throws Exception {
        BufferedImage image = new BufferedImage(400, 150, BufferedImage.TYPE_INT_ARGB);
        if (withStroke) {
            Graphics2D g = image.createGraphics();
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(3));
            if (strokeLength <= 5) {
                g.fillOval(20, 70, 6, 6); // a tap on the pad
            } else {
                g.drawLine(20, 75, 20 + strokeLength, 60);
                g.drawLine(20 + strokeLength, 60, 20, 110);
            }
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static String dataUrl(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    @Test
    void aDrawnSignatureIsAccepted() throws Exception {
        byte[] png = png(true, 300);
        Optional<byte[]> decoded = SignatureImage.decode(dataUrl(png));
        assertTrue(decoded.isPresent());
        assertArrayEquals(png, decoded.get());
    }

    @Test
    void anEmptyCanvasADotOrSomethingElseIsNot() throws Exception {
        assertEquals(Optional.empty(), SignatureImage.decode(dataUrl(png(false, 0))).map(b -> "x"), "empty canvas");
        assertEquals(Optional.empty(), SignatureImage.decode(dataUrl(png(true, 2))).map(b -> "x"), "a dot");
        assertEquals(Optional.empty(), SignatureImage.decode(null).map(b -> "x"));
        assertEquals(Optional.empty(), SignatureImage.decode("data:image/png;base64,not base64!").map(b -> "x"));
        assertEquals(Optional.empty(), SignatureImage.decode("data:image/png;base64,"
                + Base64.getEncoder().encodeToString("<svg/>".getBytes())).map(b -> "x"), "not an image");
        assertEquals(Optional.empty(), SignatureImage.decode("data:image/jpeg;base64,"
                + Base64.getEncoder().encodeToString(png(true, 300))).map(b -> "x"), "only PNG");
    }
}
