package org.shoumi.portal.disclosures.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import org.shoumi.portal.disclosures.entity.DisclosureStatus;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.shared.RecordSection;

/**
 * The reviews a person asked for, in their secrecy file, and the register of every review (保密审查登记) as a sheet
 * of the records workbook: what, where, who asked, the department's check, the secrecy office's decision with its
 * text, and when and where it went out.
 */
@ApplicationScoped
public class DisclosureRecordSection implements RecordSection {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Disclosures disclosures;

    /** Who recorded each entry, by the person's name as every sheet names people (the login only without one). */
    @jakarta.inject.Inject
    org.shoumi.portal.employees.boundary.Employees employees;

    @Override
    public int order() {
        return 120;
    }

    @Override
    public FileSection of(String employeeNo, ResourceBundle text, ZoneId zone) {
        org.shoumi.portal.employees.boundary.LoginNames names = employees.loginNames();
        List<String> lines = new java.util.ArrayList<>();
        for (DisclosureRow r : disclosures.of(employeeNo)) {
            lines.add(MessageFormat.format(text.getString("disclosures.file.line"), time(r.requestedAt(), zone),
                    r.title(), text.getString("enum.DisclosureKind." + r.kind().name()),
                    text.getString("enum.DisclosureStatus." + r.status().name())));
            // every step, who and when, as the request's page and the workbook show it (the file had only the
            // request's last state: "…：已发布"; outside check)
            for (DisclosureRow.Step s : r.steps()) {
                String detail = detail(s);
                String label = text.getString(r.stepKey(s));
                lines.add(detail.isEmpty()
                        ? MessageFormat.format(text.getString("disclosures.file.step"), label, names.of(s.by()),
                        time(s.at(), zone))
                        : MessageFormat.format(text.getString("disclosures.file.stepNote"), label, detail,
                        names.of(s.by()), time(s.at(), zone)));
            }
        }
        return new FileSection(text.getString("disclosures.file.title"), lines);
    }

    /** What a step says besides its kind: the day and place of the publication, a reviewer's text. */
    private static String detail(DisclosureRow.Step s) {
        String note = s.note() == null ? "" : s.note();
        return s.day() == null ? note : (s.day() + " " + note).strip();
    }

    /**
     * The register (/disclosures/register.xhtml) is the secrecy officers', department heads' and auditors': HR and administrators, who may download the workbook but whom its
     * page refuses (403), get it without the 保密审查登记 sheet (outside check: the workbook showed HR registers their
     * pages refuse). The person's own section of a secrecy file is not affected.
     */
    @Override
    public boolean sheetFor(java.util.function.Predicate<String> callerInRole) {
        return callerInRole.test(Role.SECRECY_OFFICER.name()) || callerInRole.test(Role.DEPT_HEAD.name())
                || callerInRole.test(Role.AUDITOR.name());
    }

    @Override
    public Sheet sheet(ResourceBundle text, ZoneId zone) {
        org.shoumi.portal.employees.boundary.LoginNames names = employees.loginNames();
        List<String> header = List.of(text.getString("disclosures.column.id"),
                text.getString("disclosures.column.employeeNo"), text.getString("disclosures.column.name"),
                text.getString("disclosures.column.department"), text.getString("disclosures.column.title"),
                text.getString("disclosures.column.kind"), text.getString("disclosures.column.channel"),
                text.getString("disclosures.column.plannedOn"), text.getString("disclosures.column.reference"),
                text.getString("disclosures.sheet.submitted"), text.getString("disclosures.column.departmentCheck"),
                text.getString("disclosures.column.decision"), text.getString("disclosures.column.decisionNote"),
                text.getString("disclosures.column.published"), text.getString("disclosures.sheet.withdrawn"),
                text.getString("disclosures.column.status"));
        List<List<String>> rows = disclosures.all().stream().map(r -> row(r, text, zone, names)).toList();
        return new Sheet(text.getString("disclosures.sheet.name"), header, rows);
    }

    /**
     * One request in the sheet: every step taken (asked, checked, decided, published, withdrawn) by whom and when, as
     * the secrecy file and the request's page have them. The sheet said only "已撤回" of a withdrawal, and a
     * department's agreement was a name and a time beside "不同意 …" for a refusal (outside check).
     */
    static List<String> row(DisclosureRow r, ResourceBundle text, ZoneId zone,
                            org.shoumi.portal.employees.boundary.LoginNames names) {
        DisclosureRow.Step submitted = r.step(DisclosureStatus.SUBMITTED);
        DisclosureRow.Step checked = r.step(DisclosureStatus.DEPARTMENT_AGREED);
        DisclosureRow.Step refusedEarly = checked == null ? r.step(DisclosureStatus.REFUSED) : null;
        DisclosureRow.Step decision = r.getDecision();
        DisclosureRow.Step published = r.step(DisclosureStatus.PUBLISHED);
        DisclosureRow.Step withdrawn = r.step(DisclosureStatus.WITHDRAWN);
        String check = checked != null ? withNote(text, "disclosures.sheet.agreed", checked, zone, names)
                : refusedEarly != null ? withNote(text, "disclosures.sheet.refused", refusedEarly, zone, names) : "";
        return List.of(Long.toString(r.id()), r.employeeNo(), r.name(), r.departmentName(), r.title(),
                text.getString("enum.DisclosureKind." + r.kind().name()), r.channel(),
                r.plannedOn() == null ? "" : r.plannedOn().toString(), r.reference() == null ? "" : r.reference(),
                submitted == null ? names.of(r.requestedBy()) + " " + time(r.requestedAt(), zone)
                        : by(submitted, zone, names),
                check,
                decision == null ? "" : text.getString("enum.DisclosureStatus." + decision.kind().name()) + " "
                        + by(decision, zone, names),
                decision == null || decision.note() == null ? "" : decision.note(),
                published == null ? "" : MessageFormat.format(text.getString("disclosures.sheet.published"),
                        String.valueOf(published.day()), published.note(), by(published, zone, names)),
                withdrawn == null ? "" : by(withdrawn, zone, names),
                text.getString("enum.DisclosureStatus." + r.status().name()));
    }

    /** The department's check in words: 同意 or 不同意, by whom and when, and its text if any. */
    private static String withNote(ResourceBundle text, String key, DisclosureRow.Step step, ZoneId zone,
                                   org.shoumi.portal.employees.boundary.LoginNames names) {
        String done = MessageFormat.format(text.getString(key), by(step, zone, names));
        return step.note() == null ? done
                : MessageFormat.format(text.getString("disclosures.sheet.note"), done, step.note());
    }

    private static String by(DisclosureRow.Step step, ZoneId zone, org.shoumi.portal.employees.boundary.LoginNames names) {
        return names.of(step.by()) + " " + time(step.at(), zone);
    }

    private static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }
}
