package org.shoumi.quizzes.bank.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shoumi.quizzes.bank.control.importing.XlsxFixtures.cell;
import static org.shoumi.quizzes.bank.control.importing.XlsxFixtures.columnName;
import static org.shoumi.quizzes.bank.control.importing.XlsxFixtures.row;
import static org.shoumi.quizzes.bank.control.importing.XlsxFixtures.xlsx;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.junit.jupiter.api.Test;

/** The streaming .xlsx reader: rows as a spreadsheet shows them, and files it refuses before they cost memory. */
class XlsxSheetReaderTest {

    private static XlsxSheetReader.Sheet read(byte[] xlsx, int maxRows) {
        return XlsxSheetReader.firstSheet(xlsx, maxRows, new DataFormatter());
    }

    @Test
    void rowsAndCellsTheFileLeavesOutAreEmptyAndFarCellsAreLeftOut() {
        byte[] file = xlsx(sheet -> {
            sheet.write(row(1, "题型", "题干"));
            // row 2 is missing; row 3 has A and C, a number in D and a cell in column XFD
            sheet.write("<row r=\"3\">" + cell("A3", "单选") + cell("C3", "丙") + "<c r=\"D3\"><v>1001</v></c>"
                    + cell("XFD3", "far away") + "</row>");
            sheet.write("<row r=\"4\"/>");
        });
        XlsxSheetReader.Sheet sheet = read(file, 10);
        assertNull(sheet.refusal());
        assertEquals(List.of(List.of("题型", "题干"), List.of(), List.of("单选", "", "丙", "1001"), List.of()),
                sheet.rows());
    }

    @Test
    void aFormulaWhoseValueTheFileDoesNotKeepIsNamed() {
        byte[] file = xlsx(sheet -> {
            sheet.write(row(1, "工号", "姓名"));
            // B2: a formula written by a program, no cached value; B3: the same saved by Excel, with its value
            sheet.write("<row r=\"2\">" + cell("A2", "SM1") + "<c r=\"B2\" t=\"str\"><f>CONCATENATE(\"张\",\"三\")</f></c></row>");
            sheet.write("<row r=\"3\">" + cell("A3", "SM2")
                    + "<c r=\"B3\" t=\"str\"><f>CONCATENATE(\"李\",\"四\")</f><v>李四</v></c></row>");
        });
        XlsxSheetReader.Sheet sheet = read(file, 10);
        assertNull(sheet.refusal());
        assertEquals(List.of(List.of("工号", "姓名"), List.of("SM1"), List.of("SM2", "李四")), sheet.rows(),
                "the unsaved formula reads as empty, the saved one as its value");
        assertEquals(java.util.Set.of("B2"), sheet.unsavedFormulas());
    }

    /**
     * Found by an outside check (ex-s37f 6): openpyxl writes a formula it never computed as {@code <f>…</f><v/>}; the
     * empty value was taken as a saved one and the name read as missing. A formula whose saved value is text keeps
     * the empty text as its value.
     */
    @Test
    void anEmptySavedValueIsNoSavedValueUnlessTheResultIsText() {
        byte[] file = xlsx(sheet -> {
            sheet.write(row(1, "工号", "姓名"));
            sheet.write("<row r=\"2\">" + cell("A2", "SM1") + "<c r=\"B2\"><f>CONCATENATE(\"测\",\"试\")</f><v /></c></row>");
            sheet.write("<row r=\"3\">" + cell("A3", "SM2") + "<c r=\"B3\" t=\"str\"><f>TRIM(\" \")</f><v></v></c></row>");
        });
        XlsxSheetReader.Sheet sheet = read(file, 10);
        assertNull(sheet.refusal());
        assertEquals(java.util.Set.of("B2"), sheet.unsavedFormulas());
    }

    /** Found by an outside check (ex-s37f 5): blank lines counted against the row limit; rows with text only count. */
    @Test
    void blankRowsDoNotCountAgainstTheLimit() {
        byte[] file = xlsx(sheet -> {
            for (int r = 1; r <= 5; r++) {
                sheet.write(row(2 * r, "单选", "题干 " + r));
            }
        });
        XlsxSheetReader.Sheet sheet = read(file, 5);
        assertNull(sheet.refusal(), "five rows with text, five blank ones");
        assertEquals(10, sheet.rows().size());
        assertEquals(XlsxSheetReader.Refusal.TOO_MANY_ROWS, read(file, 4).refusal());
    }

    @Test
    void readingStopsAtTheFirstRowPastTheLimit() {
        // 6,000 rows and then a sheet that breaks off: only a reader that stops at row 5,002 can say "too many rows"
        byte[] file = XlsxFixtures.xlsx(false, sheet -> {
            for (int r = 1; r <= 6000; r++) {
                sheet.write(row(r, "单选", "题干 " + r));
            }
        }, "<row r=\"6001\"><c r=\"A6001\" t=\"inlineStr\"><is><t>broken off <<<");
        assertEquals(XlsxSheetReader.Refusal.TOO_MANY_ROWS, read(file, 5001).refusal());
        assertEquals("import.error.tooManyRows", SpreadsheetFiles.readXlsx(file).problems().get(0).key());
        assertEquals(List.of("5000"), SpreadsheetFiles.readXlsx(file).problems().get(0).args());
    }

    @Test
    void aSheetThatUnpacksTo200MbIsRefusedAfterTheFirst20() {
        String cells = "<c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c>".repeat(1000); // ~40 KB per row
        byte[] file = xlsx(sheet -> {
            for (int r = 1; r <= 5000; r++) {
                sheet.write("<row r=\"" + r + "\">" + cells + "</row>");
            }
        });
        assertTrue(file.length < SpreadsheetFiles.MAX_BYTES, "small enough to be uploaded: " + file.length);
        assertTrue(unpacked(file) > 190_000_000L, "unpacks to " + unpacked(file));
        ImportResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> SpreadsheetFiles.readXlsx(file));
        assertEquals("import.error.unpackedTooLarge", result.problems().get(0).key());
        assertEquals(List.of("20"), result.problems().get(0).args());
    }

    @Test
    void aSheetBelowPoisInflateRatioThatUnpacksPastTheLimitIsRefusedToo() {
        // like the file that ran the server out of memory: it inflates less than 100 times, so POI's own
        // zip-bomb check (minimum inflate ratio 0.01) lets it through, but it is still far too big to load
        Random random = new Random(13);
        byte[] file = xlsx(sheet -> {
            for (int r = 1; r <= 4000; r++) {
                StringBuilder row = new StringBuilder("<row r=\"" + r + "\">");
                for (int c = 0; c < 160; c++) {
                    row.append(cell(columnName(c) + r, "保密培训记录 " + random.nextInt(100)));
                }
                sheet.write(row.append("</row>").toString());
            }
        });
        long unpacked = unpacked(file);
        assertTrue(file.length < SpreadsheetFiles.MAX_BYTES, "small enough to be uploaded: " + file.length);
        assertTrue(unpacked > 2L * XlsxSheetReader.MAX_PART_BYTES, "unpacks to " + unpacked);
        assertTrue(unpacked < 100L * file.length, "POI's inflate-ratio check would pass it: " + unpacked / file.length);
        assertEquals("import.error.unpackedTooLarge", SpreadsheetFiles.readXlsx(file).problems().get(0).key());
    }

    @Test
    void notAZipOrAZipWithoutAWorkbookIsUnreadable() {
        assertEquals(XlsxSheetReader.Refusal.UNREADABLE, read("not a workbook".getBytes(), 10).refusal());
        assertEquals(XlsxSheetReader.Refusal.UNREADABLE, read(new byte[0], 10).refusal());
        byte[] broken = XlsxFixtures.xlsx(false, sheet -> sheet.write(row(1, "a")), "<row><c><<<");
        assertEquals(XlsxSheetReader.Refusal.UNREADABLE, read(broken, 10).refusal());
    }

    private static long unpacked(byte[] xlsx) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
            long size = 0;
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                size += entry.getSize();
            }
            return size;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
