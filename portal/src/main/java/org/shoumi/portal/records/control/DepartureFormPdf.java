package org.shoumi.portal.records.control;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import org.shoumi.portal.printing.PdfPages;

/**
 * Prints a departure's approval form (离岗离职审批表): the person, the exit checklist as recorded (carriers and their
 * return, corrections, the briefing, the exit pledge) and the changes of the planned last working day, the approval, and the 脱密期 with its exact first and last
 * day once approved, its adjustments, who manages the person during it and the contact changes they reported.
 * Before approval it says so and prints no period dates. A 离职 of someone who had left the post (离岗) says, before and
 * after approval, that the 离岗's period runs on and this one adds none, and that the briefing and the pledge were taken
 * at the 离岗. Every label comes from the bundle; the form is Chinese, as the record.
 */
public final class DepartureFormPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The form's content, already in words (labels of kinds and classes resolved by the caller). */
    public record Form(long id, String employeeNo, String name, String department, String post, String secrecyClass,
                       String kind, String reason, LocalDate plannedLastDay, LocalDate openedOn, String openedBy,
                       String move, List<String> carriers, String noCarriersDeclaration, List<String> corrections,
                       LocalDate briefingOn, String briefingBy, String pledge, LocalDate approvedOn, String approvedBy,
                       String periodClass, int periodYears, LocalDate periodStart, LocalDate periodEnd,
                       LocalDate originalEnd, List<String> adjustments, List<String> entrusted, boolean handover,
                       String withdrawal, List<String> contacts, List<String> lastDayChanges, String afterPost,
                       boolean loweringInPost) {

        /** A form of anything but a lowering that keeps the person in post. */
        public Form(long id, String employeeNo, String name, String department, String post, String secrecyClass,
                    String kind, String reason, LocalDate plannedLastDay, LocalDate openedOn, String openedBy,
                    String move, List<String> carriers, String noCarriersDeclaration, List<String> corrections,
                    LocalDate briefingOn, String briefingBy, String pledge, LocalDate approvedOn, String approvedBy,
                    String periodClass, int periodYears, LocalDate periodStart, LocalDate periodEnd,
                    LocalDate originalEnd, List<String> adjustments, List<String> entrusted, boolean handover,
                    String withdrawal, List<String> contacts, List<String> lastDayChanges, String afterPost) {
            this(id, employeeNo, name, department, post, secrecyClass, kind, reason, plannedLastDay, openedOn, openedBy,
                    move, carriers, noCarriersDeclaration, corrections, briefingOn, briefingBy, pledge, approvedOn,
                    approvedBy, periodClass, periodYears, periodStart, periodEnd, originalEnd, adjustments, entrusted,
                    handover, withdrawal, contacts, lastDayChanges, afterPost, false);
        }

        /** A form of a departure opened for someone in post (not a 离职 after a 离岗). */
        public Form(long id, String employeeNo, String name, String department, String post, String secrecyClass,
                    String kind, String reason, LocalDate plannedLastDay, LocalDate openedOn, String openedBy,
                    String move, List<String> carriers, String noCarriersDeclaration, List<String> corrections,
                    LocalDate briefingOn, String briefingBy, String pledge, LocalDate approvedOn, String approvedBy,
                    String periodClass, int periodYears, LocalDate periodStart, LocalDate periodEnd,
                    LocalDate originalEnd, List<String> adjustments, List<String> entrusted, boolean handover,
                    String withdrawal, List<String> contacts, List<String> lastDayChanges) {
            this(id, employeeNo, name, department, post, secrecyClass, kind, reason, plannedLastDay, openedOn, openedBy,
                    move, carriers, noCarriersDeclaration, corrections, briefingOn, briefingBy, pledge, approvedOn,
                    approvedBy, periodClass, periodYears, periodStart, periodEnd, originalEnd, adjustments, entrusted,
                    handover, withdrawal, contacts, lastDayChanges, null);
        }
    }

    private DepartureFormPdf() {
    }

    /** A form printed without naming who exported it. */
    public static byte[] render(Form f, ResourceBundle text, ZoneId zone, String unit, Instant printedAt) {
        return render(f, text, zone, unit, printedAt, null);
    }

    /**
     * The form as a PDF; {@code exportedBy} names who exported it at its foot with the time, as a printed page's
     * footer names who printed it (the form said only when: outside check), and as the PDF's author. Null for none.
     */
    public static byte[] render(Form f, ResourceBundle text, ZoneId zone, String unit, Instant printedAt,
                                String exportedBy) {
        // a hand-over (转岗交接) is confirmed, not approved as a departure: the form is named for it
        String title = text.getString(f.handover() ? "departure.form.handover.title" : "departure.form.title");
        // and worded for it throughout: its carriers are handed over and it is confirmed, on the day of the move
        String words = f.handover() ? "departure.form.handover." : "departure.form.";
        PdfPages pages = new PdfPages(title);
        if (exportedBy != null) {
            pages.author(exportedBy);
        }
        pages.heading(unit + " " + title, 18)
                .paragraph(MessageFormat.format(text.getString(words + "number"), Long.toString(f.id())), 9);

        pages.section(text.getString("departure.form.person"));
        pages.paragraph(MessageFormat.format(text.getString("departure.form.personLine"), f.employeeNo(), f.name(),
                f.department(), f.post(), f.secrecyClass()), PdfPages.BODY);
        pages.paragraph(MessageFormat.format(text.getString(words + "kindLine"), f.kind(),
                orNone(f.reason(), text), day(f.plannedLastDay()), day(f.openedOn()), f.openedBy()), PdfPages.BODY);
        // the planned last working day as changed while the departure was open: the day before, the new day, who and why
        f.lastDayChanges().forEach(c -> pages.paragraph(c, PdfPages.BODY));
        if (f.move() != null) {
            pages.paragraph(f.move(), PdfPages.BODY);
        }

        pages.section(text.getString(words + "carriers"));
        f.carriers().forEach(c -> pages.paragraph(c, PdfPages.BODY));
        if (f.noCarriersDeclaration() != null) {
            pages.paragraph(f.noCarriersDeclaration(), PdfPages.BODY);
        }
        if (f.carriers().isEmpty() && f.noCarriersDeclaration() == null) {
            pages.paragraph(text.getString("departure.form.carriers.none"), PdfPages.BODY);
        }
        f.corrections().forEach(c -> pages.paragraph(c, 9));

        if (f.afterPost() != null) {
            // a 离职 after a 离岗: the briefing and the exit pledge were taken at the 离岗 and are not asked again
            pages.section(text.getString("departure.form.briefing"));
            pages.paragraph(text.getString("departures.afterPost.steps"), PdfPages.BODY);
        } else if (!f.handover()) {
            // a hand-over (转岗交接) has no exit briefing and no exit pledge: the person stays in the unit's secrets
            // a lowering that keeps the person in post has its own briefing and pledge: the sections said 离岗谈话 and
            // 离岗离职保密承诺书 above the line naming the 降低涉密类别保密承诺书 (left by fixer fx-ga)
            pages.section(text.getString(f.loweringInPost() ? "departures.detail.briefing.headingLowered"
                    : "departure.form.briefing"));
            pages.paragraph(f.briefingOn() == null ? text.getString("departure.form.notYet")
                    : MessageFormat.format(text.getString("departure.form.briefingLine"), day(f.briefingOn()),
                    f.briefingBy()), PdfPages.BODY);

            pages.section(text.getString(f.loweringInPost() ? "departures.detail.pledge.headingLowered"
                    : "departure.form.pledge"));
            pages.paragraph(f.pledge() == null ? text.getString("departure.form.notYet") : f.pledge(), PdfPages.BODY);
        }

        pages.section(text.getString(words + "approval"));
        // withdrawn as opened by mistake: never approved, no 脱密期; the line says who withdrew it, when and why
        pages.paragraph(f.withdrawal() != null ? f.withdrawal() : f.approvedOn() == null ? text.getString(words + "notApproved")
                : MessageFormat.format(text.getString(f.handover() ? "departure.form.handover.approvalLine"
                        : "departure.form.approvalLine"), day(f.approvedOn()),
                f.approvedBy()), PdfPages.BODY);

        pages.section(text.getString("departure.form.period"));
        if (f.handover()) {
            pages.paragraph(text.getString("departures.handover.noPeriod"), PdfPages.BODY);
        } else if (f.withdrawal() != null) {
            pages.paragraph(text.getString("departure.form.withdrawnNoPeriod"), PdfPages.BODY);
        } else if (f.afterPost() != null) {
            // before and after its approval: the period of the 离岗 runs on, this departure adds none
            pages.paragraph(f.afterPost(), PdfPages.BODY);
        } else if (f.approvedOn() == null) {
            pages.paragraph(MessageFormat.format(text.getString("departure.form.periodPending"), f.periodYears(),
                    f.periodClass()), PdfPages.BODY);
        } else if (f.periodStart() == null) {
            pages.paragraph(text.getString("departure.form.noPeriod"), PdfPages.BODY);
        } else {
            pages.paragraph(MessageFormat.format(text.getString("departure.form.periodLine"), day(f.periodStart()),
                    day(f.periodEnd()), f.periodClass()), PdfPages.BODY);
            if (f.originalEnd() != null && !f.originalEnd().equals(f.periodEnd())) {
                pages.paragraph(MessageFormat.format(text.getString("departure.form.originalEnd"),
                        day(f.originalEnd())), PdfPages.BODY);
            }
            f.adjustments().forEach(a -> pages.paragraph(a, PdfPages.BODY));
            f.entrusted().forEach(t -> pages.paragraph(t, PdfPages.BODY));
            // the changes of contact details or employer the person reported during the period
            f.contacts().forEach(c -> pages.paragraph(c, PdfPages.BODY));
        }

        pages.skip(18).paragraph(SecrecyFilePdf.printedLine(text, unit, TIME.format(printedAt.atZone(zone)),
                exportedBy), 8);
        return pages.toBytes();
    }

    private static String day(LocalDate d) {
        return d == null ? "—" : d.toString();
    }

    private static String orNone(String s, ResourceBundle text) {
        return s == null || s.isBlank() ? text.getString("record.file.none") : s;
    }
}
