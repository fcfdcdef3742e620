package org.shoumi.portal.liaisons.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.shared.RecordSection;

/**
 * A person's appointments as a part-time secrecy liaison and their ends, in the secrecy file; the whole register
 * as a sheet of the records workbook.
 */
@ApplicationScoped
public class LiaisonRecordSection implements RecordSection {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Liaisons liaisons;

    /** Who recorded each entry, by the person's name as every sheet names people (the login only without one). */
    @jakarta.inject.Inject
    org.shoumi.portal.employees.boundary.Employees employees;

    @Override
    public int order() {
        return 90;
    }

    @Override
    public FileSection of(String employeeNo, ResourceBundle text, ZoneId zone) {
        // each entry with its number, who recorded it and when, as the workbook says (the file did not; outside check)
        org.shoumi.portal.employees.boundary.LoginNames names = employees.loginNames();
        // an appointment not ended that the person no longer serves (moved, left) says so with the day, as the
        // register marks it (the file read "起任办公室兼职保密员" after a move to another department; outside check)
        java.util.Map<Long, LiaisonRows.Away> away = liaisons.awayOf(employeeNo);
        List<String> lines = liaisons.of(employeeNo).stream().map(e -> {
            String line = MessageFormat.format(text.getString("liaisons.file.recorded"), MessageFormat.format(
                            text.getString("liaisons.file.line." + e.kind().name()), e.effectiveOn().toString(),
                            e.departmentName(), e.reference() == null ? "" : e.reference(),
                            e.reason() == null ? "" : e.reason()).strip(),
                    Long.toString(e.id()), names.of(e.recordedBy()), TIME.format(e.recordedAt().atZone(zone)));
            LiaisonRows.Away gone = away.get(e.id());
            if (gone == null) {
                return line;
            }
            String note = gone.since() == null ? text.getString("liaisons.standing." + gone.standing().name())
                    : MessageFormat.format(text.getString("liaisons.file.standing." + gone.standing().name()),
                    gone.since().toString());
            return MessageFormat.format(text.getString("liaisons.file.away"), line, note);
        }).toList();
        return new FileSection(text.getString("liaisons.file.title"), lines);
    }

    /**
     * The register (/liaisons/manage.xhtml) is the secrecy officers' and auditors': HR and administrators, who may download the workbook but whom its
     * page refuses (403), get it without the 兼职保密员 sheet (outside check: the workbook showed HR registers their
     * pages refuse). The person's own section of a secrecy file is not affected.
     */
    @Override
    public boolean sheetFor(java.util.function.Predicate<String> callerInRole) {
        return callerInRole.test(Role.SECRECY_OFFICER.name()) || callerInRole.test(Role.AUDITOR.name());
    }

    @Override
    public Sheet sheet(ResourceBundle text, ZoneId zone) {
        org.shoumi.portal.employees.boundary.LoginNames names = employees.loginNames();
        List<String> header = List.of(text.getString("liaisons.column.entry"), text.getString("liaisons.column.department"),
                text.getString("liaisons.column.employeeNo"), text.getString("liaisons.column.name"),
                text.getString("liaisons.column.effectiveOn"), text.getString("liaisons.column.reference"),
                text.getString("liaisons.column.reason"), text.getString("liaisons.column.recordedBy"),
                text.getString("liaisons.column.recordedAt"), text.getString("liaisons.column.id"),
                text.getString("liaisons.column.ends"), text.getString("liaisons.column.standingNow"));
        // each appointment not ended says where it stands now, as the register does: serving, serving while a 离岗 or
        // 离职 is under way (需安排接任), or no longer served since a day (moved, left): the sheet gave none of it
        java.util.Map<Long, String> standing = new java.util.HashMap<>();
        liaisons.covers().forEach(c -> c.liaisons().forEach(l -> standing.put(l.appointmentId(),
                standingNow(l, text))));
        List<List<String>> rows = liaisons.all().stream().map(e -> List.of(
                text.getString("enum.LiaisonEntryKind." + e.kind().name()), e.departmentName(), e.employeeNo(),
                e.personName(), e.effectiveOn().toString(), e.reference() == null ? "" : e.reference(),
                e.reason() == null ? "" : e.reason(), names.of(e.recordedBy()), TIME.format(e.recordedAt().atZone(zone)),
                Long.toString(e.id()), e.endsId() == null ? "" : MessageFormat.format(text.getString("liaisons.sheet.ends"),
                        Long.toString(e.endsId()), e.endsOn().toString()), standing.getOrDefault(e.id(), "")))
                .toList();
        return new Sheet(text.getString("liaisons.sheet.name"), header, rows);
    }

    /** Where a current appointment stands now, in the register's words. */
    private static String standingNow(LiaisonRows.Serving l, ResourceBundle text) {
        if (l.standing() != org.shoumi.portal.liaisons.control.LiaisonRules.Standing.SERVING) {
            return l.awaySince() == null ? text.getString("liaisons.standing." + l.standing().name())
                    : MessageFormat.format(text.getString("liaisons.file.standing." + l.standing().name()),
                    l.awaySince().toString());
        }
        String serving = text.getString("liaisons.standing.SERVING");
        return l.leaving() == null ? serving : serving + MessageFormat.format(text.getString(
                l.leaving().leavesUnit() ? "liaisons.leaving.unit" : "liaisons.leaving.post"),
                String.valueOf(l.leaving().plannedLastDay()));
    }
}
