package org.shoumi.portal.records.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shoumi.quizzes.bank.control.importing.TextCells;

/**
 * The evidence for an inspection as one Excel workbook (Apache POI): a sheet per kind of record, a header row,
 * every cell text, quote-prefixed where it starts like a formula ({@link TextCells}), so nothing in a name or title is
 * ever run as one and every text reads as the portal shows it. Written as a stream
 * (POI's SXSSF keeps 200 rows in memory and spills the rest to a temporary file, removed at the end), so a unit of
 * 100,000 people does not hold every cell as an object.
 */
public final class InspectionWorkbook {

    private InspectionWorkbook() {
    }

    /** Sheets in order: name → rows, the first row being the header. */
    public static byte[] write(Map<String, List<List<String>>> sheets) {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TextCells text = new TextCells(book);
            for (Map.Entry<String, List<List<String>>> e : new LinkedHashMap<>(sheets).entrySet()) {
                Sheet sheet = book.createSheet(e.getKey());
                List<List<String>> rows = e.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        text.set(row.createCell(c), cells.get(c));
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
        }
    }
}
