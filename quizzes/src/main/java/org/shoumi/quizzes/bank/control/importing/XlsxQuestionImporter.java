package org.shoumi.quizzes.bank.control.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Imports a question bank from the first sheet of an .xlsx workbook (Apache POI) in the usual Chinese layout.
 * Cells are read as displayed text (a difficulty typed as the number 3 reads "3"); formula cells are read by
 * their cached value and never evaluated. Row numbers in errors are the sheet's row numbers.
 */
public final class XlsxQuestionImporter {

    private XlsxQuestionImporter() {
    }

    public static ImportResult read(byte[] data, ImportOptions options) {
        List<QuestionRows.Row> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(data))) {
            if (workbook.getNumberOfSheets() == 0) {
                return new ImportResult.Failure(List.of(ImportError.of(0, "import.error.emptyFile")));
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                rows.add(new QuestionRows.Row(row.getRowNum() + 1, cells));
            }
        } catch (IOException | RuntimeException e) {
            return new ImportResult.Failure(List.of(ImportError.of(0, "import.error.unreadableFile",
                    e.getClass().getSimpleName() + ": " + e.getMessage())));
        }
        rows.removeIf(r -> r.cells().stream().allMatch(String::isBlank));
        if (rows.isEmpty()) {
            return new ImportResult.Failure(List.of(ImportError.of(0, "import.error.emptyFile")));
        }
        return new QuestionRows(options).read(rows.get(0), rows.subList(1, rows.size()));
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return switch (cell.getCachedFormulaResultType()) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                        cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            };
        }
        return formatter.formatCellValue(cell);
    }
}
