package org.shoumi.portal.records.control;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import org.shoumi.portal.printing.PdfPages;

/** Prints a secrecy file: the person, then each kind of record, oldest first, with hashes where there are any. */
public final class SecrecyFilePdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SecrecyFilePdf() {
    }

    /**
     * A re-confirmation still owed, as the file and the workbook write it: 《保密守则》第 2 版（实质性修改，自 2026-12-06
     * 起施行）未确认, or for a pledge 未签署.
     */
    public static String owed(SecrecyFile.Owed o, ResourceBundle text) {
        return MessageFormat.format(text.getString(o.pledge() ? "record.file.owedPledge" : "record.file.owedReading"),
                o.title(), Integer.toString(o.version()), String.valueOf(o.since()));
    }

    /**
     * Who a copy was exported by and for: {@code exportedBy} as the print footer names someone ("徐慧（hr）", a login
     * without a person as it is), {@code roles} the roles of that login which read records ("人事"), and whether
     * the copy leaves out registers those roles may not open (a reduced copy says so at its head, naming whose it is).
     */
    public record Copy(String exportedBy, String roles, boolean reduced) {

        public Copy {
            java.util.Objects.requireNonNull(exportedBy);
        }
    }

    /** A file printed without naming who exported it (a test's, or a file rendered outside a download). */
    public static byte[] render(SecrecyFile f, ResourceBundle text, ZoneId zone, String unit, Instant printedAt) {
        return render(f, text, zone, unit, printedAt, null);
    }

    /**
     * The file as a PDF; {@code copy} names who exported it, at its foot with the time as a printed page's footer
     * does (打印人), and for a reduced copy at its head too (the file said only when it was printed, and an inspector
     * could not tell HR's copy, incomplete by design, from one with records missing: outside check). Null for none.
     */
    public static byte[] render(SecrecyFile f, ResourceBundle text, ZoneId zone, String unit, Instant printedAt,
                                Copy copy) {
        SecrecyFile.Person p = f.person();
        PdfPages pages = new PdfPages(MessageFormat.format(text.getString("record.file.title"), p.name()));
        if (copy != null) {
            pages.author(copy.exportedBy());
        }
        pages.heading(MessageFormat.format(text.getString("record.file.title"), p.name()), 18)
                .paragraph(MessageFormat.format(text.getString("record.file.person"), p.employeeNo(), p.name(),
                        p.department(), p.post(), p.secrecyClass(), p.status(), String.valueOf(p.hireDate())), PdfPages.BODY);
        if (copy != null && copy.reduced()) {
            pages.paragraph(MessageFormat.format(text.getString("record.file.reducedCopy"), copy.exportedBy(),
                    copy.roles()), PdfPages.BODY);
        }

        pages.section(text.getString("record.file.history"));
        f.history().forEach(c -> pages.paragraph(MessageFormat.format(text.getString("record.file.change"),
                String.valueOf(c.effectiveOn()), c.what(), c.source(), c.by(),
                c.reason().isEmpty() ? text.getString("record.file.none") : c.reason(),
                // when it was entered, as the change page and the workbook say: one entered later for an earlier
                // day is told from one entered on time (outside check)
                c.recordedAt() == null ? text.getString("record.file.none") : time(c.recordedAt(), zone)),
                PdfPages.BODY));
        none(pages, f.history().isEmpty(), text);

        pages.section(text.getString("record.file.programmes"));
        f.programmes().forEach(g -> pages.paragraph(MessageFormat.format(text.getString("record.file.programme"),
                g.kind(), String.valueOf(g.startedOn()), String.valueOf(g.due()),
                g.completedAt() != null && g.closedAt() != null
                        // done, then its departure withdrawn as opened by mistake: both, so no one reads it as
                        // the exit training of someone who left
                        ? MessageFormat.format(text.getString("record.file.completedThenWithdrawn"),
                                completed(g, zone), time(g.closedAt(), zone))
                        : g.completedAt() != null ? completed(g, zone)
                        : g.closedAt() != null ? MessageFormat.format(text.getString(g.closedBecause() == null
                                ? "record.file.closed" : "record.file.closed." + g.closedBecause()), time(g.closedAt(), zone))
                                // closed before its first day: never owed, counted nowhere, and said so (it read as
                                // an unfinished training of the leaver; outside check ex-s38a 3)
                                + (g.closedBeforeItOpened(zone) ? text.getString("record.file.closedBeforeStart") : "")
                        : text.getString("record.file.open")), PdfPages.BODY));
        none(pages, f.programmes().isEmpty(), text);

        pages.section(text.getString("record.file.readings"));
        f.readings().forEach(r -> pages.paragraph(MessageFormat.format(text.getString("record.file.reading"),
                r.document(), r.version(), time(r.at(), zone), r.seconds(), r.sha256()), 9));
        // a version in force changed in substance since the last confirmation: owed, not only the old one listed
        f.owed().stream().filter(o -> !o.pledge()).forEach(o -> pages.paragraph(owed(o, text), PdfPages.BODY));
        none(pages, f.readings().isEmpty() && f.owed().stream().allMatch(SecrecyFile.Owed::pledge), text);

        pages.section(text.getString("record.file.attempts"));
        f.attempts().forEach(a -> pages.paragraph(MessageFormat.format(text.getString("record.file.attempt"),
                a.quiz(), a.number(), a.finishedAt() == null ? "" : time(a.finishedAt(), zone),
                a.percent() == null ? "" : plain(a.percent()),
                verdict(a.passed(), a.revoked(), a.superseded(), text) + handedIn(a.expired(), text)),
                PdfPages.BODY));
        none(pages, f.attempts().isEmpty(), text);

        pages.section(text.getString("record.file.pledges"));
        f.pledges().forEach(s -> pages.paragraph(s.paper()
                // signed on paper: the day HR entered, with no time invented (it read 00:00, before the departure
                // was even opened that evening; outside check)
                ? MessageFormat.format(text.getString("record.file.pledgePaper"), s.title(), s.paperRef(),
                day(s.signedAt(), zone))
                : MessageFormat.format(text.getString("record.file.pledge"), s.title(), s.version(),
                time(s.signedAt(), zone), s.sha256()), 9));
        f.owed().stream().filter(SecrecyFile.Owed::pledge).forEach(o -> pages.paragraph(owed(o, text),
                PdfPages.BODY));
        none(pages, f.pledges().isEmpty() && f.owed().stream().noneMatch(SecrecyFile.Owed::pledge), text);

        pages.section(text.getString("record.file.sessions"));
        f.sessions().forEach(s -> pages.paragraph(MessageFormat.format(text.getString("record.file.session"),
                s.kind(), s.topic(), time(s.startsAt(), zone), plain(s.hours()), s.how(),
                // who recorded the attendance and when, as the session page says (the file named neither: outside
                // check)
                s.by() == null || s.by().isEmpty() ? text.getString("record.file.none") : s.by(),
                s.recordedAt() == null ? text.getString("record.file.none") : time(s.recordedAt(), zone)),
                PdfPages.BODY));
        none(pages, f.sessions().isEmpty(), text);

        pages.section(text.getString("record.file.hours"));
        f.hours().forEach(h -> pages.paragraph(MessageFormat.format(text.getString("record.file.yearHours"),
                String.valueOf(h.year()), plain(h.total()), plain(h.target()), plain(h.reading()),
                plain(h.exams()), plain(h.sessions())), PdfPages.BODY));
        none(pages, f.hours().isEmpty(), text);

        pages.section(text.getString("record.file.exits"));
        f.exits().forEach(x -> {
            pages.paragraph(x.handover() ? MessageFormat.format(text.getString(
                "record.file.handover"), x.kind(), x.status(), String.valueOf(x.plannedLastDay()),
                x.carriersReturned(), x.carriers(),
                x.approvedOn() == null ? text.getString("record.file.open") : x.approvedOn().toString())
                : x.withdrawal() != null ? withdrawnExit(x, text)
                // a 离职 after a 离岗: no briefing or pledge asked (taken at the 离岗), and the 离岗's period runs on
                : x.afterPost() != null ? MessageFormat.format(text.getString("record.file.exitAfterPost"), x.kind(),
                x.status(), String.valueOf(x.plannedLastDay()), x.carriersReturned(), x.carriers(),
                x.approvedOn() == null ? text.getString("record.file.open") : x.approvedOn().toString(), x.afterPost())
                // a lowering in post names its own pledge (降低涉密类别保密承诺书), as the pledges section does
                : MessageFormat.format(text.getString(x.loweredInPost() ? "record.file.exitLowered"
                        : "record.file.exit"), x.kind(),
                x.status(), String.valueOf(x.plannedLastDay()), x.carriersReturned(), x.carriers(),
                x.briefingOn() == null ? text.getString("record.file.open") : x.briefingOn().toString(),
                x.pledgeText(text, text.getString("record.file.open")),
                x.approvedOn() == null ? text.getString("record.file.open") : x.approvedOn().toString(),
                // not approved yet: the period its approval will start, not 无脱密期 (outside check)
                x.periodStart() == null ? x.periodPending() != null ? x.periodPending()
                        : text.getString("record.file.noPeriod")
                        // the class the period follows, as the approval form says it (it may be above the class
                        // when opened: the highest in the look-back months; outside check)
                        : MessageFormat.format(text.getString(x.periodClass() == null ? "record.file.period"
                        : "record.file.periodClass"), x.periodStart().toString(), x.periodEnd().toString(),
                        x.periodClass())), PdfPages.BODY);
            // what it was about: the department, post and class when it was opened (not the person's current ones)
            if (x.aboutText(text) != null) {
                pages.paragraph(x.aboutText(text), PdfPages.BODY);
            }
            // none held, as declared (when and by whom): "0/0" alone reads like carriers never asked about
            if (x.noCarriers() != null) {
                pages.paragraph(x.noCarriers(), PdfPages.BODY);
            }
            // the planned last working day as changed while it was open: the day before, the new day, who and why
            x.lastDayChanges().forEach(c -> pages.paragraph(c, PdfPages.BODY));
            // withdrawn as opened by mistake: when, by whom and why (the status alone said only 已撤销)
            if (x.withdrawal() != null) {
                pages.paragraph(x.withdrawal(), PdfPages.BODY);
            }
            // who manages the person during the period (委托管理), each entrustment on its own line
            x.entrustments().forEach(t -> pages.paragraph(t, PdfPages.BODY));
            // the period as adjusted since the approval (its end then, each adjustment with who and why) and the
            // contact changes reported: the file said only the end as it stands (outside check)
            x.adjustments().forEach(a -> pages.paragraph(a, PdfPages.BODY));
            x.contacts().forEach(c -> pages.paragraph(c, PdfPages.BODY));
        });
        none(pages, f.exits().isEmpty(), text);

        f.extra().forEach(x -> {
            pages.section(x.title());
            x.lines().forEach(line -> pages.paragraph(line, PdfPages.BODY));
            none(pages, x.lines().isEmpty(), text);
        });

        pages.skip(18).paragraph(printedLine(text, unit, time(printedAt, zone), copy == null ? null
                : copy.exportedBy()), 8);
        return pages.toBytes();
    }

    /**
     * The line at the foot of a record's PDF: the unit, who exported it and when ("导出人：徐慧（hr）", as a printed
     * page's 打印人), or only when for a copy exported by nobody named.
     */
    static String printedLine(ResourceBundle text, String unit, String time, String exportedBy) {
        return exportedBy == null ? MessageFormat.format(text.getString("record.file.printed"), unit, time)
                : MessageFormat.format(text.getString("record.file.exported"), unit, exportedBy, time);
    }

    /**
     * A departure withdrawn as opened by mistake (never approved): its planned last day as planned, the steps taken
     * and those never taken, and no approval pending. It read "最后工作日 2026-12-25 … 批准 尚未完成", a last day that
     * never came and an approval still to come (outside check); the withdrawal line follows with when, by whom, why.
     */
    private static String withdrawnExit(SecrecyFile.Exit x, ResourceBundle text) {
        String notTaken = text.getString("record.file.notTakenWithdrawn");
        return MessageFormat.format(text.getString(x.loweredInPost() ? "record.file.exitWithdrawnLowered"
                : "record.file.exitWithdrawn"), x.kind(), x.status(),
                String.valueOf(x.plannedLastDay()), x.carriersReturned(), x.carriers(),
                x.briefingOn() == null ? notTaken : x.briefingOn().toString(), x.pledgeText(text, notTaken));
    }

    private static void none(PdfPages pages, boolean empty, ResourceBundle text) {
        if (empty) {
            pages.paragraph(text.getString("record.file.none"), PdfPages.BODY);
        }
    }

    private static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }

    /** The day of an instant that stands for a day entered on paper (its time, 00:00, is none). */
    private static String day(Instant at, ZoneId zone) {
        return LocalDate.ofInstant(at, zone).toString();
    }

    /** When a programme was completed: to the minute, or the day alone when only the day is known. */
    private static String completed(SecrecyFile.Programme g, ZoneId zone) {
        return g.completedOnADay() ? day(g.completedAt(), zone) : time(g.completedAt(), zone);
    }

    /**
     * An attempt's outcome as the records write it: the revocation when its certificate was revoked, 不设及格线 for a
     * quiz without a pass mark ({@code passed} null), else passed or not.
     */
    /** What follows an attempt's verdict: that the server handed it in at its deadline, or nothing. */
    public static String handedIn(boolean expired, ResourceBundle text) {
        return expired ? text.getString("record.file.expired") : "";
    }

    public static String verdict(Boolean passed, String revoked, ResourceBundle text) {
        return verdict(passed, revoked, null, text);
    }

    /**
     * As {@link #verdict(Boolean, String, ResourceBundle)}, a pass a later failure superseded given as
     * {@code superseded} (what the file and the workbook say instead of a bare "合格"; the attempt stays as it was).
     */
    public static String verdict(Boolean passed, String revoked, String superseded, ResourceBundle text) {
        if (revoked == null && superseded != null && Boolean.TRUE.equals(passed)) {
            return superseded;
        }
        return revoked != null ? revoked
                : passed == null ? text.getString("record.file.ungraded")
                : passed ? text.getString("record.file.passed") : text.getString("record.file.failed");
    }

    /**
     * A score or a number of hours as the pages write them: 100, 66.7, 1, 1.5 (not 100.0, 85.00 or "1.0 / 8.0"
     * beside the home page's "1 / 8"; outside checks).
     */
    public static String plain(java.math.BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
