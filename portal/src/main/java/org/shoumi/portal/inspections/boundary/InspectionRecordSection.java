package org.shoumi.portal.inspections.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.inspections.control.InspectionRules;
import org.shoumi.portal.inspections.entity.FindingStatus;
import org.shoumi.portal.inspections.entity.InspectionScope;
import org.shoumi.portal.inspections.entity.InspectionStatus;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.shared.RecordSection;

/**
 * The self-inspections (保密自查) a person was asked to fill in, in their secrecy file, and everyone's as a sheet of
 * the records workbook: the round, the checklist and its version, the due day, whether and when it was submitted
 * and by whom (or that it is no longer asked of someone who left before submitting it), and how many findings it
 * raised and how many are not closed. The answers themselves stay on the self-inspection pages.
 */
@ApplicationScoped
public class InspectionRecordSection implements RecordSection {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @jakarta.inject.Inject
    org.shoumi.portal.employees.boundary.Employees employees;

    @jakarta.inject.Inject
    org.shoumi.portal.employees.boundary.PersonnelHistory history;

    /** One self-inspection as the file and the sheet show it. */
    record Line(long id, String employeeNo, String name, String department, String round, String checklist,
            int checklistVersion, LocalDate due, InspectionStatus status, Instant submittedAt, String submittedBy,
            InspectionScope scope, long respondentId, EmployeeStatus respondentStatus, long departmentId,
            String departmentCode) {

        /** Not submitted, and the respondent has left the post or the unit since: no longer asked of them. */
        boolean noLongerAsked() {
            return InspectionRules.noLongerAsked(status, respondentStatus);
        }
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public FileSection of(String employeeNo, ResourceBundle text, ZoneId zone) {
        List<Line> lines = lines(employeeNo);
        Map<Long, long[]> findings = lines.isEmpty() ? Map.of() : findings(employeeNo);
        Left left = new Left(lines);
        return new FileSection(text.getString("inspections.file.title"), lines.stream().map(l -> {
            long[] f = findings.getOrDefault(l.id(), new long[2]);
            return MessageFormat.format(text.getString("inspections.file.line"), l.round(), l.checklist(),
                    String.valueOf(l.checklistVersion()), l.due().toString(), left.status(l, text), submitted(l, zone),
                    f[0], f[1], // numbers, for the English plural (1 finding, 2 findings)
                    department(l, text));
        }).toList());
    }

    /**
     * The department a department's form is for, as the line names it ("部门：办公室，"), empty for a personal form: a
     * head who answered for two departments in one round read "已提交" and "待填写" for the same round, and an officer
     * five identical lines for the departments without a head (outside check); the workbook has the column.
     */
    private static String department(Line l, ResourceBundle text) {
        return l.scope() == InspectionScope.PERSONAL ? ""
                : MessageFormat.format(text.getString("inspections.file.department"), l.department());
    }

    /**
     * The register (/inspections/rounds.xhtml) is the secrecy officers' and auditors': HR and administrators, who may download the workbook but whom its
     * page refuses (403), get it without the 保密自查 sheet (outside check: the workbook showed HR registers their
     * pages refuse). The person's own section of a secrecy file is not affected.
     */
    @Override
    public boolean sheetFor(java.util.function.Predicate<String> callerInRole) {
        return callerInRole.test(Role.SECRECY_OFFICER.name()) || callerInRole.test(Role.AUDITOR.name());
    }

    @Override
    public Sheet sheet(ResourceBundle text, ZoneId zone) {
        Map<Long, long[]> findings = findings(null);
        List<Line> lines = lines(null);
        Left left = new Left(lines);
        Map<Long, String> handOvers = handOvers(text, zone);
        // who submitted, by name as the other sheets name people (the login alone was shown; outside check)
        org.shoumi.portal.employees.boundary.LoginNames names = employees.namesOf(lines.stream()
                .map(Line::submittedBy).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        List<List<String>> rows = lines.stream().map(l -> {
            long[] f = findings.getOrDefault(l.id(), new long[2]);
            // the office's inspection of a department: the person is its inspector, the round says so
            String round = l.scope() == InspectionScope.OFFICE
                    ? text.getString("enum.InspectionScope.OFFICE") + "：" + l.round() : l.round();
            return List.of(l.employeeNo(), l.name(), l.department(), round,
                    l.checklist() + " v" + l.checklistVersion(), l.due().toString(),
                    left.status(l, text), submitted(l, zone),
                    l.submittedBy() == null ? "" : names.of(l.submittedBy()), String.valueOf(f[0]),
                    String.valueOf(f[1]), handOvers.getOrDefault(l.id(), ""));
        }).toList();
        return new Sheet(text.getString("inspections.sheet.name"),
                List.of(text.getString("inspections.sheet.header").split("\\|")), rows);
    }

    /**
     * Each department form's hand-overs, oldest first, as one cell (when, from whom, to whom, why, whose change): the
     * workbook showed a form passed on five times as always its present holder's, while the rows were on the
     * follow-up page only (outside check ex-s36h 4).
     */
    private Map<Long, String> handOvers(ResourceBundle text, ZoneId zone) {
        Map<Long, String> cells = new HashMap<>();
        em.createQuery("select h.inspection.id, h.doneAt, f.employeeNo, f.name, t.employeeNo, t.name, h.cause, "
                        + "h.doneBy from InspectionHandOver h join h.from f join h.to t order by h.doneAt, h.id",
                Object[].class).getResultList().forEach(h -> cells.merge((Long) h[0],
                        MessageFormat.format(text.getString("inspections.sheet.handOver"),
                                TIME.format(((Instant) h[1]).atZone(zone)), h[2], h[3], h[4], h[5],
                                text.getString("enum.InspectionHandOver.Cause." + h[6]), h[7]),
                        (a, b) -> a + text.getString("inspections.sheet.handOver.separator") + b));
        return cells;
    }

    /** The self-inspections, by round and staff number: one person's, or everyone's for a null staff number. */
    private List<Line> lines(String employeeNo) {
        var query = em.createQuery("select s.id, p.employeeNo, p.name, d.name, r.name, r.checklistTitle, "
                + "r.checklistVersion, r.due, s.status, s.submittedAt, s.submittedBy, r.scope, p.id, p.status, d.id, d.code "
                + "from SelfInspection s join s.round r join s.respondent p join s.department d"
                // a person's file holds their own self-inspections; the office's inspections they carried out
                // (of a department, not of themselves) are in the sheet only
                + (employeeNo == null ? "" : " where p.employeeNo = :no and r.scope <> :office")
                + " order by r.openedOn, r.id, p.employeeNo", Object[].class);
        if (employeeNo != null) {
            query.setParameter("no", employeeNo).setParameter("office", InspectionScope.OFFICE);
        }
        return query.getResultStream().map(c -> new Line((Long) c[0], (String) c[1], (String) c[2], (String) c[3],
                (String) c[4], (String) c[5], ((Number) c[6]).intValue(), (LocalDate) c[7], (InspectionStatus) c[8],
                (Instant) c[9], (String) c[10], (InspectionScope) c[11], (Long) c[12], (EmployeeStatus) c[13],
                (Long) c[14], (String) c[15]))
                .toList();
    }

    /**
     * The status a line reads: 待填写 or 已提交, or for one no longer asked (its respondent left the post or the unit
     * before submitting it) that it is no longer asked, since when and why (2026-12-27 离职后不再要求), as the round
     * pages leave it out of the counts and the list: it is kept, marked, not dropped.
     */
    private final class Left {
        private final Map<EmployeeStatus, Map<Long, LocalDate>> days = new java.util.EnumMap<>(EmployeeStatus.class);
        private final java.util.Set<Long> concerned;
        private final Map<String, org.shoumi.portal.employees.entity.PersonnelChange> emptiedBy;

        Left(List<Line> lines) {
            lines.stream().filter(Line::noLongerAsked).map(Line::respondentStatus).distinct()
                    .forEach(status -> days.put(status, history.cameTo(status)));
            concerned = lines.stream().anyMatch(l -> l.scope() == InspectionScope.DEPARTMENT
                    && l.status() == InspectionStatus.OPEN) ? ConcernedDepartments.ids(em) : java.util.Set.of();
            emptiedBy = ConcernedDepartments.emptiedBy(em, lines.stream().filter(this::emptied)
                    .map(Line::departmentCode).collect(java.util.stream.Collectors.toSet()));
        }

        /** A department's form not submitted whose department has nobody concerned any more. */
        private boolean emptied(Line l) {
            return InspectionRules.departmentNoLongerAsked(l.scope(), l.status(), concerned.contains(l.departmentId()));
        }

        String status(Line l, ResourceBundle text) {
            if (!l.noLongerAsked() && emptied(l)) {
                // kept and marked with the day and the grounds of the change that emptied the department (ex-s38f 2)
                org.shoumi.portal.employees.entity.PersonnelChange c = emptiedBy.get(l.departmentCode());
                if (c == null) {
                    return text.getString("inspections.status.departmentEmpty");
                }
                return c.getReason() == null
                        ? MessageFormat.format(text.getString("inspections.status.departmentEmptiedOn"),
                                c.getEffectiveOn().toString())
                        : MessageFormat.format(text.getString("inspections.status.departmentEmptiedBy"),
                                c.getEffectiveOn().toString(), c.getReason());
            }
            if (!l.noLongerAsked()) {
                return text.getString("enum.InspectionStatus." + l.status());
            }
            String why = text.getString("enum.EmployeeStatus." + l.respondentStatus());
            LocalDate since = days.getOrDefault(l.respondentStatus(), Map.of()).get(l.respondentId());
            return since == null ? MessageFormat.format(text.getString("inspections.status.noLongerAsked"), why)
                    : MessageFormat.format(text.getString("inspections.status.noLongerAskedSince"), why,
                            since.toString());
        }
    }

    /**
     * Per self-inspection: its findings, and those not closed; of one person's self-inspections (a secrecy file, of
     * which a department's archive makes many), or of everyone's for a null staff number.
     */
    private Map<Long, long[]> findings(String employeeNo) {
        Map<Long, long[]> counts = new HashMap<>();
        var query = em.createQuery("select f.inspection.id, f.status, count(f) from Finding f"
                + (employeeNo == null ? "" : " where f.inspection.respondent.employeeNo = :no")
                + " group by f.inspection.id, f.status", Object[].class);
        if (employeeNo != null) {
            query.setParameter("no", employeeNo);
        }
        for (Object[] row : query.getResultList()) {
            long[] c = counts.computeIfAbsent((Long) row[0], id -> new long[2]);
            long n = ((Number) row[2]).longValue();
            c[0] += n;
            if (row[1] != FindingStatus.CLOSED) {
                c[1] += n;
            }
        }
        return counts;
    }

    private static String submitted(Line l, ZoneId zone) {
        return l.submittedAt() == null ? "—" : TIME.format(l.submittedAt().atZone(zone));
    }
}
