package org.shoumi.portal.employees.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shoumi.portal.employees.control.RosterProblem.Kind;
import org.shoumi.quizzes.bank.control.importing.TextDecoding;
import org.shoumi.quizzes.bank.control.importing.XlsxSheetReader;

/**
 * Roster files as rows of text cells: CSV (UTF-8 with or without BOM, or GBK, told apart by the question
 * import's {@link TextDecoding}) read with Commons CSV, and Excel .xlsx read as a stream with Apache POI's event
 * API ({@link XlsxSheetReader}, shared with the question import). Excel date cells become {@code yyyy-MM-dd},
 * whole numbers lose their ".0", so that a staff number typed as a number stays "1001". Also writes the empty
 * template in both formats.
 */
public final class RosterFiles {

    /** Files larger than this are refused before parsing (the servlet's multipart limit is the same). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /**
     * At most this many people in one file: rows of people, below the header ({@link RosterReader} counts them, as it
     * knows where the header is); the title rows, the header and blank lines do not count (they did: an export
     * with two title rows and 5,000 people was refused as "超过 5000 行"; outside check ex-s37f 5).
     */
    public static final int MAX_ROWS = 5000;
    /**
     * Rows with text that may stand above the people: the header and the title rows above it (the header is looked
     * for in the first {@value} rows). Reading stops past {@code MAX_ROWS + ROWS_ABOVE} rows with text.
     */
    static final int ROWS_ABOVE = 5;

    /**
     * What a file yields: its rows (header first), or the problem that stopped reading it; {@code unsavedFormulas}
     * the cells of an .xlsx file (as "B2") holding a formula whose value the file does not keep, which read as empty.
     */
    public record Sheet(List<List<String>> rows, List<RosterProblem> problems, Set<String> unsavedFormulas) {

        public Sheet {
            unsavedFormulas = Set.copyOf(unsavedFormulas);
        }

        public Sheet(List<List<String>> rows, List<RosterProblem> problems) {
            this(rows, problems, Set.of());
        }
    }

    private RosterFiles() {
    }

    /** Reads a .csv or .xlsx file, chosen by the file name's ending. */
    public static Sheet read(String fileName, byte[] bytes) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return xlsx(bytes);
        }
        if (lower.endsWith(".csv")) {
            return csv(bytes);
        }
        return refused(RosterProblem.ofFile(Kind.UNREADABLE, fileName == null ? "" : fileName));
    }

    public static Sheet csv(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return tooLarge();
        }
        List<List<String>> rows = new ArrayList<>();
        int filled = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(TextDecoding.decode(bytes)),
                CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get())) {
            for (CSVRecord record : parser) {
                List<String> row = record.toList();
                boolean blank = row.stream().allMatch(c -> c == null || c.isBlank());
                // blank lines do not count, but are bounded all the same (ten times the rows allowed)
                if (!blank && ++filled > MAX_ROWS + ROWS_ABOVE || rows.size() >= 10 * (MAX_ROWS + ROWS_ABOVE)) {
                    return refused(RosterProblem.ofFile(Kind.TOO_MANY_ROWS, MAX_ROWS));
                }
                rows.add(row);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            // Commons CSV stops at a quote that does not pair (a "…" cell left open, or text after a closing quote):
            // the row it was reading is the one after the rows read, counted as the file's lines are (header = 1)
            int row = rows.size() + 1;
            return refused(RosterProblem.of(row, null, -1, Kind.CSV_QUOTES, row));
        } catch (TextDecoding.Undecodable encoding) {
            return refused(RosterProblem.ofFile(Kind.ENCODING_UNKNOWN));
        }
        return new Sheet(rows, List.of());
    }

    /**
     * The first sheet, read as a stream ({@link XlsxSheetReader}): reading stops at the first row with text past
     * {@link #MAX_ROWS} and {@link #ROWS_ABOVE} (the reader counts the people exactly), and a file that unpacks to more than {@link XlsxSheetReader#MAX_PART_BYTES} is refused.
     */
    public static Sheet xlsx(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return tooLarge();
        }
        XlsxSheetReader.Sheet sheet = XlsxSheetReader.firstSheet(bytes, MAX_ROWS + ROWS_ABOVE, new RosterCells());
        if (sheet.refused()) {
            return refused(switch (sheet.refusal()) {
                case TOO_MANY_ROWS -> RosterProblem.ofFile(Kind.TOO_MANY_ROWS, MAX_ROWS);
                case UNPACKED_TOO_LARGE -> RosterProblem.ofFile(Kind.UNPACKED_TOO_LARGE,
                        XlsxSheetReader.MAX_PART_BYTES / 1024 / 1024);
                case UNREADABLE -> RosterProblem.ofFile(Kind.UNREADABLE, "Excel");
            });
        }
        return new Sheet(sheet.rows(), List.of(), sheet.unsavedFormulas());
    }

    /** The header row as CSV in UTF-8 with a BOM, so that Excel opens the Chinese text correctly. */
    public static byte[] templateCsv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xEF);
        out.write(0xBB);
        out.write(0xBF);
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
            printer.printRecord(RosterColumn.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The header row in an Excel workbook whose columns are text, so staff numbers keep leading zeros. */
    public static byte[] templateXlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("人员名册");
            var text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row header = sheet.createRow(0);
            List<String> headers = RosterColumn.headers();
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
                sheet.setDefaultColumnStyle(c, text);
                sheet.setColumnWidth(c, 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Numbers as the roster wants them: a date-formatted number as {@code yyyy-MM-dd}, any other number in plain
     * digits without a trailing ".0" (so that a staff number typed as a number stays "1001"). Text cells never
     * pass through here and stay as typed.
     */
    static final class RosterCells extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean date1904) {
            if (DateUtil.isValidExcelDate(value) && DateUtil.isADateFormat(formatIndex, formatString)) {
                return DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    private static Sheet tooLarge() {
        return refused(RosterProblem.ofFile(Kind.TOO_LARGE, MAX_BYTES / 1024 / 1024));
    }

    private static Sheet refused(RosterProblem problem) {
        return new Sheet(List.of(), List.of(problem));
    }
}
