package org.shoumi.portal.vetting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.shared.RecordSection;

/** The person's vettings and reviews in their secrecy file, and everyone's as a sheet of the records workbook. */
@ApplicationScoped
public class VettingRecordSection implements RecordSection {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Vettings vettings;

    /** Who recorded each entry, by the person's name as every sheet names people (the login only without one). */
    @jakarta.inject.Inject
    org.shoumi.portal.employees.boundary.Employees employees;

    @Override
    public int order() {
        return 100;
    }

    @Override
    public FileSection of(String employeeNo, ResourceBundle text, ZoneId zone) {
        var history = vettings.history(employeeNo);
        // who recorded each entry by the person's name, as the other sections and every sheet name people
        org.shoumi.portal.employees.boundary.LoginNames names = employees.namesOf(
                history.stream().map(v -> v.recordedBy()).toList());
        // in post and waiting for the 上岗审查 of the class raised into (or returned to): the file says so, and what was
        // held before that day is marked as for the class before (it showed a passed 上岗审查 and a review 【现行有效】
        // while the onboarding pledge was refused for want of a vetting; outside check ex-s38g 5)
        java.util.Optional<Vettings.Awaited> awaited = vettings.awaitedInPost(employeeNo);
        // each line with its record number, the note apart from the file number (it read "档案编号 F-18 bad"), and a
        // same-day entry superseded by a later one marked so (both read alike, and nobody could tell which counted)
        List<String> lines = new java.util.ArrayList<>();
        awaited.ifPresent(a -> lines.add(MessageFormat.format(text.getString("vetting.file.awaited"),
                a.since().toString(), text.getString("enum.SecrecyClass." + a.secrecyClass().name()))));
        history.stream().map(v -> MessageFormat.format(
                text.getString("vetting.file.line"), v.heldOn().toString(),
                text.getString("enum.VettingKind." + v.kind().name()),
                text.getString("enum.VettingResult." + v.result().name()), v.approver(), v.fileRef(),
                v.note() == null ? "" : MessageFormat.format(text.getString("vetting.file.note"), v.note()),
                names.of(v.recordedBy()), TIME.format(v.recordedAt().atZone(zone)), Long.toString(v.id()),
                awaited.isPresent() && v.supersededBy() == null && v.heldOn().isBefore(awaited.get().since())
                        ? text.getString("vetting.file.beforeRaise") : mark(v, text, "vetting.file.")))
                .forEach(lines::add);
        return new FileSection(text.getString("vetting.file.title"), lines);
    }

    /**
     * The register (/vetting/manage.xhtml) is HR's, the secrecy officers' and the auditors': an administrator, who may download the
     * workbook but whom its page refuses (403), gets it without the 审查与复审 sheet, so that pages and workbook agree
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
        List<String> header = List.of(text.getString("vetting.column.employeeNo"), text.getString("vetting.column.name"),
                text.getString("vetting.column.kind"), text.getString("vetting.column.heldOn"),
                text.getString("vetting.column.result"), text.getString("vetting.column.approver"),
                text.getString("vetting.column.fileRef"), text.getString("vetting.column.note"),
                text.getString("vetting.column.recordedBy"), text.getString("vetting.column.recordedAt"),
                text.getString("vetting.column.id"), text.getString("vetting.column.supersededBy"));
        List<List<String>> rows = vettings.all().stream().map(v -> List.of(v.employeeNo(), v.name(),
                text.getString("enum.VettingKind." + v.kind().name()), v.heldOn().toString(),
                text.getString("enum.VettingResult." + v.result().name()), v.approver(), v.fileRef(),
                v.note() == null ? "" : v.note(), names.of(v.recordedBy()), TIME.format(v.recordedAt().atZone(zone)),
                Long.toString(v.id()), mark(v, text, "vetting.sheet.")))
                .toList();
        return new Sheet(text.getString("vetting.sheet.name"), header, rows);
    }

    /**
     * Which record counts: a same-day entry superseded by a later one, an entry held before the record of its kind in
     * force but made after it (a 通过 of yesterday after a 未通过 of today read alike, printed above it, and the sheet's
     * 更正情况 was empty for both; outside check), or the record in force.
     */
    private static String mark(VettingRow v, ResourceBundle text, String prefix) {
        if (v.supersededBy() != null) {
            return MessageFormat.format(text.getString(prefix + "superseded"), v.supersededBy().toString());
        }
        if (v.outdatedBy() != null) {
            return MessageFormat.format(text.getString(prefix + "outdated"), v.outdatedBy().toString(),
                    v.outdatedByOn().toString());
        }
        return v.inForce() ? text.getString(prefix + "inForce") : "";
    }
}
