package org.shoumi.portal.incidents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.shared.RecordSection;

/** A person's rewards and sanctions in their secrecy file, and everyone's as a sheet of the records workbook. */
@ApplicationScoped
public class ConductRecordSection implements RecordSection {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    ConductEntries entries;

    /** Who recorded each entry, by the person's name as every sheet names people (the login only without one). */
    @jakarta.inject.Inject
    org.shoumi.portal.employees.boundary.Employees employees;

    @Override
    public int order() {
        return 700;
    }

    @Override
    public FileSection of(String employeeNo, ResourceBundle text, ZoneId zone) {
        // who recorded each entry and when, as the page and the workbook say (the file did not; outside check)
        org.shoumi.portal.employees.boundary.LoginNames names = employees.loginNames();
        return new FileSection(text.getString("incidents.file.conduct.title"),
                entries.of(employeeNo).stream().map(c -> line(c, text) + MessageFormat.format(
                        text.getString("incidents.file.conduct.recorded"), names.of(c.recordedBy()),
                        time(c.recordedAt(), zone))).toList());
    }

    /**
     * The register (/incidents/conduct.xhtml) is HR's, the secrecy officers' and the auditors': an administrator, who may download the
     * workbook but whom its page refuses (403), gets it without the 奖惩记录 sheet, so that pages and workbook agree
     * (outside check). The person's own section of a secrecy file is not affected.
     */
    @Override
    public boolean sheetFor(java.util.function.Predicate<String> callerInRole) {
        return callerInRole.test(Role.SECRECY_OFFICER.name()) || callerInRole.test(Role.HR.name())
                || callerInRole.test(Role.AUDITOR.name());
    }

    @Override
    public Sheet sheet(ResourceBundle text, ZoneId zone) {
        org.shoumi.portal.employees.boundary.LoginNames names = employees.loginNames();
        List<String> header = List.of("id", "employeeNo", "name", "kind", "decidedOn", "reason", "decidedBy",
                "documentRef", "incident", "corrects", "correctedBy", "recordedBy", "recordedAt").stream()
                .map(k -> text.getString("incidents.sheet.conduct." + k)).toList();
        List<List<String>> rows = entries.all().stream().map(c -> List.of(Long.toString(c.id()), c.employeeNo(),
                c.name(), text.getString("enum.ConductKind." + c.kind().name()), c.decidedOn().toString(), c.reason(),
                c.decidedBy(), orEmpty(c.documentRef()), orEmpty(c.incidentReference()),
                c.corrects() == null ? "" : c.corrects().toString(),
                c.correctedBy() == null ? "" : c.correctedBy().toString(), names.of(c.recordedBy()),
                time(c.recordedAt(), zone))).toList();
        return new Sheet(text.getString("incidents.sheet.conduct.title"), header, rows);
    }

    private static String line(Rows.Conduct c, ResourceBundle text) {
        StringBuilder b = new StringBuilder(MessageFormat.format(text.getString("incidents.file.conduct.line"),
                Long.toString(c.id()), c.decidedOn().toString(), text.getString("enum.ConductKind." + c.kind().name()),
                c.reason(), c.decidedBy()));
        if (c.documentRef() != null) {
            b.append(MessageFormat.format(text.getString("incidents.file.conduct.document"), c.documentRef()));
        }
        if (c.incidentReference() != null) {
            b.append(MessageFormat.format(text.getString("incidents.file.conduct.incident"), c.incidentReference()));
        }
        if (c.corrects() != null) {
            b.append(MessageFormat.format(text.getString("incidents.file.conduct.corrects"), c.corrects().toString()));
        }
        if (c.correctedBy() != null) {
            b.append(MessageFormat.format(text.getString("incidents.file.conduct.correctedBy"),
                    c.correctedBy().toString()));
        }
        return b.toString();
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }
}
