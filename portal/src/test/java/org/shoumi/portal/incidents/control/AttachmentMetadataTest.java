package org.shoumi.portal.incidents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.TestPictures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.incidents.entity.AttachmentType;

/**
 * Found by outside checks: an "anonymous" report's photo reached the office with EXIF naming "李明 SM002"; later
 * (tester xe) a PDF comment's author, page XMP and /PieceInfo, a JPEG's second image, comment after the scan and
 * trailer, and a PNG's ICC profile name and C2PA chunk still named the sender.
 */
class AttachmentMetadataTest {

    private static final String WHO = "李明 SM002 employee";

    /** The tester's name, one variant for each place it was hidden in. */
    private static final String NAME = "ZhangLihua";

    private static boolean holds(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(
                new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
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

    /** An EXIF APP1 (little-endian, as phones write it): orientation {@code orientation} and Artist {@code who}. */
    private static byte[] exif(int orientation, String who) {
        byte[] artist = utf8(who + "\0");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {'I', 'I', 0x2A, 0, 8, 0, 0, 0, 2, 0});
        out.writeBytes(new byte[] {0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte) orientation, 0, 0, 0}); // Orientation
        int offset = 8 + 2 + 24 + 4;
        out.writeBytes(new byte[] {0x3B, 0x01, 2, 0, (byte) artist.length, 0, 0, 0, (byte) offset, 0, 0, 0}); // Artist
        out.writeBytes(new byte[] {0, 0, 0, 0});
        out.writeBytes(artist);
        return segment(0xE1, out.toByteArray());
    }

    private static int lastIndexOf(byte[] b, int first, int second) {
        for (int i = b.length - 2; i >= 0; i--) {
            if ((b[i] & 0xFF) == first && (b[i + 1] & 0xFF) == second) {
                return i;
            }
        }
        return -1;
    }

    private static BufferedImage read(byte[] bytes) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(bytes));
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
    void aJpegKeepsOnlyItsFirstPictureWithoutSegmentsAfterTheScanButWithItsOrientation() throws Exception {
        byte[] picture = TestPictures.image("jpg");
        // the main picture: EXIF naming the owner, turned 90° (6), an ICC profile naming a computer
        byte[] photo = TestPictures.insert(picture, 2, exif(6, "EXIF-" + NAME));
        photo = TestPictures.insert(photo, 2, segment(0xE2, utf8("ICC_PROFILE\0\1\1desc Profile of " + NAME)));
        // after the scan, before the end of the first picture: a comment and an APP segment
        int eoi = lastIndexOf(photo, 0xFF, 0xD9);
        photo = TestPictures.insert(photo, eoi, segment(0xFE, utf8("COM-AFTER-SCAN-" + NAME)));
        photo = TestPictures.insert(photo, eoi, segment(0xE1, utf8("http://ns.adobe.com/xap/1.0/\0" + NAME)));
        // a second picture appended as phones do (MPF, gain map), with its own EXIF, then a vendor trailer
        byte[] second = TestPictures.insert(TestPictures.image("jpg"), 2,
                exif(1, "SECOND-IMAGE-OWNER-" + NAME + " GPS 39.9N 116.4E"));
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(photo);
        all.writeBytes(second);
        all.writeBytes(utf8("SEFT-trailer Samsung owner " + NAME));
        photo = all.toByteArray();
        assertTrue(holds(photo, NAME));
        assertNotNull(read(photo), "the tester's file opens");

        byte[] clean = AttachmentMetadata.stripped(photo, AttachmentType.JPEG).orElseThrow();
        assertFalse(holds(clean, NAME), "nothing names the owner: " + new String(clean, StandardCharsets.ISO_8859_1));
        assertFalse(holds(clean, "ICC_PROFILE"), "no colour profile");
        assertEquals(1, count(clean, 0xFF, 0xD8), "one picture");
        assertEquals(0xD9, clean[clean.length - 1] & 0xFF, "ends with the first picture's end");
        assertEquals(6, AttachmentMetadata.orientation(clean), "shown upright as before");
        assertEquals(read(picture).getRGB(3, 3), read(clean).getRGB(3, 3), "the same picture, not re-encoded");
    }

    @Test
    void aProgressiveJpegLosesSegmentsBetweenItsScans() throws Exception {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF0000);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        byte[] progressive = bytes.toByteArray();
        int secondScan = indexOf(progressive, 0xFF, 0xDA, indexOf(progressive, 0xFF, 0xDA, 0) + 2);
        assertTrue(secondScan > 0, "more than one scan");
        byte[] photo = TestPictures.insert(progressive, secondScan, segment(0xFE, utf8("BETWEEN-SCANS-" + NAME)));
        photo = TestPictures.insert(photo, secondScan, segment(0xEB, utf8("APP11-" + NAME)));

        byte[] clean = AttachmentMetadata.stripped(photo, AttachmentType.JPEG).orElseThrow();
        assertFalse(holds(clean, NAME));
        assertEquals(read(progressive).getRGB(3, 3), read(clean).getRGB(3, 3), "every scan is still there");
        assertEquals(1, AttachmentMetadata.orientation(clean), "no orientation where there was none");
    }

    private static int indexOf(byte[] b, int first, int second, int from) {
        for (int i = from; i + 1 < b.length; i++) {
            if ((b[i] & 0xFF) == first && (b[i + 1] & 0xFF) == second) {
                return i;
            }
        }
        return -1;
    }

    private static int count(byte[] b, int first, int second) {
        int n = 0;
        for (int i = indexOf(b, first, second, 0); i >= 0; i = indexOf(b, first, second, i + 2)) {
            n++;
        }
        return n;
    }

    @Test
    void aPngLosesItsTextChunks() throws Exception {
        byte[] withText = TestPictures.pngWithText(WHO);
        assertTrue(holds(withText, WHO));
        byte[] clean = AttachmentMetadata.stripped(withText, AttachmentType.PNG).orElseThrow();
        assertFalse(holds(clean, WHO));
        assertNotNull(ImageIO.read(new ByteArrayInputStream(clean)));
    }

    /** A PNG chunk with its length and CRC. */
    private static byte[] chunk(String type, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = data.length;
        out.writeBytes(new byte[] {(byte) (n >> 24), (byte) (n >> 16), (byte) (n >> 8), (byte) n});
        byte[] typed = new byte[4 + n];
        System.arraycopy(type.getBytes(StandardCharsets.US_ASCII), 0, typed, 0, 4);
        System.arraycopy(data, 0, typed, 4, n);
        out.writeBytes(typed);
        CRC32 crc = new CRC32();
        crc.update(typed);
        long c = crc.getValue();
        out.writeBytes(new byte[] {(byte) (c >> 24), (byte) (c >> 16), (byte) (c >> 8), (byte) c});
        return out.toByteArray();
    }

    @Test
    void aPngKeepsOnlyTheChunksThatShowIt() throws Exception {
        byte[] picture = TestPictures.image("png");
        byte[] gamma = chunk("gAMA", new byte[] {0, 0, (byte) 0xB1, (byte) 0x8F});
        ByteArrayOutputStream before = new ByteArrayOutputStream();
        before.writeBytes(chunk("iCCP", utf8("Profile of " + NAME + "-MacBook\0\0xxxx")));
        before.writeBytes(gamma);
        before.writeBytes(chunk("eXIf", utf8("MM\0*EXIF-" + NAME)));
        before.writeBytes(chunk("zTXt", utf8("Author\0\0ZTXT-" + NAME)));
        before.writeBytes(chunk("iTXt", utf8("Author\0\0\0\0\0ITXT-" + NAME)));
        before.writeBytes(chunk("tIME", new byte[] {0x07, (byte) 0xEA, 12, 7, 6, 30, 0}));
        byte[] png = TestPictures.insert(picture, 8 + 25, before.toByteArray());
        ByteArrayOutputStream after = new ByteArrayOutputStream();
        after.writeBytes(chunk("caBX", utf8("jumb c2pa CreativeWork author " + NAME)));
        after.writeBytes(chunk("prVt", utf8("unknown ancillary " + NAME)));
        png = TestPictures.insert(png, png.length - 12, after.toByteArray()); // before IEND
        assertTrue(holds(png, NAME));

        byte[] clean = AttachmentMetadata.stripped(png, AttachmentType.PNG).orElseThrow();
        assertFalse(holds(clean, NAME), new String(clean, StandardCharsets.ISO_8859_1));
        for (String dropped : List.of("iCCP", "eXIf", "zTXt", "iTXt", "tIME", "caBX", "prVt")) {
            assertFalse(holds(clean, dropped), dropped);
        }
        assertTrue(new String(clean, StandardCharsets.ISO_8859_1).contains(
                new String(gamma, StandardCharsets.ISO_8859_1)), "the gamma needed to show it stays");
        assertEquals(read(picture).getRGB(3, 3), read(clean).getRGB(3, 3), "the same picture");
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

    private static PDMetadata xmp(PDDocument d, String creator) throws Exception {
        String xml = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>" + creator
                + "</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
        return new PDMetadata(d, new ByteArrayInputStream(utf8(xml)));
    }

    private static COSDictionary dictionary(String key, COSBase value) {
        COSDictionary d = new COSDictionary();
        d.setItem(key, value);
        return d;
    }

    @Test
    void aPdfKeepsItsPagesAndCommentsButNothingThatNamesTheSender() throws Exception {
        byte[] pdf;
        try (PDDocument d = new PDDocument()) {
            PDPage page = new PDPage();
            d.addPage(page);
            d.getDocumentInformation().setAuthor("INFO-" + NAME);
            d.getDocumentCatalog().setMetadata(xmp(d, "CATALOG-" + NAME));
            page.setMetadata(xmp(d, "PAGEXMP-" + NAME));
            COSDictionary privateData = dictionary("Author", new COSString("PIECEINFO-" + NAME));
            COSDictionary app = dictionary("Private", privateData);
            page.getCOSObject().setItem(COSName.PIECE_INFO, dictionary("MyApp", app));
            // a photo in the page: its own EXIF, and XMP on the image
            byte[] photo = TestPictures.insert(TestPictures.image("jpg"), 2, exif(6, "PDFPHOTO-" + NAME));
            PDImageXObject image = JPEGFactory.createFromByteArray(d, photo);
            image.getCOSObject().setItem(COSName.METADATA, xmp(d, "IMAGEXMP-" + NAME));
            try (PDPageContentStream content = new PDPageContentStream(d, page)) {
                content.drawImage(image, 50, 50, 160, 160);
            }
            // a comment with its author, and a file attached twice (annotation and document)
            PDAnnotationText comment = new PDAnnotationText();
            comment.setTitlePopup("ANNOT-" + NAME);
            comment.setContents("see the table");
            comment.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(10, 10, 20, 20));
            PDEmbeddedFile embedded = new PDEmbeddedFile(d, new ByteArrayInputStream(utf8("EMBEDDED-" + NAME)));
            PDComplexFileSpecification file = new PDComplexFileSpecification();
            file.setFile("notes.txt");
            file.setEmbeddedFile(embedded);
            PDAnnotationFileAttachment attached = new PDAnnotationFileAttachment();
            attached.setFile(file);
            attached.setTitlePopup("FILEANNOT-" + NAME);
            attached.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(40, 10, 20, 20));
            page.setAnnotations(List.<PDAnnotation>of(comment, attached));
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(java.util.Map.of("notes.txt", file));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(d.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            d.getDocumentCatalog().setNames(names);
            // a layer meant for a named user
            COSDictionary layer = dictionary("Type", COSName.getPDFName("OCG"));
            layer.setString("Name", "layer");
            layer.setItem(COSName.USAGE, dictionary("User", dictionary("Name", new COSString("OCG-" + NAME))));
            COSArray layers = new COSArray();
            layers.add(layer);
            COSDictionary properties = dictionary("OCGs", layers);
            properties.setItem("D", new COSDictionary());
            d.getDocumentCatalog().getCOSObject().setItem(COSName.OCPROPERTIES, properties);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            pdf = out.toByteArray();
        }
        assertTrue(holds(pdf, "ANNOT-" + NAME) && holds(pdf, "PAGEXMP-" + NAME) && holds(pdf, "PIECEINFO-" + NAME)
                && holds(pdf, "PDFPHOTO-" + NAME) && holds(pdf, "OCG-" + NAME), "the names are in the original");

        byte[] clean = AttachmentMetadata.stripped(pdf, AttachmentType.PDF).orElseThrow();
        assertFalse(holds(clean, NAME), "not in the file's bytes");
        try (PDDocument d = Loader.loadPDF(clean)) {
            String everything = text(d);
            assertFalse(everything.contains(NAME), everything);
            assertEquals(1, d.getNumberOfPages());
            List<PDAnnotation> annotations = d.getPage(0).getAnnotations();
            assertEquals(1, annotations.size(), "the comment stays, the attached file goes");
            assertEquals("see the table", annotations.get(0).getContents());
            assertNull(d.getDocumentCatalog().getNames() == null ? null
                    : d.getDocumentCatalog().getNames().getEmbeddedFiles(), "no embedded files");
            BufferedImage shown = new PDFRenderer(d).renderImage(0, 0.5f);
            assertNotNull(shown, "the page still shows, its photo included");
        }
    }

    /** Every string, name and stream content of the document, streams decoded (a JPEG as stored). */
    private static String text(PDDocument d) throws Exception {
        StringBuilder all = new StringBuilder();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(d.getDocument().getTrailer());
        for (COSObjectKey key : d.getDocument().getXrefTable().keySet()) {
            todo.push(d.getDocument().getObjectFromPool(key));
        }
        while (!todo.isEmpty()) {
            COSBase next = todo.pop();
            if (next instanceof COSObject reference) {
                next = reference.getObject();
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof COSString s) {
                all.append(s.getString()).append('\n');
            } else if (next instanceof COSName n) {
                all.append(n.getName()).append('\n');
            } else if (next instanceof COSArray array) {
                array.forEach(todo::push);
            } else if (next instanceof COSDictionary dictionary) {
                dictionary.getValues().forEach(todo::push);
                if (next instanceof COSStream stream) {
                    boolean jpeg = COSName.DCT_DECODE.equals(stream.getFilters());
                    try (InputStream in = jpeg ? stream.createRawInputStream() : stream.createInputStream()) {
                        all.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).append('\n');
                    }
                }
            }
        }
        return all.toString();
    }
}
