package org.shoumi.quizzes.bank.control.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellBorder;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellFill;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an Excel .xlsx file as rows of text, read as a stream with POI's event API (XSSFReader and
 * XSSFSheetXMLHandler) instead of loading the workbook: reading stops at the first row past the limit, so a
 * sheet of a million rows costs no more memory than one of 5,001.
 * <p>
 * An .xlsx file is a zip archive, and a small one can unpack to gigabytes. The parts are unpacked only while
 * they are read, from the bytes in memory, and counted: no part may unpack to more than {@link #MAX_PART_BYTES}
 * and all parts read together to no more than {@link #MAX_UNPACKED_BYTES}; past that the file is refused. The
 * limits belong to this reader and not to POI's {@code ZipSecureFile}, whose limits are static settings for
 * every POI use in the application (POI only consults them for packages it opens itself from a file or stream,
 * and it unpacks a stream's parts all at once into memory, which is what this reader avoids).
 * <p>
 * Cells are turned into text by the caller's {@link DataFormatter} ({@code formatRawCellContents} for numbers
 * and dates, with the workbook's 1904 date system passed on), text cells are kept as typed. Cells right of
 * column {@link #MAX_COLUMNS} are not read, so that one cell in column XFD cannot make every row 16,384 cells
 * long.
 */
public final class XlsxSheetReader {

    /** The most one part of the archive may unpack to. A sheet of 5,000 roster or question rows is a few MB. */
    public static final int MAX_PART_BYTES = 20 * 1024 * 1024;
    /** The most all parts read together may unpack to. */
    public static final int MAX_UNPACKED_BYTES = 40 * 1024 * 1024;
    /** Cells right of this many columns are left out (Excel 2003 had 256 columns; the layouts use about 20). */
    public static final int MAX_COLUMNS = 256;
    /** A workbook saved by a spreadsheet program has a dozen or so parts (POI's own default limit is 1,000). */
    static final int MAX_PARTS = 1000;

    /** Why a file was not read to its end. */
    public enum Refusal {
        /** not an .xlsx package, no sheet, or malformed */
        UNREADABLE,
        /** more rows than the caller allows; reading stopped there */
        TOO_MANY_ROWS,
        /** a part, or all of them, unpacks to more than the limits */
        UNPACKED_TOO_LARGE
    }

    /**
     * The rows of the first sheet (each as long as its last cell with a value), or why there are none;
     * {@code unsavedFormulas} the cells (as "B2") holding a formula whose value the file does not keep (written by
     * a program and never saved by a spreadsheet program): they read as empty, and the caller may say why.
     */
    public record Sheet(List<List<String>> rows, Refusal refusal, Set<String> unsavedFormulas) {

        public Sheet {
            unsavedFormulas = Set.copyOf(unsavedFormulas);
        }

        public Sheet(List<List<String>> rows, Refusal refusal) {
            this(rows, refusal, Set.of());
        }

        public boolean refused() {
            return refusal != null;
        }
    }

    private XlsxSheetReader() {
    }

    /**
     * Reads the first sheet of an .xlsx file, refusing it at the row with something in it past {@code maxRows} such
     * rows (empty rows do not count, up to ten times the limit). Empty rows in between are kept as empty lists, as a
     * spreadsheet shows them. {@code cells} is used for this call only.
     */
    public static Sheet firstSheet(byte[] xlsx, int maxRows, DataFormatter cells) {
        CountedZip zip;
        try {
            zip = new CountedZip(xlsx);
        } catch (IOException | RuntimeException notAZip) {
            return new Sheet(List.of(), Refusal.UNREADABLE);
        }
        try (zip) {
            if (zip.parts() > MAX_PARTS) {
                return new Sheet(List.of(), Refusal.UNREADABLE);
            }
            OPCPackage pkg = OPCPackage.open(zip);
            try {
                return firstSheet(pkg, maxRows, cells);
            } finally {
                pkg.revert();
            }
        } catch (Exception malformed) {
            return new Sheet(List.of(), zip.exceeded() ? Refusal.UNPACKED_TOO_LARGE : Refusal.UNREADABLE);
        }
    }

    private static Sheet firstSheet(OPCPackage pkg, int maxRows, DataFormatter cells) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        boolean date1904;
        try (InputStream workbook = reader.getWorkbookData()) {
            date1904 = date1904(workbook);
        }
        StylesTable styles = reader.getStylesTable();
        if (styles == null) {
            styles = new StylesTable(); // General for every cell, as Excel assumes
        }
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            return new Sheet(List.of(), Refusal.UNREADABLE);
        }
        Rows rows = new Rows(maxRows);
        Set<String> unsaved = new HashSet<>();
        try (InputStream sheet = sheets.next()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new FormulaWatch(new LookedUpOnce(styles), strings, rows,
                    windowed(cells, date1904), unsaved));
            xml.parse(new InputSource(sheet));
        } catch (StopReading stop) {
            return new Sheet(List.of(), Refusal.TOO_MANY_ROWS);
        }
        return new Sheet(rows.rows, null, unsaved);
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel) instead of 1900. */
    private static boolean date1904(InputStream workbookXml) throws Exception {
        boolean[] found = {false};
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("workbookPr".equals(localName)) {
                    String value = attributes.getValue("date1904");
                    found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    throw new StopReading(); // the first one counts, as for POI's XSSFWorkbook
                } else if ("sheets".equals(localName)) {
                    throw new StopReading(); // workbookPr comes before the sheets: nothing more to look for
                }
            }
        });
        try {
            xml.parse(new InputSource(workbookXml));
        } catch (StopReading enough) {
            // read far enough
        }
        return found[0];
    }

    /** The handler formats numbers without the date system; this passes the workbook's on to the caller's. */
    private static DataFormatter windowed(DataFormatter cells, boolean date1904) {
        return new DataFormatter() {
            @Override
            public String formatRawCellContents(double value, int formatIndex, String formatString) {
                return cells.formatRawCellContents(value, formatIndex, formatString, date1904);
            }
        };
    }

    /**
     * The cell styles, each looked up in the styles part once: the handler asks for a cell's style and its number
     * format for every cell, and each answer walks the XMLBeans tree under a lock, which made parsing a sheet of
     * 20 MB take seconds. Only what the handler uses is answered.
     */
    private static final class LookedUpOnce implements Styles {

        private final StylesTable styles;
        private final Map<Integer, XSSFCellStyle> seen = new HashMap<>();

        LookedUpOnce(StylesTable styles) {
            this.styles = styles;
        }

        @Override
        public XSSFCellStyle getStyleAt(int index) {
            return seen.computeIfAbsent(index, i -> {
                XSSFCellStyle style = styles.getStyleAt(i);
                return style == null ? null : new NumberFormat(styles, style.getDataFormat(), style.getDataFormatString());
            });
        }

        @Override
        public int getNumCellStyles() {
            return styles.getNumCellStyles();
        }

        @Override
        public String getNumberFormatAt(short index) {
            return styles.getNumberFormatAt(index);
        }

        @Override
        public int getNumDataFormats() {
            return styles.getNumDataFormats();
        }

        @Override
        public int putNumberFormat(String format) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void putNumberFormat(short index, String format) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeNumberFormat(short index) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeNumberFormat(String format) {
            throw new UnsupportedOperationException();
        }

        @Override
        public XSSFFont getFontAt(int index) {
            return styles.getFontAt(index);
        }

        @Override
        public int putFont(XSSFFont font, boolean forceRegistration) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int putFont(XSSFFont font) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int putStyle(XSSFCellStyle style) {
            throw new UnsupportedOperationException();
        }

        @Override
        public XSSFCellBorder getBorderAt(int index) {
            return styles.getBorderAt(index);
        }

        @Override
        public int putBorder(XSSFCellBorder border) {
            throw new UnsupportedOperationException();
        }

        @Override
        public XSSFCellFill getFillAt(int index) {
            return styles.getFillAt(index);
        }

        @Override
        public int putFill(XSSFCellFill fill) {
            throw new UnsupportedOperationException();
        }
    }

    /** A cell style that answers its number format from fields (the rest of it is a blank style). */
    private static final class NumberFormat extends XSSFCellStyle {

        private final short format;
        private final String formatString;

        NumberFormat(StylesTable styles, short format, String formatString) {
            super(styles);
            this.format = format;
            this.formatString = formatString;
        }

        @Override
        public short getDataFormat() {
            return format;
        }

        @Override
        public String getDataFormatString() {
            return formatString;
        }
    }

    /**
     * The sheet's handler, noting each cell with a formula ({@code <f>}) but no value ({@code <v>}): POI reports no
     * cell for it, so it reads as empty (a name written =CONCATENATE("张","三") by a program was "缺少姓名"; outside
     * check).
     */
    private static final class FormulaWatch extends XSSFSheetXMLHandler {

        private final Set<String> unsaved;
        private String reference;
        private boolean formula;
        private boolean value;
        private boolean textResult;
        private boolean inValue;

        FormulaWatch(Styles styles, ReadOnlySharedStringsTable strings, Rows rows, DataFormatter cells,
                     Set<String> unsaved) {
            super(styles, null, strings, rows, cells, false);
            this.unsaved = unsaved;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (localName) {
                case "c" -> {
                    reference = attributes.getValue("r");
                    formula = false;
                    value = false;
                    // a formula whose saved value is text may save the empty text: <v></v> is its value then
                    textResult = "str".equals(attributes.getValue("t"));
                }
                case "f" -> formula = true;
                // an empty <v/> (openpyxl writes one for a formula it never computed) is no saved value: it was
                // taken as one, and the cell read as a missing name (outside check ex-s37f 6)
                case "v" -> {
                    inValue = true;
                    value = textResult;
                }
                default -> { }
            }
            super.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inValue && length > 0) {
                value = true;
            }
            super.characters(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if ("v".equals(localName)) {
                inValue = false;
            }
            super.endElement(uri, localName, qName);
            if ("c".equals(localName) && formula && !value && reference != null) {
                unsaved.add(reference);
            }
        }
    }

    /** Collects rows as the handler reports them and stops past the limit. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxRows;
        private final List<List<String>> rows = new ArrayList<>();
        private List<String> current;
        private int filled;

        Rows(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            while (rows.size() < rowNum) {
                add(List.of()); // rows the file leaves out are empty rows
            }
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            add(current);
            current = null;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (current == null) {
                return;
            }
            int column = reference == null ? current.size() : new CellReference(reference).getCol();
            if (column < 0 || column >= MAX_COLUMNS) {
                return;
            }
            while (current.size() < column) {
                current.add("");
            }
            String text = value == null ? "" : value;
            if (column < current.size()) {
                current.set(column, text);
            } else {
                current.add(text);
            }
        }

        /**
         * Only rows with something in them count against {@code maxRows}: blank lines between the rows did (outside
         * check ex-s37f 5); the empty rows kept are bounded all the same, by ten times the limit.
         */
        private void add(List<String> row) {
            boolean blank = row.stream().allMatch(c -> c == null || c.isBlank());
            if (!blank && filled >= maxRows || rows.size() >= 10L * maxRows) {
                throw new StopReading();
            }
            if (!blank) {
                filled++;
            }
            rows.add(row);
        }
    }

    /** Thrown from the SAX handlers to stop parsing (past the row limit, or read far enough); never leaves this class. */
    private static final class StopReading extends RuntimeException {

        StopReading() {
            super(null, null, false, false);
        }
    }

    /**
     * The archive's parts, unpacked only when POI reads one, and counted while they are read. Once a limit is
     * passed every read fails, and {@link #exceeded()} tells that this was the reason (POI wraps the exception).
     */
    private static final class CountedZip implements ZipEntrySource {

        private final ZipFile zip;
        private long unpacked;
        private boolean exceeded;
        private boolean closed;

        CountedZip(byte[] bytes) throws IOException {
            this.zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
        }

        int parts() {
            return Collections.list(zip.getEntries()).size();
        }

        boolean exceeded() {
            return exceeded;
        }

        @Override
        public Enumeration<? extends ZipArchiveEntry> getEntries() {
            return zip.getEntries();
        }

        @Override
        public ZipArchiveEntry getEntry(String path) {
            return zip.getEntry(path);
        }

        @Override
        public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
            return new Counted(zip.getInputStream(entry));
        }

        @Override
        public void close() throws IOException {
            closed = true;
            zip.close();
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        private void count(long partBytes, long n) throws IOException {
            unpacked += n;
            if (exceeded || partBytes > MAX_PART_BYTES || unpacked > MAX_UNPACKED_BYTES) {
                exceeded = true;
                throw new IOException("The .xlsx file unpacks to more than the limit");
            }
        }

        /** One part as it is unpacked. */
        private final class Counted extends FilterInputStream {

            private long read;

            Counted(InputStream in) {
                super(in);
            }

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    read++;
                    count(read, 1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    read += n;
                    count(read, n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                if (skipped > 0) {
                    read += skipped;
                    count(read, skipped);
                }
                return skipped;
            }
        }
    }
}
