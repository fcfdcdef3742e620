package org.shoumi.quizzes.bank.control.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** CSV (UTF-8 or GBK) and Excel .xlsx files in the spreadsheet layout, read with Commons CSV and Apache POI. */
public final class SpreadsheetFiles {

    /** Files larger than this are refused before parsing. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final int MAX_ROWS = 5000;

    private SpreadsheetFiles() {
    }

    public static ImportResult readCsv(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return tooLarge();
        }
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(TextDecoding.decode(bytes)),
                CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get())) {
            for (CSVRecord record : parser) {
                if (rows.size() > MAX_ROWS) {
                    return tooManyRows();
                }
                rows.add(record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            return new ImportResult(List.of(), List.of(ImportProblem.of(0, "import.error.unreadable", "CSV")));
        } catch (TextDecoding.Undecodable encoding) {
            return undecodable();
        }
        return SpreadsheetLayout.read(rows);
    }

    /**
     * The first sheet, read as a stream ({@link XlsxSheetReader}): cells as Excel shows them (DataFormatter),
     * formulas by their last computed value.
     */
    /** A text file that is neither UTF-8 nor GBK. */
    public static ImportResult undecodable() {
        return new ImportResult(List.of(), List.of(ImportProblem.of(0, "import.error.encoding")));
    }

    public static ImportResult readXlsx(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return tooLarge();
        }
        XlsxSheetReader.Sheet sheet = XlsxSheetReader.firstSheet(bytes, MAX_ROWS + 1, new DataFormatter());
        if (sheet.refused()) {
            return switch (sheet.refusal()) {
                case TOO_MANY_ROWS -> tooManyRows();
                case UNPACKED_TOO_LARGE -> new ImportResult(List.of(), List.of(ImportProblem.of(0,
                        "import.error.unpackedTooLarge", XlsxSheetReader.MAX_PART_BYTES / 1024 / 1024)));
                case UNREADABLE -> new ImportResult(List.of(), List.of(ImportProblem.of(0, "import.error.unreadable", "Excel")));
            };
        }
        return SpreadsheetLayout.read(sheet.rows());
    }

    /** The rows (header first) as CSV in UTF-8 with a BOM, so that Excel opens the Chinese text correctly. */
    public static byte[] writeCsv(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xEF);
        out.write(0xBB);
        out.write(0xBF);
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
            printer.printRecord(SpreadsheetLayout.HEADERS);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetLayout::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] writeXlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("题库");
            TextCells cells = new TextCells(workbook);
            List<List<String>> all = new ArrayList<>();
            all.add(SpreadsheetLayout.HEADERS);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) {
                    // always a text cell, quote-prefixed where it looks like a formula: never evaluated as one
                    cells.set(row.createCell(c), all.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportResult tooManyRows() {
        return new ImportResult(List.of(), List.of(ImportProblem.of(0, "import.error.tooManyRows", MAX_ROWS)));
    }

    private static ImportResult tooLarge() {
        return new ImportResult(List.of(), List.of(ImportProblem.of(0, "import.error.tooLarge", MAX_BYTES / 1024 / 1024)));
    }
}
