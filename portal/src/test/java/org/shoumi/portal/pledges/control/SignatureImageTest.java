package org.shoumi.portal.pledges.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
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

    /**
     * A valid PNG of {@code width} × {@code height} RGBA pixels, all transparent, written chunk by chunk: its
     * rows of zeros pack to a few hundred KB however many pixels it claims.
     */
    static byte[] blankPng(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(ihdr);
        header.writeInt(width);
        header.writeInt(height);
        header.write(new byte[] {8, 6, 0, 0, 0}); // 8 bits per channel, RGBA, deflate, no filter, not interlaced
        chunk(out, "IHDR", ihdr.toByteArray());
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream pixels = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] row = new byte[1 + width * 4]; // filter byte "none", then the pixels
            for (int y = 0; y < height; y++) {
                pixels.write(row);
            }
        }
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        byte[] typeAndData = new byte[4 + data.length];
        System.arraycopy(type.getBytes(StandardCharsets.US_ASCII), 0, typeAndData, 0, 4);
        System.arraycopy(data, 0, typeAndData, 4, data.length);
        out.write(typeAndData);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        out.writeInt((int) crc.getValue());
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    @Test
    void aHeaderClaimingHugeDimensionsIsRefusedWithoutDecoding() throws Exception {
        byte[] claim = blankPng(1, 1);
        ByteBuffer.wrap(claim).putInt(16, 50_000).putInt(20, 50_000); // the IHDR now says 50,000 × 50,000
        assertFalse(SignatureImage.sensibleSize(claim));
        assertEquals(Optional.empty(), SignatureImage.decode(dataUrl(claim)).map(b -> "x"));

        // a real decompression bomb: 8,000 × 8,000 pixels in a file small enough for the form, 256 MB decoded
        byte[] bomb = blankPng(8000, 8000);
        assertTrue(bomb.length < SignatureImage.MAX_BYTES, "fits the limit: " + bomb.length);
        String url = dataUrl(bomb);
        long before = allocatedByThisThread();
        assertEquals(Optional.empty(), SignatureImage.decode(url).map(b -> "x"));
        long allocated = allocatedByThisThread() - before;
        assertTrue(allocated < 16L * 1024 * 1024, "refused without decoding, allocated " + allocated + " bytes");
    }

    @Test
    void onlyAPngHeaderWithinThePadsSizeIsSensible() throws Exception {
        assertTrue(SignatureImage.sensibleSize(png(true, 300)));
        assertTrue(SignatureImage.sensibleSize(blankPng(SignatureImage.MAX_WIDTH, SignatureImage.MAX_HEIGHT)));
        assertFalse(SignatureImage.sensibleSize(blankPng(SignatureImage.MAX_WIDTH + 1, 10)));
        assertFalse(SignatureImage.sensibleSize(blankPng(10, SignatureImage.MAX_HEIGHT + 1)));
        byte[] negative = blankPng(1, 1);
        ByteBuffer.wrap(negative).putInt(16, -1); // 4,294,967,295 as PNG reads it
        assertFalse(SignatureImage.sensibleSize(negative));
        assertFalse(SignatureImage.sensibleSize(new byte[0]));
        assertFalse(SignatureImage.sensibleSize("GIF89a and more bytes than 24".getBytes(StandardCharsets.US_ASCII)));
    }
}
