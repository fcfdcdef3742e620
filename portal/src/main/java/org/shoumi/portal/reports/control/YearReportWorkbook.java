package org.shoumi.portal.reports.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.quizzes.bank.control.importing.TextCells;

/**
 * Writes {@link YearFigures} to an Excel workbook (Apache POI): a summary sheet, then one sheet per section
 * (coverage by department, coverage by class, study hours, quizzes, offline sessions, pledges, self-inspection,
 * departures with the 脱密期), each with a header row and, where sums make sense, a total row. Counts, hours and
 * scores are numeric cells; rates are fractions formatted as percentages (0.0%), blank when there is no rate;
 * dates are date cells. Text that starts like a formula is quote-prefixed ({@link TextCells}), so no name or title ever runs as one. The workbook is small
 * (a row per department, class, quiz or session), so it is built in memory rather than streamed.
 *
 * <p>Every header and label comes from the label lookup (keys {@code report.*} and {@code enum.SecrecyClass.*},
 * {@code enum.PledgeKind.*}, {@code enum.DepartureKind.*}): pass {@code bundle::getString} of the report's
 * language.
 */
public final class YearReportWorkbook {

    private final YearFigures figures;
    private final Function<String, String> labels;
    private final ZoneId zone;
    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle count;
    private final CellStyle decimal;
    private final CellStyle rate;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle totalText;
    private final CellStyle totalCount;
    private final CellStyle totalDecimal;
    private final CellStyle totalRate;
    private final TextCells textCells;

    private YearReportWorkbook(YearFigures figures, Function<String, String> labels, ZoneId zone) {
        this.figures = figures;
        this.labels = labels;
        this.zone = zone;
        var format = book.createDataFormat();
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = book.createCellStyle();
        textCells = new TextCells(book);
        count = styled(format.getFormat("#,##0"), false, bold);
        decimal = styled(format.getFormat("0.00"), false, bold);
        rate = styled(format.getFormat("0.0%"), false, bold);
        date = styled(format.getFormat("yyyy-mm-dd"), false, bold);
        dateTime = styled(format.getFormat("yyyy-mm-dd hh:mm"), false, bold);
        totalText = styled((short) 0, true, bold);
        totalCount = styled(format.getFormat("#,##0"), true, bold);
        totalDecimal = styled(format.getFormat("0.00"), true, bold);
        totalRate = styled(format.getFormat("0.0%"), true, bold);
    }

    private CellStyle styled(short dataFormat, boolean total, Font bold) {
        CellStyle s = book.createCellStyle();
        s.setDataFormat(dataFormat);
        if (total) {
            s.setFont(bold);
            s.setBorderTop(BorderStyle.THIN);
        }
        return s;
    }

    /**
     * The workbook's bytes (.xlsx).
     *
     * @param figures the report
     * @param labels the label of each key, in the report's language (a resource bundle's {@code getString})
     * @param zone the zone the generation time is printed in
     */
    public static byte[] write(YearFigures figures, Function<String, String> labels, ZoneId zone) {
        return write(figures, labels, zone, null);
    }

    /**
     * {@link #write(YearFigures, Function, ZoneId)} naming who exported it ({@code exportedBy}: "徐慧（hr）", a login
     * without a person as it is; null for none) under the generation time and as the file's author, as the report's
     * PDF does (outside check: the PDF named its exporter, the workbook of the same figures did not).
     */
    public static byte[] write(YearFigures figures, Function<String, String> labels, ZoneId zone, String exportedBy) {
        YearReportWorkbook w = new YearReportWorkbook(figures, labels, zone);
        try (XSSFWorkbook book = w.book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (exportedBy != null) {
                book.getProperties().getCoreProperties().setCreator(exportedBy);
            }
            w.summary(exportedBy);
            w.coverageByDepartment();
            w.coverageByClass();
            w.hours();
            w.quizzes();
            w.sessions();
            w.pledges();
            w.selfInspection();
            w.departures();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report's title (2026年度保密教育培训情况). */
    static String title(YearFigures f, Function<String, String> labels) {
        return MessageFormat.format(labels.apply("report.title"), String.valueOf(f.year()));
    }

    /** The scope as printed: the whole unit, or the department's name and code. */
    static String scope(YearFigures f, Function<String, String> labels) {
        return f.scope().isWholeUnit() ? labels.apply("report.scope.unit")
                : MessageFormat.format(labels.apply("report.scope.department"), f.scope().departmentCode(),
                        f.scope().departmentName());
    }

    private void summary(String exportedBy) {
        Table t = new Table("report.sheet.summary", "report.col.item", "report.col.value");
        YearFigures.Totals s = figures.totals();
        t.row().label("report.unit").text(figures.unit());
        t.row().label("report.year").plain(figures.year());
        t.row().label("report.scope").text(scope(figures, labels));
        Row generated = t.row().label("report.generatedAt").row;
        Cell at = generated.createCell(1);
        at.setCellValue(figures.generatedAt().atZone(zone).toLocalDateTime());
        at.setCellStyle(dateTime);
        if (exportedBy != null) {
            t.row().label("report.exportedBy").text(exportedBy);
        }
        t.row().label("report.col.people").count(s.people(), false);
        t.row().label("report.col.programmes").count(s.programmes(), false);
        t.row().label("report.col.completed").count(s.completed(), false);
        t.row().label("report.col.overdue").count(s.overdue(), false);
        t.row().label("report.col.percent").rate(s.percent(), false);
        t.row().label("report.col.averageHours").decimal(s.averageHours(), false);
        t.row().label("report.col.percentMeetingTarget").rate(s.percentMeetingTarget(), false);
        t.row().label("report.summary.quizzes").count(s.quizzes(), false);
        t.row().label("report.col.takers").count(s.quizTakers(), false);
        t.row().label("report.col.passRate").rate(s.passRate(), false);
        t.row().label("report.summary.sessions").count(s.sessions(), false);
        t.row().label("report.col.hours").decimal(s.sessionHours(), false);
        t.row().label("report.col.attendance").rate(s.attendance(), false);
        t.row().label("report.summary.pledges").count(s.pledgesSigned(), false);
        t.row().label("report.inspection.findingsOpen").count(figures.selfInspection().findingsOpen(), false);
        t.row().label("report.summary.departures").count(s.departures(), false);
        t.row().label("report.period.running").count(figures.postExitPeriods().running(), false);
        t.finish(new int[] {24, 28});
    }

    private void coverageByDepartment() {
        Table t = new Table("report.sheet.coverageByDepartment", "report.col.departmentCode", "report.col.department",
                "report.col.people", "report.col.programmes", "report.col.completed", "report.col.overdue",
                "report.col.percent");
        for (YearFigures.DepartmentCoverage c : figures.coverageByDepartment()) {
            t.row().text(c.departmentCode()).text(c.departmentName()).count(c.people(), false)
                    .count(c.programmes(), false).count(c.completed(), false).count(c.overdue(), false)
                    .rate(c.percent(), false);
        }
        YearFigures.Totals s = figures.totals();
        t.row().total().blank(true).count(s.people(), true).count(s.programmes(), true).count(s.completed(), true)
                .count(s.overdue(), true).rate(s.percent(), true);
        t.finish(new int[] {12, 20, 10, 12, 10, 10, 10});
    }

    private void coverageByClass() {
        Table t = new Table("report.sheet.coverageByClass", "report.col.secrecyClass", "report.col.people",
                "report.col.programmes", "report.col.completed", "report.col.overdue", "report.col.percent");
        for (YearFigures.ClassCoverage c : figures.coverageByClass()) {
            t.row().label("enum.SecrecyClass." + c.secrecyClass().name()).count(c.people(), false)
                    .count(c.programmes(), false).count(c.completed(), false).count(c.overdue(), false)
                    .rate(c.percent(), false);
        }
        YearFigures.ClassTotal total = figures.coverageByClassTotal();
        t.row().total().count(total.people(), true).count(total.programmes(), true).count(total.completed(), true)
                .count(total.overdue(), true).rate(total.percent(), true);
        t.finish(new int[] {14, 10, 12, 10, 10, 10});
    }

    private void hours() {
        // the people in post at the year's end only: said in the heading, as the coverage counts everyone of the year
        Table t = new Table("report.sheet.hours", "report.col.secrecyClass", "report.col.peopleInPost",
                "report.col.averageHours", "report.col.targetHours", "report.col.meetingTarget",
                "report.col.percentMeetingTarget");
        for (YearFigures.Hours h : figures.hours()) {
            t.row().label("enum.SecrecyClass." + h.secrecyClass().name()).count(h.people(), false)
                    .decimal(h.averageHours(), false).decimal(h.targetHours(), false).count(h.meetingTarget(), false)
                    .rate(h.percentMeetingTarget(), false);
        }
        YearFigures.Totals s = figures.totals();
        t.row().total().count(s.hoursPeople(), true).decimal(s.averageHours(), true).blank(true)
                .count(s.meetingTarget(), true).rate(s.percentMeetingTarget(), true);
        t.finish(new int[] {14, 10, 12, 12, 14, 12});
    }

    private void quizzes() {
        Table t = new Table("report.sheet.quizzes", "report.col.quizCode", "report.col.quizTitle", "report.col.takers",
                "report.col.passed", "report.col.passRate", "report.col.averageScore");
        for (YearFigures.QuizResult q : figures.quizzes()) {
            t.row().text(q.quizCode()).text(q.title()).count(q.takers(), false).count(q.passed(), false)
                    .rate(q.passRate(), false).decimal(q.averageScore(), false);
        }
        YearFigures.Totals s = figures.totals();
        t.row().total().blank(true).count(s.quizTakers(), true).count(s.quizPassed(), true).rate(s.passRate(), true)
                .decimal(s.averageScore(), true);
        t.finish(new int[] {14, 32, 10, 10, 10, 10});
    }

    private void sessions() {
        Table t = new Table("report.sheet.sessions", "report.col.date", "report.col.kind", "report.col.topic",
                "report.col.hours", "report.col.audience", "report.col.attended", "report.col.absent",
                "report.col.attendance");
        for (YearFigures.Session s : figures.sessions()) {
            t.row().date(s.date()).text(labels.apply("enum.SessionKind." + s.kind())).text(s.topic()).decimal(s.hours(), false).count(s.audience(), false)
                    .count(s.attended(), false).count(s.absent(), false).rate(s.attendance(), false);
        }
        YearFigures.Totals s = figures.totals();
        t.row().total().blank(true).blank(true).decimal(s.sessionHours(), true).count(s.audience(), true)
                .count(s.attended(), true).count(s.absent(), true).rate(s.attendance(), true);
        t.finish(new int[] {12, 14, 36, 8, 10, 10, 10, 10});
    }

    private void pledges() {
        Table t = new Table("report.sheet.pledges", "report.col.pledgeKind", "report.col.signed");
        for (PledgeKind kind : PledgeKind.values()) {
            t.row().label("enum.PledgeKind." + kind.name()).count(figures.pledgesSigned(kind), false);
        }
        t.row().label("report.pledges.lowering").count(figures.loweringPledges(), false);
        t.row().total().count(figures.totals().pledgesSigned(), true);
        t.finish(new int[] {24, 12});
    }

    private void selfInspection() {
        Table t = new Table("report.sheet.selfInspection", "report.col.item", "report.col.value");
        YearFigures.SelfInspection s = figures.selfInspection();
        t.row().label("report.inspection.rounds").count(s.rounds(), false);
        t.row().label("report.inspection.forms").count(s.formsFilled(), false);
        t.row().label("report.inspection.findingsOpen").count(s.findingsOpen(), false);
        t.row().label("report.inspection.findingsClosed").count(s.findingsClosed(), false);
        t.row().label("report.inspection.percentClosed").rate(s.percentClosed(), false);
        t.row().label("report.inspection.officeVisits").count(s.officeVisits(), false);
        t.finish(new int[] {24, 12});
    }

    private void departures() {
        Table t = new Table("report.sheet.departures", "report.col.departureKind", "report.col.count");
        // the total is of those who left (离岗, 离职); a hand-over (转岗交接) follows it, not counted in it (it sat
        // above the total and the column did not add up: outside check)
        for (DepartureKind kind : DepartureKind.values()) {
            if (!kind.isHandover()) {
                t.row().label("enum.DepartureKind." + kind.name()).count(figures.departures(kind), false);
            }
        }
        // the people who left, each once: one who left the post and then the unit in the year is in both rows above
        // (the total was their sum, 6 where 5 people had left; outside check)
        t.row().total("report.departures.people").count(figures.totals().departures(), true);
        for (DepartureKind kind : DepartureKind.values()) {
            if (kind.isHandover()) {
                t.row().label("enum.DepartureKind." + kind.name()).count(figures.departures(kind), false);
            }
        }
        // a lowering to another secret-related class keeps the person in post: listed after the total, not in it
        t.row().label("report.departures.loweredInPost").count(figures.loweredInPost(), false);
        t.row().label("report.period.running").count(figures.postExitPeriods().running(), false);
        t.row().label("report.period.endingThisYear").count(figures.postExitPeriods().endingThisYear(), false);
        t.finish(new int[] {28, 12});
    }

    /** One sheet: its header row, then rows filled left to right. */
    private final class Table {

        private final Sheet sheet;
        private final List<Cells> rows = new ArrayList<>();

        Table(String sheetKey, String... columnKeys) {
            sheet = book.createSheet(WorkbookUtil.createSafeSheetName(labels.apply(sheetKey)));
            Row head = sheet.createRow(0);
            for (int c = 0; c < columnKeys.length; c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(labels.apply(columnKeys[c]));
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
        }

        Cells row() {
            Cells cells = new Cells(sheet.createRow(rows.size() + 1));
            rows.add(cells);
            return cells;
        }

        void finish(int[] widths) {
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
        }
    }

    /** The cells of one row, added left to right. */
    private final class Cells {

        private final Row row;
        private int next;

        Cells(Row row) {
            this.row = row;
        }

        Cells total() {
            return total("report.total");
        }

        /** A total row's label of its own (the people who left: not the sum of the rows above it). */
        Cells total(String key) {
            Cell cell = row.createCell(next++);
            cell.setCellValue(labels.apply(key));
            cell.setCellStyle(totalText);
            return this;
        }

        Cells label(String key) {
            return text(labels.apply(key));
        }

        Cells text(String value) {
            Cell cell = row.createCell(next++);
            cell.setCellStyle(text);
            textCells.set(cell, value);
            return this;
        }

        /** A number in Excel's general format (a year: 2026, not 2,026). */
        Cells plain(long value) {
            Cell cell = row.createCell(next++);
            cell.setCellValue(value);
            cell.setCellStyle(text);
            return this;
        }

        Cells blank(boolean total) {
            row.createCell(next++).setCellStyle(total ? totalText : text);
            return this;
        }

        Cells count(long value, boolean total) {
            Cell cell = row.createCell(next++);
            cell.setCellValue(value);
            cell.setCellStyle(total ? totalCount : count);
            return this;
        }

        Cells decimal(BigDecimal value, boolean total) {
            Cell cell = row.createCell(next++);
            if (value != null) {
                cell.setCellValue(value.doubleValue());
            }
            cell.setCellStyle(total ? totalDecimal : decimal);
            return this;
        }

        /** A percentage (0–100) as the fraction Excel formats with %; blank when there is no rate. */
        Cells rate(BigDecimal percent, boolean total) {
            Cell cell = row.createCell(next++);
            if (percent != null) {
                cell.setCellValue(percent.movePointLeft(2).doubleValue());
            }
            cell.setCellStyle(total ? totalRate : rate);
            return this;
        }

        Cells date(LocalDate value) {
            Cell cell = row.createCell(next++);
            cell.setCellValue(value);
            cell.setCellStyle(date);
            return this;
        }
    }
}
