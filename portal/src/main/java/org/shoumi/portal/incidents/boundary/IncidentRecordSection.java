package org.shoumi.portal.incidents.boundary;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import org.shoumi.portal.incidents.entity.StepKind;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.shared.RecordSection;

/**
 * The incident register as a sheet of the records workbook (an anonymous report without any reporter; only in the
 * copy of a caller who may read the register, {@link #sheetFor}), and in a
 * person's secrecy file the incidents their rewards or sanctions follow from. Having reported an incident is no
 * mark on the reporter: it is not listed in their file.
 */
@ApplicationScoped
public class IncidentRecordSection implements RecordSection {

    @Inject
    Incidents incidents;

    @Inject
    ConductEntries entries;

    /** Who recorded each entry, by the person's name as every sheet names people (the login only without one). */
    @jakarta.inject.Inject
    org.shoumi.portal.employees.boundary.Employees employees;

    @Override
    public int order() {
        return 710;
    }

    @Override
    public FileSection of(String employeeNo, ResourceBundle text, ZoneId zone) {
        List<Long> ids = entries.of(employeeNo).stream().map(Rows.Conduct::incidentId).filter(Objects::nonNull)
                .distinct().toList();
        List<String> lines = incidents.cases(ids).stream()
                .map(c -> MessageFormat.format(text.getString("incidents.file.incident.line"), c.reference(),
                        text.getString("enum.IncidentKind." + c.kind().name()), c.occurredOn().toString(),
                        ConductRecordSection.time(c.receivedAt(), zone),
                        text.getString("enum.IncidentStatus." + c.status().name()))).toList();
        return new FileSection(text.getString("incidents.file.incident.title"), lines);
    }

    /**
     * The register is the secrecy officers' and auditors' (its pages answer 403 to anyone else): HR and administrators,
     * who may download the workbook, get it without the 事件登记 sheet, its descriptions, places and named reporters
     * (outside check: HR was refused the register but read all of it in the workbook).
     */
    @Override
    public boolean sheetFor(java.util.function.Predicate<String> callerInRole) {
        return callerInRole.test(Role.SECRECY_OFFICER.name()) || callerInRole.test(Role.AUDITOR.name());
    }

    @Override
    public Sheet sheet(ResourceBundle text, ZoneId zone) {
        org.shoumi.portal.employees.boundary.LoginNames names = employees.loginNames();
        List<String> header = List.of("reference", "kind", "occurredOn", "place", "description", "receivedAt",
                "reportDue", "reportedUpwardAt", "upwardTo", "channel", "upwardReference", "reportedUpwardBy",
                "status", "closedAt", "closedBy", "reporter", "attachment").stream()
                .map(k -> text.getString("incidents.sheet.register." + k)).toList();
        Map<Long, List<Rows.Step>> steps = incidents.allSteps();
        List<List<String>> rows = incidents.register().stream()
                .map(c -> row(c, steps.getOrDefault(c.id(), List.of()), text, zone, names)).toList();
        return new Sheet(text.getString("incidents.sheet.register.title"), header, rows);
    }

    /**
     * One case in the register sheet. Each change of state says who recorded it, as the case's page does: the upward
     * report with its recipient, channel and reference, recorded by whom and when, and who closed the case (the sheet
     * had only the times; outside check).
     */
    static List<String> row(Rows.Case c, List<Rows.Step> steps, ResourceBundle text, ZoneId zone,
                            org.shoumi.portal.employees.boundary.LoginNames names) {
        Rows.Step upward = last(steps, StepKind.REPORTED_UPWARD);
        Rows.Step closed = last(steps, StepKind.CLOSED);
        return List.of(c.reference(),
                text.getString("enum.IncidentKind." + c.kind().name()), c.occurredOn().toString(),
                ConductRecordSection.orEmpty(c.place()), c.description(),
                ConductRecordSection.time(c.receivedAt(), zone),
                // a case that needs no upward report has no deadline (an auditor read the stored one as overdue)
                // (nor when it was reported voluntarily: the report is in the next column, the deadline stays none)
                !c.clock().isDeadline() ? text.getString("incidents.clock.NOT_REQUIRED")
                        : ConductRecordSection.time(c.reportDue(), zone),
                ConductRecordSection.time(c.reportedUpwardAt(), zone),
                upward == null ? "" : ConductRecordSection.orEmpty(upward.upwardTo()),
                upward == null || upward.upwardChannel() == null ? ""
                        : text.getString("enum.ReportChannel." + upward.upwardChannel().name()),
                upward == null ? "" : ConductRecordSection.orEmpty(upward.upwardReference()),
                upward == null ? "" : names.of(upward.by()) + " " + ConductRecordSection.time(upward.at(), zone),
                text.getString("enum.IncidentStatus." + c.status().name()),
                ConductRecordSection.time(c.closedAt(), zone),
                closed == null ? "" : ConductRecordSection.orEmpty(names.of(closed.by())),
                c.anonymous() ? text.getString("incidents.anonymous")
                        : names.of(c.reporterLogin()) + (c.reporterNo() == null ? "" : " / " + c.reporterNo()),
                c.attachmentType() == null ? "" : c.attachmentType().name());
    }

    private static Rows.Step last(List<Rows.Step> steps, StepKind kind) {
        Rows.Step found = null;
        for (Rows.Step s : steps) {
            if (s.kind() == kind) {
                found = s;
            }
        }
        return found;
    }
}
