package org.shoumi.portal.incidents.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.shoumi.portal.incidents.entity.AttachmentType;

/**
 * An anonymous report's attachment without what could name its sender. Each format keeps only what is needed to
 * show the picture or the pages (an allow list), so that a place nobody thought of is dropped too:
 * <ul>
 * <li>JPEG: the first picture only (SOI to its EOI: a second picture phones append after it, with its own EXIF,
 * and trailer data after it are dropped), with its tables, frame and scans; every APPn segment and comment,
 * before or between the scans, is dropped. Kept, rewritten from scratch: the JFIF header without its thumbnail,
 * Adobe's colour transform flag (needed to decode CMYK and some RGB files) and the EXIF orientation alone, so a
 * phone photo is not shown on its side. The compressed picture is copied byte for byte (no re-encoding, no loss
 * of quality). The colour profile (APP2) goes too: its description may name a computer.</li>
 * <li>PNG: the chunks needed to show the picture (IHDR, PLTE, IDAT, IEND, tRNS, gAMA, cHRM, sRGB, pHYs); text,
 * time, EXIF, the ICC profile (its name), content credentials (caBX) and any other chunk are dropped.</li>
 * <li>PDF: saved again without document information, a new file identifier, and with nothing but the pages and
 * what shows them: no XMP metadata and no application data (/PieceInfo) anywhere (catalog, pages, images, forms,
 * fonts), no author on comments (/T; a form field's name stays), no embedded files, file or media annotations,
 * no scripts, threads, web-capture data, signatures, or the users of optional content; a JPEG picture inside is
 * cleaned as above.</li>
 * </ul>
 * Found by outside checks: a JPEG whose EXIF named "李明 SM002" reached the office unchanged from an "anonymous"
 * report; later a comment's author, page XMP and /PieceInfo in a PDF, a second image and a comment after the scan
 * in a JPEG, and a PNG's ICC profile name and C2PA chunk.
 */
public final class AttachmentMetadata {

    /** PNG chunks needed to show the picture; anything else is dropped. */
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM",
            "sRGB", "pHYs");

    /** PDF catalog entries kept: the pages and how they are shown; anything else is dropped. */
    private static final Set<COSName> CATALOG_KEPT = Set.of(COSName.TYPE, COSName.VERSION,
            COSName.getPDFName("Extensions"), COSName.PAGES, COSName.PAGE_LABELS, COSName.NAMES, COSName.DESTS,
            COSName.VIEWER_PREFERENCES, COSName.PAGE_LAYOUT, COSName.PAGE_MODE, COSName.OUTLINES,
            COSName.STRUCT_TREE_ROOT, COSName.MARK_INFO, COSName.LANG, COSName.OCPROPERTIES, COSName.ACRO_FORM);

    /** Trailer entries kept (the writer adds the size and a new identifier). */
    private static final Set<COSName> TRAILER_KEPT = Set.of(COSName.ROOT, COSName.INFO, COSName.SIZE);

    /** Entries that carry metadata or files, dropped from every dictionary of a PDF. */
    private static final Set<COSName> PDF_METADATA = Set.of(COSName.METADATA, COSName.PIECE_INFO, COSName.AF);

    /** Annotations that carry a file or media (with their own metadata): dropped with their pop-ups. */
    private static final Set<String> ANNOTATIONS_WITH_FILES = Set.of("FileAttachment", "Sound", "Movie", "Screen",
            "RichMedia", "3D");

    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

    private AttachmentMetadata() {
    }

    /** The bytes without metadata; empty when the file cannot be read as its type. */
    public static Optional<byte[]> stripped(byte[] bytes, AttachmentType type) {
        try {
            return switch (type) {
                case JPEG -> jpeg(bytes);
                case PNG -> png(bytes);
                case PDF -> pdf(bytes);
            };
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** JPEG: the first picture with its tables, frame and scans only (see the class), its orientation kept. */
    static Optional<byte[]> jpeg(byte[] b) {
        return jpeg(b, true);
    }

    private static Optional<byte[]> jpeg(byte[] b, boolean keepOrientation) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return Optional.empty();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(b.length);
        byte[] jfif = null;
        byte[] adobe = null;
        int orientation = 0;
        boolean frame = false;
        boolean scanned = false;
        int i = 2;
        while (true) {
            if (i + 1 >= b.length) {
                if (!scanned) {
                    return Optional.empty();
                }
                break; // cut off inside the picture: what there is can be shown, it ends here
            }
            if ((b[i] & 0xFF) != 0xFF) {
                i++; // stray bytes between segments: decoders skip them, so do we
                continue;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            if (marker == 0xD9) { // end of the first picture: whatever follows is dropped
                if (!scanned) {
                    return Optional.empty();
                }
                break;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7 || marker == 0x00) {
                i += 2; // markers without a length outside a scan carry nothing
                continue;
            }
            if (marker == 0xD8 || i + 4 > b.length) {
                return Optional.empty();
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            if (length < 2 || i + 2 + length > b.length) {
                return Optional.empty();
            }
            int data = i + 4;
            int size = length - 2;
            if (marker == 0xDA) { // start of scan: its header, then the compressed data up to the next marker
                if (!frame) {
                    return Optional.empty();
                }
                body.write(b, i, 2 + length);
                int start = i + 2 + length;
                int end = scanEnd(b, start);
                body.write(b, start, end - start);
                scanned = true;
                i = end;
                continue;
            }
            if (isFrame(marker)) {
                frame = true;
                body.write(b, i, 2 + length);
            } else if (marker == 0xC4 || marker == 0xDB || marker == 0xDD || marker == 0xCC || marker == 0xDC
                    || marker == 0xDE || marker == 0xDF) {
                body.write(b, i, 2 + length); // Huffman, quantisation, restart, arithmetic, lines, hierarchical
            } else if (!scanned && marker == 0xE0 && jfif == null && startsWith(b, data, size, "JFIF\0", 14)) {
                jfif = jfif(b, data);
            } else if (!scanned && marker == 0xEE && adobe == null && startsWith(b, data, size, "Adobe", 12)) {
                adobe = Arrays.copyOfRange(b, data, data + 12);
            } else if (!scanned && marker == 0xE1 && orientation == 0 && startsWith(b, data, size, "Exif\0\0", 14)) {
                orientation = orientation(b, data + 6, size - 6);
            }
            // anything else (EXIF, XMP, ICC, MPF, IPTC, vendor APPn, comments, extensions) is dropped
            i += 2 + length;
        }
        if (!frame) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 64);
        out.write(0xFF);
        out.write(0xD8);
        if (jfif != null) {
            segment(out, 0xE0, jfif);
        }
        if (keepOrientation && orientation > 1) {
            segment(out, 0xE1, orientationExif(orientation));
        }
        if (adobe != null) {
            segment(out, 0xEE, adobe);
        }
        out.writeBytes(body.toByteArray());
        out.write(0xFF);
        out.write(0xD9);
        return Optional.of(out.toByteArray());
    }

    /** SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC). */
    private static boolean isFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    /** Where compressed data starting at {@code i} ends: at the first marker other than a stuffed byte or RSTn. */
    private static int scanEnd(byte[] b, int i) {
        while (i < b.length) {
            if ((b[i] & 0xFF) == 0xFF && i + 1 < b.length) {
                int next = b[i + 1] & 0xFF;
                if (next == 0x00 || next >= 0xD0 && next <= 0xD7) {
                    i += 2;
                    continue;
                }
                if (next != 0xFF) {
                    return i;
                }
            }
            i++;
        }
        return b.length;
    }

    private static boolean startsWith(byte[] b, int at, int size, String id, int least) {
        if (size < least) {
            return false;
        }
        for (int k = 0; k < id.length(); k++) {
            if (b[at + k] != id.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A JFIF header with its version, units and density, without a thumbnail. */
    private static byte[] jfif(byte[] b, int data) {
        byte[] header = Arrays.copyOfRange(b, data, data + 14);
        header[12] = 0;
        header[13] = 0;
        return header;
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
        out.write(0xFF);
        out.write(marker);
        out.write((data.length + 2) >> 8);
        out.write(data.length + 2);
        out.write(data, 0, data.length);
    }

    /** The orientation (1–8) of a JPEG's EXIF; 1 when it has none. For tests and the cleaning itself. */
    static int orientation(byte[] jpeg) {
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
            if (marker == 0xDA || length < 2 || i + 2 + length > jpeg.length) {
                break;
            }
            if (marker == 0xE1 && startsWith(jpeg, i + 4, length - 2, "Exif\0\0", 14)) {
                int found = orientation(jpeg, i + 10, length - 8);
                return found == 0 ? 1 : found;
            }
            i += 2 + length;
        }
        return 1;
    }

    /** The orientation tag of IFD0 in the TIFF structure at {@code tiff}; 0 when absent or unreadable. */
    private static int orientation(byte[] b, int tiff, int size) {
        boolean big;
        if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            big = true;
        } else if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            big = false;
        } else {
            return 0;
        }
        long ifd = read(b, tiff + 4, 4, big);
        if (ifd < 8 || ifd + 2 > size) {
            return 0;
        }
        int entries = (int) read(b, tiff + (int) ifd, 2, big);
        for (int e = 0; e < entries; e++) {
            int entry = tiff + (int) ifd + 2 + 12 * e;
            if (entry + 12 > tiff + size) {
                return 0;
            }
            if (read(b, entry, 2, big) == 0x0112 && read(b, entry + 2, 2, big) == 3) {
                int value = (int) read(b, entry + 8, 2, big);
                return value >= 1 && value <= 8 ? value : 0;
            }
        }
        return 0;
    }

    private static long read(byte[] b, int at, int bytes, boolean big) {
        long value = 0;
        for (int k = 0; k < bytes; k++) {
            int octet = b[big ? at + k : at + bytes - 1 - k] & 0xFF;
            value = (value << 8) | octet;
        }
        return value;
    }

    /** An EXIF block holding the orientation and nothing else (big-endian TIFF, one entry in IFD0). */
    private static byte[] orientationExif(int orientation) {
        ByteArrayOutputStream exif = new ByteArrayOutputStream(32);
        exif.write(EXIF, 0, EXIF.length);
        byte[] tiff = {'M', 'M', 0, 0x2A, 0, 0, 0, 8, // header, IFD0 at 8
                0, 1, // one entry
                0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // Orientation, SHORT, 1 value
                0, 0, 0, 0}; // no next IFD
        exif.write(tiff, 0, tiff.length);
        return exif.toByteArray();
    }

    /** PNG: the chunks needed to show the picture, in order, up to IEND. */
    static Optional<byte[]> png(byte[] b) {
        if (b.length < 8) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 8);
        int i = 8;
        boolean first = true;
        while (i + 12 <= b.length) {
            long length = ((long) (b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8)
                    | (b[i + 3] & 0xFF);
            if (length > b.length - i - 12) {
                return Optional.empty();
            }
            String type = new String(b, i + 4, 4, StandardCharsets.US_ASCII);
            if (first && !type.equals("IHDR")) {
                return Optional.empty();
            }
            first = false;
            int whole = (int) length + 12;
            if (PNG_KEPT.contains(type)) {
                out.write(b, i, whole);
            }
            i += whole;
            if (type.equals("IEND")) {
                return Optional.of(out.toByteArray());
            }
        }
        return Optional.empty();
    }

    /** PDF: saved again with the pages and what shows them only (see the class). */
    static Optional<byte[]> pdf(byte[] b) throws IOException {
        try (PDDocument document = Loader.loadPDF(b)) {
            if (document.isEncrypted()) {
                return Optional.empty();
            }
            COSDictionary trailer = document.getDocument().getTrailer();
            document.setDocumentInformation(new PDDocumentInformation());
            for (COSName key : new ArrayList<>(trailer.keySet())) {
                if (!TRAILER_KEPT.contains(key)) {
                    trailer.removeItem(key); // the old identifier could tie the file to the sender's copy
                }
            }
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            for (COSName key : new ArrayList<>(catalog.keySet())) {
                if (!CATALOG_KEPT.contains(key)) {
                    catalog.removeItem(key); // XMP, scripts, threads, web capture, signatures' data, files
                }
            }
            COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
            if (names != null) {
                for (COSName key : new ArrayList<>(names.keySet())) {
                    if (!COSName.DESTS.equals(key)) {
                        names.removeItem(key); // embedded files, scripts, named pages and appearances
                    }
                }
            }
            COSDictionary form = catalog.getCOSDictionary(COSName.ACRO_FORM);
            if (form != null) {
                form.removeItem(COSName.XFA); // an XML form with its own metadata
            }
            for (PDPage page : document.getPages()) {
                page.getCOSObject().removeItem(COSName.B); // beads lead to threads and their info
                List<PDAnnotation> annotations = page.getAnnotations();
                if (!annotations.isEmpty()) {
                    page.setAnnotations(annotations(annotations));
                }
            }
            clean(trailer);
            ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
            document.save(out);
            return Optional.of(out.toByteArray());
        }
    }

    /** The annotations without those carrying files or media (and their pop-ups), and without authors. */
    private static List<PDAnnotation> annotations(List<PDAnnotation> all) {
        Set<COSDictionary> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDAnnotation a : all) {
            if (ANNOTATIONS_WITH_FILES.contains(a.getSubtype())) {
                dropped.add(a.getCOSObject());
            }
        }
        List<PDAnnotation> kept = new ArrayList<>();
        for (PDAnnotation a : all) {
            COSDictionary d = a.getCOSObject();
            if (dropped.contains(d) || dropped.contains(d.getCOSDictionary(COSName.PARENT))) {
                continue;
            }
            if (!"Widget".equals(a.getSubtype())) {
                d.removeItem(COSName.T); // a comment's author (a form field's name is its /T and stays)
            }
            kept.add(a);
        }
        return kept;
    }

    /** Every object reachable from {@code start}: no metadata, application data, signature or usage data. */
    private static void clean(COSBase start) throws IOException {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(start);
        while (!todo.isEmpty()) {
            COSBase next = todo.pop();
            if (next instanceof COSObject reference) {
                next = reference.getObject();
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof COSArray array) {
                for (int k = 0; k < array.size(); k++) {
                    todo.push(array.get(k));
                }
            } else if (next instanceof COSDictionary d) {
                PDF_METADATA.forEach(d::removeItem);
                if (COSName.SIG.equals(d.getCOSName(COSName.FT))) {
                    d.removeItem(COSName.V); // the signer's name and certificate
                }
                if (COSName.getPDFName("OCG").equals(d.getCOSName(COSName.TYPE))) {
                    d.removeItem(COSName.USAGE); // the users a layer is for, by name
                }
                if (d instanceof COSStream stream && isJpeg(stream.getFilters())) {
                    photo(stream);
                }
                for (COSBase value : d.getValues()) {
                    todo.push(value);
                }
            }
        }
    }

    private static boolean isJpeg(COSBase filters) {
        return COSName.DCT_DECODE.equals(filters) || filters instanceof COSArray one && one.size() == 1
                && COSName.DCT_DECODE.equals(one.getObject(0));
    }

    /** A JPEG picture in a PDF, cleaned like an attached photo (a PDF shows it as stored: no orientation). */
    private static void photo(COSStream stream) throws IOException {
        byte[] jpeg;
        try (InputStream in = stream.createRawInputStream()) {
            jpeg = in.readAllBytes();
        }
        byte[] clean = jpeg(jpeg, false).orElseThrow(() -> new IOException("a JPEG picture that cannot be read"));
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(clean);
        }
    }
}
