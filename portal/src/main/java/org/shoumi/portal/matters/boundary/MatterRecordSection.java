package org.shoumi.portal.matters.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import org.shoumi.portal.matters.entity.MatterStatus;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.shared.RecordSection;

/**
 * The person's major-matter reports in their secrecy file, and everyone's as a sheet of the records workbook: the
 * category, the day, the status, when acknowledged and the decision's category. The free-text note and the
 * decision's text stay in the portal (the secrecy office's page), to keep personal details out of print.
 */
@ApplicationScoped
public class MatterRecordSection implements RecordSection {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Matters matters;

    /** Who recorded each entry, by the person's name as every sheet names people (the login only without one). */
    @jakarta.inject.Inject
    org.shoumi.portal.employees.boundary.Employees employees;

    @Override
    public int order() {
        return 110;
    }

    @Override
    public FileSection of(String employeeNo, ResourceBundle text, ZoneId zone) {
        org.shoumi.portal.employees.boundary.LoginNames names = employees.loginNames();
        List<String> lines = new java.util.ArrayList<>();
        for (MatterRow m : matters.of(employeeNo)) {
            lines.add(MessageFormat.format(text.getString("matters.file.line"), m.occurredOn().toString(),
                    category(m, text), time(m.reportedAt(), zone),
                    text.getString("enum.MatterStatus." + m.status().name()), decision(m, text)));
            // every step, who and when, as the page and the workbook show it (the file did not; outside check)
            for (MatterRow.Step s : m.steps()) {
                lines.add(MessageFormat.format(text.getString("matters.file.step"),
                        text.getString("enum.MatterStatus." + s.kind().name()), names.of(s.by()), time(s.at(), zone)));
            }
        }
        return new FileSection(text.getString("matters.file.title"), lines);
    }

    /**
     * The register (/matters/manage.xhtml) is the secrecy officers' and auditors': HR and administrators, who may download the workbook but whom its
     * page refuses (403), get it without the 重大事项报告 sheet (outside check: the workbook showed HR registers their
     * pages refuse). The person's own section of a secrecy file is not affected.
     */
    @Override
    public boolean sheetFor(java.util.function.Predicate<String> callerInRole) {
        return callerInRole.test(Role.SECRECY_OFFICER.name()) || callerInRole.test(Role.AUDITOR.name());
    }

    @Override
    public Sheet sheet(ResourceBundle text, ZoneId zone) {
        org.shoumi.portal.employees.boundary.LoginNames names = employees.loginNames();
        List<String> header = List.of(text.getString("matters.column.employeeNo"), text.getString("matters.column.name"),
                text.getString("matters.column.category"), text.getString("matters.column.occurredOn"),
                text.getString("matters.column.reportedAt"), text.getString("matters.column.status"),
                text.getString("matters.column.acknowledgedAt"), text.getString("matters.column.decision"),
                text.getString("matters.column.decidedBy"), text.getString("matters.column.decidedAt"));
        List<List<String>> rows = matters.all().stream().map(m -> {
            MatterRow.Step ack = m.steps().stream().filter(s -> s.kind() == MatterStatus.ACKNOWLEDGED).findFirst()
                    .orElse(null);
            MatterRow.Step decided = m.getDecision();
            return List.of(m.employeeNo(), m.name(), category(m, text),
                    m.occurredOn().toString(), time(m.reportedAt(), zone),
                    text.getString("enum.MatterStatus." + m.status().name()),
                    ack == null ? "" : time(ack.at(), zone) + " " + names.of(ack.by()), decision(m, text),
                    decided == null ? "" : names.of(decided.by()), decided == null ? "" : time(decided.at(), zone));
        }).toList();
        return new Sheet(text.getString("matters.sheet.name"), header, rows);
    }

    /**
     * The category, and for a lost carrier the incident case it opened (its upward report and closing are that
     * case's, in the incidents register): the report stays open until the case is closed.
     */
    private static String category(MatterRow m, ResourceBundle text) {
        String category = text.getString("enum.MatterCategory." + m.category().name());
        return m.incidentReference() == null ? category
                : category + MessageFormat.format(text.getString("matters.case.short"), m.incidentReference());
    }

    private static String decision(MatterRow m, ResourceBundle text) {
        MatterRow.Step d = m.getDecision();
        return d == null ? "" : text.getString("enum.MatterDecision." + d.decision().name());
    }

    private static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }
}
