package org.shoumi.portal.reports.control;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.portal.printing.PdfPages;

/**
 * Prints {@link YearFigures} as a PDF on A4 (Apache PDFBox through {@link PdfPages}, WenQuanYi Micro Hei and its
 * fallbacks): the title, unit, scope and generation time, then the sections of {@link YearReportWorkbook} as
 * tables, with three charts: completion rate by department, average hours against the target by secrecy class
 * (grouped bars), and pass rate by quiz. A chart whose section is empty is left out and the section says so.
 *
 * <p>The charts are drawn by JFreeChart into a {@link BufferedImage} at twice their printed size and embedded
 * losslessly. Their text is set in the same bundled font, read once as an AWT font, so Chinese labels never
 * come out as boxes whatever fonts the server has. Drawing into an image needs no display: on a server without
 * one the JDK runs AWT headless by itself (or start the JVM with {@code -Djava.awt.headless=true}).
 */
public final class YearReportPdf {

    /** Printed chart size in points; drawn at {@link #SCALE} times this in pixels. */
    static final int CHART_WIDTH = 480;
    static final int CHART_HEIGHT = 250;
    private static final int SCALE = 2;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Color BAR = new Color(0x2F5597);
    private static final Color TARGET = new Color(0xC55A11);

    private YearReportPdf() {
    }

    /**
     * The report's PDF.
     *
     * @param figures the report
     * @param labels the label of each key, in the report's language (a resource bundle's {@code getString})
     * @param zone the zone the generation time is printed in
     */
    public static byte[] render(YearFigures figures, Function<String, String> labels, ZoneId zone) {
        return render(figures, labels, zone, null);
    }

    /**
     * {@link #render(YearFigures, Function, ZoneId)} naming who exported it ({@code exportedBy}: "徐慧（hr）", a login
     * without a person as it is) under the generation time, as a printed page's footer names who printed it (the
     * report said only when it was made: outside check), and as the PDF's author; null for none.
     */
    public static byte[] render(YearFigures figures, Function<String, String> labels, ZoneId zone,
                                String exportedBy) {
        String title = YearReportWorkbook.title(figures, labels);
        PdfPages pages = new PdfPages(figures.unit() + " " + title);
        try {
            YearFigures.Totals s = figures.totals();
            if (exportedBy != null) {
                pages.author(exportedBy);
            }
            pages.heading(figures.unit(), 14).heading(title, 18);
            pages.paragraph(field(labels, "report.scope", YearReportWorkbook.scope(figures, labels)), PdfPages.BODY)
                    .paragraph(field(labels, "report.generatedAt", TIME.format(figures.generatedAt().atZone(zone))),
                            PdfPages.BODY);
            if (exportedBy != null) {
                pages.paragraph(field(labels, "report.exportedBy", exportedBy), PdfPages.BODY);
            }

            pages.section(labels.apply("report.sheet.summary"));
            List<List<String>> summary = new ArrayList<>();
            summary.add(List.of(labels.apply("report.col.people"), count(s.people())));
            summary.add(List.of(labels.apply("report.col.programmes"), count(s.programmes())));
            summary.add(List.of(labels.apply("report.col.completed"), count(s.completed())));
            summary.add(List.of(labels.apply("report.col.overdue"), count(s.overdue())));
            summary.add(List.of(labels.apply("report.col.percent"), rate(s.percent())));
            summary.add(List.of(labels.apply("report.col.averageHours"), decimal(s.averageHours())));
            summary.add(List.of(labels.apply("report.col.percentMeetingTarget"), rate(s.percentMeetingTarget())));
            summary.add(List.of(labels.apply("report.summary.quizzes"), count(s.quizzes())));
            summary.add(List.of(labels.apply("report.col.takers"), count(s.quizTakers())));
            summary.add(List.of(labels.apply("report.col.passRate"), rate(s.passRate())));
            summary.add(List.of(labels.apply("report.summary.sessions"), count(s.sessions())));
            summary.add(List.of(labels.apply("report.col.hours"), decimal(s.sessionHours())));
            summary.add(List.of(labels.apply("report.col.attendance"), rate(s.attendance())));
            summary.add(List.of(labels.apply("report.summary.pledges"), count(s.pledgesSigned())));
            summary.add(List.of(labels.apply("report.inspection.findingsOpen"),
                    count(figures.selfInspection().findingsOpen())));
            summary.add(List.of(labels.apply("report.summary.departures"), count(s.departures())));
            summary.add(List.of(labels.apply("report.period.running"), count(figures.postExitPeriods().running())));
            pages.table(header(labels, "report.col.item", "report.col.value"), summary, new float[] {3, 2}, 1);

            coverage(pages, figures, labels);
            hours(pages, figures, labels);
            quizzes(pages, figures, labels);
            sessions(pages, figures, labels);
            rest(pages, figures, labels);
            return pages.toBytes();
        } catch (RuntimeException e) {
            pages.close();
            throw e;
        }
    }

    private static void coverage(PdfPages pages, YearFigures figures, Function<String, String> labels) {
        YearFigures.Totals s = figures.totals();
        pages.section(labels.apply("report.sheet.coverageByDepartment"));
        if (figures.coverageByDepartment().isEmpty()) {
            pages.paragraph(labels.apply("report.none"), PdfPages.BODY);
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (YearFigures.DepartmentCoverage c : figures.coverageByDepartment()) {
                rows.add(List.of(c.departmentCode(), c.departmentName(), count(c.people()), count(c.programmes()),
                        count(c.completed()), count(c.overdue()), rate(c.percent())));
            }
            rows.add(List.of(labels.apply("report.total"), "", count(s.people()), count(s.programmes()),
                    count(s.completed()), count(s.overdue()), rate(s.percent())));
            pages.table(header(labels, "report.col.departmentCode", "report.col.department", "report.col.people",
                    "report.col.programmes", "report.col.completed", "report.col.overdue", "report.col.percent"),
                    rows, new float[] {1.3f, 2.4f, 1, 1.3f, 1, 1, 1.2f}, 2);
            pages.image(coverageChart(figures, labels), pages.contentWidth(), CHART_HEIGHT);
        }

        pages.section(labels.apply("report.sheet.coverageByClass"));
        if (figures.coverageByClass().isEmpty()) {
            pages.paragraph(labels.apply("report.none"), PdfPages.BODY);
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (YearFigures.ClassCoverage c : figures.coverageByClass()) {
                rows.add(List.of(labels.apply("enum.SecrecyClass." + c.secrecyClass().name()), count(c.people()),
                        count(c.programmes()), count(c.completed()), count(c.overdue()), rate(c.percent())));
            }
            // the total row the workbook's sheet ends with, from the same sums (the PDF had none: outside check)
            YearFigures.ClassTotal total = figures.coverageByClassTotal();
            rows.add(List.of(labels.apply("report.total"), count(total.people()), count(total.programmes()),
                    count(total.completed()), count(total.overdue()), rate(total.percent())));
            pages.table(header(labels, "report.col.secrecyClass", "report.col.people", "report.col.programmes",
                    "report.col.completed", "report.col.overdue", "report.col.percent"), rows,
                    new float[] {1.6f, 1, 1.3f, 1, 1, 1.2f}, 1);
        }
    }

    private static void hours(PdfPages pages, YearFigures figures, Function<String, String> labels) {
        pages.section(labels.apply("report.sheet.hours"));
        if (figures.hours().isEmpty()) {
            pages.paragraph(labels.apply("report.none"), PdfPages.BODY);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (YearFigures.Hours h : figures.hours()) {
            rows.add(List.of(labels.apply("enum.SecrecyClass." + h.secrecyClass().name()), count(h.people()),
                    decimal(h.averageHours()), decimal(h.targetHours()), count(h.meetingTarget()),
                    rate(h.percentMeetingTarget())));
        }
        YearFigures.Totals s = figures.totals();
        rows.add(List.of(labels.apply("report.total"), count(s.hoursPeople()), decimal(s.averageHours()), "",
                count(s.meetingTarget()), rate(s.percentMeetingTarget())));
        // the people in post at the year's end only: said in the heading, as the coverage counts everyone of the year
        pages.table(header(labels, "report.col.secrecyClass", "report.col.peopleInPost", "report.col.averageHours",
                "report.col.targetHours", "report.col.meetingTarget", "report.col.percentMeetingTarget"), rows,
                new float[] {1.6f, 1, 1.2f, 1.2f, 1.3f, 1.2f}, 1);
        pages.image(hoursChart(figures, labels), pages.contentWidth(), CHART_HEIGHT);
    }

    private static void quizzes(PdfPages pages, YearFigures figures, Function<String, String> labels) {
        pages.section(labels.apply("report.sheet.quizzes"));
        if (figures.quizzes().isEmpty()) {
            pages.paragraph(labels.apply("report.none"), PdfPages.BODY);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (YearFigures.QuizResult q : figures.quizzes()) {
            rows.add(List.of(q.quizCode(), q.title(), count(q.takers()), count(q.passed()), rate(q.passRate()),
                    decimal(q.averageScore())));
        }
        YearFigures.Totals s = figures.totals();
        rows.add(List.of(labels.apply("report.total"), "", count(s.quizTakers()), count(s.quizPassed()),
                rate(s.passRate()), decimal(s.averageScore())));
        pages.table(header(labels, "report.col.quizCode", "report.col.quizTitle", "report.col.takers",
                "report.col.passed", "report.col.passRate", "report.col.averageScore"), rows,
                new float[] {1.4f, 3, 1, 1, 1, 1}, 2);
        pages.image(passRateChart(figures, labels), pages.contentWidth(), CHART_HEIGHT);
    }

    private static void sessions(PdfPages pages, YearFigures figures, Function<String, String> labels) {
        pages.section(labels.apply("report.sheet.sessions"));
        if (figures.sessions().isEmpty()) {
            pages.paragraph(labels.apply("report.none"), PdfPages.BODY);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (YearFigures.Session x : figures.sessions()) {
            rows.add(List.of(x.date().toString(), labels.apply("enum.SessionKind." + x.kind()), x.topic(), decimal(x.hours()), count(x.audience()),
                    count(x.attended()), count(x.absent()), rate(x.attendance())));
        }
        YearFigures.Totals s = figures.totals();
        rows.add(List.of(labels.apply("report.total"), "", "", decimal(s.sessionHours()), count(s.audience()),
                count(s.attended()), count(s.absent()), rate(s.attendance())));
        pages.table(header(labels, "report.col.date", "report.col.kind", "report.col.topic", "report.col.hours",
                "report.col.audience", "report.col.attended", "report.col.absent", "report.col.attendance"), rows,
                new float[] {1.4f, 1.2f, 2.6f, 0.8f, 0.9f, 0.9f, 0.9f, 1}, 3);
    }

    private static void rest(PdfPages pages, YearFigures figures, Function<String, String> labels) {
        pages.section(labels.apply("report.sheet.pledges"));
        List<List<String>> pledges = new ArrayList<>();
        for (PledgeKind kind : PledgeKind.values()) {
            pledges.add(List.of(labels.apply("enum.PledgeKind." + kind.name()), count(figures.pledgesSigned(kind))));
        }
        pledges.add(List.of(labels.apply("report.pledges.lowering"), count(figures.loweringPledges())));
        pledges.add(List.of(labels.apply("report.total"), count(figures.totals().pledgesSigned())));
        pages.table(header(labels, "report.col.pledgeKind", "report.col.signed"), pledges, new float[] {3, 2}, 1);

        pages.section(labels.apply("report.sheet.selfInspection"));
        YearFigures.SelfInspection i = figures.selfInspection();
        pages.table(header(labels, "report.col.item", "report.col.value"), List.of(
                List.of(labels.apply("report.inspection.rounds"), count(i.rounds())),
                List.of(labels.apply("report.inspection.forms"), count(i.formsFilled())),
                List.of(labels.apply("report.inspection.findingsOpen"), count(i.findingsOpen())),
                List.of(labels.apply("report.inspection.findingsClosed"), count(i.findingsClosed())),
                List.of(labels.apply("report.inspection.percentClosed"), rate(i.percentClosed())),
                List.of(labels.apply("report.inspection.officeVisits"), count(i.officeVisits()))),
                new float[] {3, 2}, 1);

        pages.section(labels.apply("report.sheet.departures"));
        List<List<String>> departures = new ArrayList<>();
        // the total is of those who left; a hand-over follows it, not counted in it (as on the workbook)
        for (DepartureKind kind : DepartureKind.values()) {
            if (!kind.isHandover()) {
                departures.add(List.of(labels.apply("enum.DepartureKind." + kind.name()),
                        count(figures.departures(kind))));
            }
        }
        // the people who left, each once, as on the workbook (not the sum of the rows above)
        departures.add(List.of(labels.apply("report.departures.people"), count(figures.totals().departures())));
        for (DepartureKind kind : DepartureKind.values()) {
            if (kind.isHandover()) {
                departures.add(List.of(labels.apply("enum.DepartureKind." + kind.name()),
                        count(figures.departures(kind))));
            }
        }
        // a lowering that keeps the person in post, after the total and not in it (as on the workbook)
        departures.add(List.of(labels.apply("report.departures.loweredInPost"), count(figures.loweredInPost())));
        departures.add(List.of(labels.apply("report.period.running"), count(figures.postExitPeriods().running())));
        departures.add(List.of(labels.apply("report.period.endingThisYear"),
                count(figures.postExitPeriods().endingThisYear())));
        pages.table(header(labels, "report.col.departureKind", "report.col.count"), departures, new float[] {3, 2}, 1);
    }

    /** Completion rate by department, one bar each (0–100 %). */
    static BufferedImage coverageChart(YearFigures figures, Function<String, String> labels) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = labels.apply("report.col.percent");
        Set<String> seen = new HashSet<>();
        for (YearFigures.DepartmentCoverage c : figures.coverageByDepartment()) {
            String name = seen.add(c.departmentName()) ? c.departmentName()
                    : c.departmentName() + " (" + c.departmentCode() + ")";
            data.addValue(c.percent(), series, name);
        }
        return draw(percentChart(labels.apply("report.chart.coverage"), data));
    }

    /** Average hours and the target for each secrecy class, side by side. */
    static BufferedImage hoursChart(YearFigures figures, Function<String, String> labels) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String average = labels.apply("report.col.averageHours");
        String target = labels.apply("report.col.targetHours");
        for (YearFigures.Hours h : figures.hours()) {
            String group = labels.apply("enum.SecrecyClass." + h.secrecyClass().name());
            data.addValue(h.averageHours(), average, group);
            data.addValue(h.targetHours(), target, group);
        }
        JFreeChart chart = ChartFactory.createBarChart(labels.apply("report.chart.hours"), null,
                labels.apply("report.col.hours"), data, PlotOrientation.VERTICAL, true, false, false);
        BarRenderer bars = style(chart, new DecimalFormat("0.##"));
        bars.setSeriesPaint(1, TARGET);
        chart.getCategoryPlot().getRangeAxis().setUpperMargin(0.12); // room for the value above the highest bar
        return draw(chart);
    }

    /** Pass rate by quiz, one bar each (0–100 %). */
    static BufferedImage passRateChart(YearFigures figures, Function<String, String> labels) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = labels.apply("report.col.passRate");
        Set<String> seen = new HashSet<>();
        for (YearFigures.QuizResult q : figures.quizzes()) {
            String name = seen.add(q.title()) ? q.title() : q.title() + " (" + q.quizCode() + ")";
            data.addValue(q.passRate(), series, name);
        }
        return draw(percentChart(labels.apply("report.chart.passRate"), data));
    }

    private static JFreeChart percentChart(String title, DefaultCategoryDataset data) {
        JFreeChart chart = ChartFactory.createBarChart(title, null, "%", data, PlotOrientation.VERTICAL, false, false,
                false);
        style(chart, new DecimalFormat("0.0'%'"));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRangeAxis().setRange(0, 108); // room for the value above a full bar
        return chart;
    }

    /** The bundled font on every text of the chart, flat bars, values above the bars. */
    private static BarRenderer style(JFreeChart chart, DecimalFormat values) {
        Font base = org.shoumi.portal.printing.CjkFont.awt();
        StandardChartTheme theme = new StandardChartTheme("shoumi");
        theme.setExtraLargeFont(base.deriveFont(Font.BOLD, 15f));
        theme.setLargeFont(base.deriveFont(12f));
        theme.setRegularFont(base.deriveFont(10.5f));
        theme.setSmallFont(base.deriveFont(9.5f));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setNoDataMessage("—");
        plot.setNoDataMessageFont(base.deriveFont(12f));
        int categories = plot.getDataset().getColumnCount();
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        if (categories > 6) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setSeriesPaint(0, BAR);
        bars.setMaximumBarWidth(0.12);
        bars.setItemMargin(0.05);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", values));
        bars.setDefaultItemLabelFont(base.deriveFont(9f));
        bars.setDefaultItemLabelsVisible(true);
        return bars;
    }

    private static BufferedImage draw(JFreeChart chart) {
        BufferedImage image = new BufferedImage(CHART_WIDTH * SCALE, CHART_HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, CHART_WIDTH, CHART_HEIGHT));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The font of the charts' text. */
    static Font chartFont() {
        return org.shoumi.portal.printing.CjkFont.awt();
    }

    private static List<String> header(Function<String, String> labels, String... keys) {
        List<String> header = new ArrayList<>();
        for (String key : keys) {
            header.add(labels.apply(key));
        }
        return header;
    }

    private static String field(Function<String, String> labels, String key, String value) {
        return MessageFormat.format(labels.apply("report.field"), labels.apply(key), value);
    }

    private static String count(long value) {
        return String.valueOf(value);
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "—" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String rate(BigDecimal percent) {
        return percent == null ? "—" : percent.toPlainString() + "%";
    }
}
