package org.shoumi.quizzes.bank.control.exporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shoumi.quizzes.bank.control.TabularLayout;
import org.shoumi.quizzes.bank.entity.AnswerKey;
import org.shoumi.quizzes.bank.entity.ChoiceOption;
import org.shoumi.quizzes.bank.entity.Question;

/**
 * Writes questions in the usual Chinese spreadsheet layout ({@link TabularLayout#EXPORT_HEADER}) as CSV
 * (UTF-8 with BOM, CRLF, so Excel opens it correctly) or XLSX. Options are written in their stored order under
 * 选项A–F and the answer as letters of those positions; JUDGE as 对/错; FILL as {@code a|b;c}. Every text cell is
 * {@linkplain TabularLayout#neutralise neutralised} against formula injection; the importers undo it, so an
 * export re-imports to equal questions (MULTI weights, which the layout cannot hold, are not exported).
 */
public final class QuestionExporter {

    private QuestionExporter() {
    }

    /** One row of cells per question, without the header; difficulty as a decimal string. */
    public static List<List<String>> rows(List<Question> questions) {
        List<List<String>> rows = new ArrayList<>();
        for (Question q : questions) {
            List<String> row = new ArrayList<>();
            row.add(TabularLayout.typeLabel(q.type()));
            row.add(q.stem());
            for (int i = 0; i < 6; i++) {
                row.add(i < q.options().size() ? q.options().get(i).text() : "");
            }
            row.add(answer(q));
            row.add(q.explanation());
            row.add(String.valueOf(q.difficulty()));
            row.add(q.category());
            row.add(q.clause() == null ? "" : q.clause().value());
            row.add(q.legalBasis() == null ? "" : q.legalBasis());
            row.add(String.join(",", q.tags().stream().sorted().toList()));
            row.add(q.key().value());
            rows.add(row);
        }
        return rows;
    }

    static String answer(Question q) {
        AnswerKey key = q.answerKey();
        if (key instanceof AnswerKey.Single s) {
            return letter(q, s.optionId());
        }
        if (key instanceof AnswerKey.Multi m) {
            StringBuilder b = new StringBuilder();
            for (ChoiceOption o : q.options()) {
                if (m.correctOptionIds().contains(o.id())) {
                    b.append(letter(q, o.id()));
                }
            }
            return b.toString();
        }
        if (key instanceof AnswerKey.Judge j) {
            return j.statementTrue() ? "对" : "错";
        }
        return ((AnswerKey.Fill) key).blanks().stream()
                .map(b -> String.join("|", b.acceptedAnswers()))
                .collect(Collectors.joining(";"));
    }

    private static String letter(Question q, String optionId) {
        for (int i = 0; i < q.options().size(); i++) {
            if (q.options().get(i).id().equals(optionId)) {
                return String.valueOf(TabularLayout.OPTION_LETTERS.charAt(i));
            }
        }
        throw new IllegalStateException("no option " + optionId);
    }

    /** CSV, UTF-8 with byte-order mark. */
    public static byte[] toCsv(List<Question> questions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xEF);
        out.write(0xBB);
        out.write(0xBF);
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(w, CSVFormat.EXCEL)) {
            printer.printRecord(TabularLayout.EXPORT_HEADER);
            for (List<String> row : rows(questions)) {
                printer.printRecord(row.stream().map(TabularLayout::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** XLSX workbook with one sheet "题库"; difficulty is a numeric cell, everything else text. */
    public static byte[] toXlsx(List<Question> questions) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("题库");
            Row header = sheet.createRow(0);
            for (int c = 0; c < TabularLayout.EXPORT_HEADER.size(); c++) {
                header.createCell(c).setCellValue(TabularLayout.EXPORT_HEADER.get(c));
            }
            int difficultyColumn = TabularLayout.EXPORT_HEADER.indexOf(TabularLayout.DIFFICULTY);
            List<List<String>> rows = rows(questions);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Cell cell = row.createCell(c);
                    if (c == difficultyColumn) {
                        cell.setCellValue(Integer.parseInt(cells.get(c)));
                    } else {
                        cell.setCellValue(TabularLayout.neutralise(cells.get(c)));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
