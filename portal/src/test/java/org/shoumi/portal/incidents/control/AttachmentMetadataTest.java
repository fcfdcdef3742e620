package org.shoumi.portal.incidents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import it.org.shoumi.portal.TestPictures;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.incidents.entity.AttachmentType;

/** Found by an outside check: an "anonymous" report's photo reached the office with EXIF naming "李明 SM002". */
class AttachmentMetadataTest {

    private static final String WHO = "李明 SM002 employee";

    private static boolean holds(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(
                new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    /** A JPEG segment: its marker, its length and its data. */
    private static byte[] segment(int marker, byte[] data) {
        byte[] segment = new byte[4 + data.length];
        segment[0] = (byte) 0xFF;
        segment[1] = (byte) marker;
        segment[2] = (byte) ((data.length + 2) >> 8);
        segment[3] = (byte) (data.length + 2);
        System.arraycopy(data, 0, segment, 4, data.length);
        return segment;
    }

    @Test
    void aJpegLosesItsExifAndCommentAndStillShows() throws Exception {
        byte[] app1 = segment(0xE1, ("Exif\0\0" + WHO).getBytes(StandardCharsets.UTF_8));
        byte[] com = segment(0xFE, WHO.getBytes(StandardCharsets.UTF_8));
        byte[] photo = TestPictures.insert(TestPictures.insert(TestPictures.image("jpg"), 2, app1), 2, com);
        assertTrue(holds(photo, WHO));

        byte[] clean = AttachmentMetadata.stripped(photo, AttachmentType.JPEG).orElseThrow();
        assertFalse(holds(clean, WHO), "no EXIF, no comment");
        assertNotNull(ImageIO.read(new ByteArrayInputStream(clean)), "still a picture");
        assertEquals(ImageIO.read(new ByteArrayInputStream(photo)).getRGB(3, 3),
                ImageIO.read(new ByteArrayInputStream(clean)).getRGB(3, 3), "the same picture, not re-encoded");
    }

    @Test
    void aPngLosesItsTextChunks() throws Exception {
        byte[] withText = TestPictures.pngWithText(WHO);
        assertTrue(holds(withText, WHO));
        byte[] clean = AttachmentMetadata.stripped(withText, AttachmentType.PNG).orElseThrow();
        assertFalse(holds(clean, WHO));
        assertNotNull(ImageIO.read(new ByteArrayInputStream(clean)));
    }

    @Test
    void aPdfLosesItsAuthorAndAFileThatCannotBeReadIsRefused() throws Exception {
        byte[] pdf;
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage());
            d.getDocumentInformation().setAuthor("李明");
            d.getDocumentInformation().setCreator("SM002 的电脑");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.save(out);
            pdf = out.toByteArray();
        }
        byte[] clean = AttachmentMetadata.stripped(pdf, AttachmentType.PDF).orElseThrow();
        try (PDDocument d = Loader.loadPDF(clean)) {
            assertNull(d.getDocumentInformation().getAuthor());
            assertNull(d.getDocumentInformation().getCreator());
            assertEquals(1, d.getNumberOfPages());
        }
        assertTrue(AttachmentMetadata.stripped("%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII),
                AttachmentType.PDF).isEmpty());
        assertTrue(AttachmentMetadata.stripped(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x01},
                AttachmentType.JPEG).isEmpty());
    }
}
