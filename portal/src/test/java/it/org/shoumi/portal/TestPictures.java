package it.org.shoumi.portal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Test only: small real pictures, some carrying metadata that names someone. */
public final class TestPictures {

    private TestPictures() {
    }

    /** A 16×16 picture in {@code format} ("png", "jpg") with one red dot at (3, 3). */
    public static byte[] image(String format) {
        BufferedImage picture = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(3, 3, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code part} put into {@code into} at {@code at}. */
    public static byte[] insert(byte[] into, int at, byte[] part) {
        byte[] all = new byte[into.length + part.length];
        System.arraycopy(into, 0, all, 0, at);
        System.arraycopy(part, 0, all, at, part.length);
        System.arraycopy(into, at, all, at + part.length, into.length - at);
        return all;
    }

    /** A real PNG with a text chunk "Author" saying {@code text}, right after its header chunk. */
    public static byte[] pngWithText(String text) {
        byte[] data = ("Author\0" + text).getBytes(StandardCharsets.UTF_8);
        byte[] chunk = new byte[12 + data.length];
        chunk[3] = (byte) data.length;
        System.arraycopy("tEXt".getBytes(StandardCharsets.US_ASCII), 0, chunk, 4, 4);
        System.arraycopy(data, 0, chunk, 8, data.length);
        CRC32 crc = new CRC32();
        crc.update(chunk, 4, 4 + data.length);
        long c = crc.getValue();
        chunk[8 + data.length] = (byte) (c >> 24);
        chunk[9 + data.length] = (byte) (c >> 16);
        chunk[10 + data.length] = (byte) (c >> 8);
        chunk[11 + data.length] = (byte) c;
        return insert(image("png"), 8 + 25, chunk); // after the signature and IHDR
    }
}
