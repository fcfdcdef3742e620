package org.shoumi.quizzes.bank.control.importing;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes text into a workbook's cells exactly as it is stored. A text cell is never run as a formula, but one
 * starting with = + - @ would become one when someone edits the cell; such a cell gets Excel's quote prefix (the
 * hidden apostrophe of a style, not a character of the text), so the reader sees what the portal shows and the cell
 * stays text. The CSV files, which have no styles, keep {@link SpreadsheetLayout#neutralise}'s visible apostrophe.
 */
public final class TextCells {

    private final Workbook book;
    private final Map<Short, CellStyle> quoted = new HashMap<>();

    public TextCells(Workbook book) {
        this.book = book;
    }

    /** Sets the cell's text (null as empty), after its style is set: the quote prefix is added to that style. */
    public void set(Cell cell, String value) {
        String text = value == null ? "" : value;
        cell.setCellValue(text);
        if (SpreadsheetLayout.startsLikeFormula(text)) {
            CellStyle base = cell.getCellStyle();
            cell.setCellStyle(quoted.computeIfAbsent(base.getIndex(), index -> {
                CellStyle style = book.createCellStyle();
                style.cloneStyleFrom(base);
                style.setQuotePrefixed(true);
                return style;
            }));
        }
    }
}
