package org.shoumi.portal.matters.boundary;

import org.shoumi.content.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.portal.events.CarrierLossReported;
import org.shoumi.portal.events.IncidentCaseAsked;
import org.shoumi.portal.matters.boundary.MatterRefusedException.Reason;
import org.shoumi.portal.matters.control.MatterRules;
import org.shoumi.portal.matters.entity.MatterCategory;
import org.shoumi.portal.matters.entity.MatterDecision;
import org.shoumi.portal.matters.entity.MatterReport;
import org.shoumi.portal.matters.entity.MatterStatus;
import org.shoumi.portal.matters.entity.MatterStep;
import org.shoumi.portal.notifications.boundary.Notifications;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;

/**
 * Major personal-matter reports: a person reports, the secrecy office acknowledges and decides. Each step is a row
 * of its own, appended to the evidence log in its transaction; the officers are told of a new report and the
 * person of the decision (the bell). A person reads only their own reports; the secrecy office (and auditors)
 * read all. A lost carrier (涉密载体或设备遗失) opens an incident case with its clock to report upwards (the event
 * {@link CarrierLossReported}) and is decided only after that case is closed, never as 无需处理.
 */
@ApplicationScoped
@Boundary
public class Matters {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    EvidenceLog evidence;

    @Inject
    Notifications notifications;

    @Inject
    Event<CarrierLossReported> carrierLost;

    @Inject
    Event<IncidentCaseAsked> caseAsked;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    Clock clock = Clock.systemUTC();

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(zone)));
    }

    /** The person behind {@code username} reports a matter; returns the report's id. */
    public long report(String username, MatterCategory category, LocalDate occurredOn, String note) {
        Employee person = person(username).orElseThrow(() -> new MatterRefusedException(Reason.NO_PERSON));
        if (category == null) {
            throw new MatterRefusedException(Reason.CATEGORY_MISSING);
        }
        if (occurredOn == null) {
            throw new MatterRefusedException(Reason.DAY_MISSING);
        }
        if (!MatterRules.dayAllowed(occurredOn, today())) {
            throw new MatterRefusedException(Reason.DAY_IN_FUTURE);
        }
        if (MatterRules.tooLongAgo(occurredOn, today())) {
            throw new MatterRefusedException(Reason.DAY_TOO_LONG_AGO);
        }
        if (person.getHireDate() != null && occurredOn.isBefore(person.getHireDate())) {
            // the day the matter happened: one from before the person joined the unit is declared at their vetting
            // (上岗审查), not reported to the unit as it happens (2020-01-01 was taken for someone hired in 2023;
            // outside check)
            throw new MatterRefusedException(Reason.DAY_BEFORE_HIRE, List.of(person.getHireDate().toString()));
        }
        String text = Texts.clean(note);
        if (text != null && text.length() > MatterReport.NOTE_MAX) {
            throw new MatterRefusedException(Reason.NOTE_TOO_LONG);
        }
        if (MatterRules.noteMissing(category, text)) {
            // the note of a lost carrier is the description of the incident case it opens: it must say something;
            // under 其他 and 异常接触 the note is all the report says; any note typed is kept for good
            throw new MatterRefusedException(category == MatterCategory.CARRIER_LOST ? Reason.CARRIER_NOTE_MISSING
                    : MatterRules.noteRequired(category) ? Reason.NOTE_MISSING : Reason.NOTE_SAYS_NOTHING);
        }
        // the same report once: a form sent twice (or again from the page opened anew) made two identical reports.
        // The person's row is locked so that two posts at once are counted one after the other
        em.lock(person, LockModeType.PESSIMISTIC_WRITE);
        boolean reported = em.createNamedQuery(MatterReport.OF_PERSON, MatterReport.class)
                .setParameter("employeeNo", person.getEmployeeNo()).getResultStream()
                .anyMatch(r -> r.getCategory() == category && r.getOccurredOn().equals(occurredOn)
                        && java.util.Objects.equals(r.getNote(), text));
        if (reported) {
            throw new MatterRefusedException(Reason.ALREADY_REPORTED);
        }
        MatterReport report = new MatterReport(person, category, occurredOn, text, username, clock.instant());
        em.persist(report);
        em.flush();
        if (category == MatterCategory.CARRIER_LOST) {
            // a lost carrier must be reported upwards within the incidents' hours of receipt: the same loss reported
            // here started no case and no clock and could be closed as 无需处理 (outside check). The incidents
            // feature opens the case in this transaction (an event: matters knows nothing of incidents)
            CarrierLossReported lost = new CarrierLossReported(report.getId(), person.getEmployeeNo(), username,
                    occurredOn, text, report.getReportedAt());
            carrierLost.fire(lost);
            if (lost.incidentId() == null) {
                throw new IllegalStateException("no incident case was opened for a lost carrier");
            }
            report.caseOpened(lost.incidentId(), lost.reference());
        }
        MatterStep step = new MatterStep(report, MatterStatus.REPORTED, null, null, username, report.getReportedAt());
        em.persist(step);
        em.flush();
        evidence.append(EvidenceKind.MATTER_STEP, step.getId());
        // the bell of a lost carrier names its case, whose own notice gives the deadline
        String key = report.getIncidentReference() == null ? "matters.notice.reported"
                : "matters.notice.reportedCarrier";
        List<String> args = report.getIncidentReference() == null
                ? List.of(person.getName(), person.getEmployeeNo())
                : List.of(person.getName(), person.getEmployeeNo(), report.getIncidentReference());
        for (String officer : officers(username)) {
            notifications.tell(officer, key, args, "/matters/manage.xhtml?id=" + report.getId());
        }
        return report.getId();
    }

    /** The secrecy office acknowledges a report (the first step after it). */
    public void acknowledge(long reportId, String by) {
        MatterReport report = locked(reportId);
        check(report, MatterStatus.ACKNOWLEDGED, by);
        append(report, new MatterStep(report, MatterStatus.ACKNOWLEDGED, null, null, by, clock.instant()));
    }

    /**
     * The secrecy office records its decision on an acknowledged report; the person is told. A decision to move the
     * person out of the secret-related post (调离涉密岗位) is carried out by HR, who set post and class and open
     * departures: every HR login is told under the bell, with the link to the person's change of post and class
     * (outside check: the decision changed nothing and told nobody who could carry it out).
     *
     * @return how many HR logins were told (0 for any other decision, or when no HR login is enabled: HR must then
     *     be told otherwise, as the page says)
     */
    public int decide(long reportId, MatterDecision decision, String text, String by) {
        MatterReport report = locked(reportId);
        check(report, MatterStatus.DECIDED, by);
        if (decision == null) {
            throw new MatterRefusedException(Reason.DECISION_MISSING);
        }
        if (MatterRules.decisionTextMissing(text)) {
            throw new MatterRefusedException(Reason.DECISION_TEXT_MISSING);
        }
        if (Texts.tooLong(text, MatterStep.TEXT_MAX)) {
            throw new MatterRefusedException(Reason.DECISION_TEXT_TOO_LONG);
        }
        boolean closed = false;
        if (report.getIncidentId() != null) {
            IncidentCaseAsked asked = new IncidentCaseAsked(report.getIncidentId());
            caseAsked.fire(asked);
            closed = asked.closed();
        }
        MatterRules.carrierDecision(report.getCategory(), decision, report.getIncidentId() != null, closed)
                .ifPresent(problem -> {
                    throw new MatterRefusedException(switch (problem) {
                        case NO_ACTION -> Reason.CARRIER_NO_ACTION;
                        case CASE_OPEN -> Reason.CARRIER_CASE_OPEN;
                    }, List.of(String.valueOf(report.getIncidentReference())));
                });
        append(report, new MatterStep(report, MatterStatus.DECIDED, decision, Texts.clean(text), by,
                clock.instant()));
        List<String> own = loginsOf(report.getEmployee());
        own.forEach(login -> notifications.tell(login, "matters.notice.decided",
                List.of(report.getOccurredOn().toString()), "/matters/mine.xhtml"));
        if (decision != MatterDecision.TRANSFER_OUT_OF_SECRET_POST) {
            return 0;
        }
        Employee person = report.getEmployee();
        // HR is told the decision, not its text or the matter (those stay with the secrecy office)
        List<String> hr = accounts.enabledLoginsWith(Role.HR).stream().filter(l -> !own.contains(l)).toList();
        hr.forEach(login -> notifications.tell(login, "matters.notice.transferHr", List.of(person.getName(),
                person.getEmployeeNo(), today().toString()), "/employees/change.xhtml?no=" + person.getEmployeeNo()));
        return hr.size();
    }

    /** The reports of the person behind {@code username}, newest first. */
    public List<MatterRow> mine(String username) {
        return person(username).map(p -> em.createNamedQuery(MatterReport.OF_PERSON, MatterReport.class)
                .setParameter("employeeNo", p.getEmployeeNo()).getResultStream().map(this::row).toList())
                .orElse(List.of());
    }

    /** Every report for the secrecy office: the open ones first (oldest first), then the decided (newest first). */
    public List<MatterRow> all() {
        List<MatterRow> rows = em.createNamedQuery(MatterReport.ALL, MatterReport.class).getResultStream()
                .map(this::row).toList();
        return rows.stream().sorted(Comparator.comparing((MatterRow r) -> !r.isOpen())
                .thenComparing((a, b) -> a.isOpen() ? a.reportedAt().compareTo(b.reportedAt())
                        : b.reportedAt().compareTo(a.reportedAt()))).toList();
    }

    /** A person's reports, oldest first (their secrecy file). */
    public List<MatterRow> of(String employeeNo) {
        List<MatterRow> rows = em.createNamedQuery(MatterReport.OF_PERSON, MatterReport.class)
                .setParameter("employeeNo", employeeNo).getResultStream().map(this::row)
                .collect(java.util.stream.Collectors.toList());
        java.util.Collections.reverse(rows);
        return rows;
    }

    /**
     * One report: for the person who reported it, or for someone who may read every report ({@code mayReadAll}:
     * the secrecy office, auditors); empty otherwise, as for a report that does not exist.
     */
    public Optional<MatterRow> find(long reportId, String username, boolean mayReadAll) {
        MatterReport report = em.find(MatterReport.class, reportId);
        if (report == null) {
            return Optional.empty();
        }
        boolean own = person(username).map(p -> p.getId().equals(report.getEmployee().getId())).orElse(false);
        return own || mayReadAll ? Optional.of(row(report)) : Optional.empty();
    }

    /** The logins of the person a report is about. */
    private List<String> loginsOf(Employee person) {
        return em.createQuery("select a.username from Account a where a.employee = :e", String.class)
                .setParameter("e", person).getResultList();
    }

    private void check(MatterReport report, MatterStatus step, String by) {
        // an officer does not handle their own report (another officer does), as for travel and disclosures
        if (by != null && loginsOf(report.getEmployee()).contains(by)) {
            throw new MatterRefusedException(Reason.OWN_REPORT);
        }
        MatterRules.check(report.getStatus(), step).ifPresent(problem -> {
            throw new MatterRefusedException(switch (problem) {
                case ALREADY_ACKNOWLEDGED -> Reason.ALREADY_ACKNOWLEDGED;
                case NOT_ACKNOWLEDGED -> Reason.NOT_ACKNOWLEDGED;
                case ALREADY_DECIDED, NOT_A_STEP -> Reason.ALREADY_DECIDED;
            });
        });
    }

    private void append(MatterReport report, MatterStep step) {
        em.persist(step);
        report.reached(step.getKind());
        em.flush();
        evidence.append(EvidenceKind.MATTER_STEP, step.getId());
    }

    private MatterReport locked(long reportId) {
        MatterReport report = em.find(MatterReport.class, reportId, LockModeType.PESSIMISTIC_WRITE);
        if (report == null) {
            throw new MatterRefusedException(Reason.UNKNOWN_REPORT);
        }
        return report;
    }

    private MatterRow row(MatterReport r) {
        List<MatterRow.Step> steps = em.createNamedQuery(MatterStep.OF_REPORT, MatterStep.class)
                .setParameter("report", r.getId()).getResultStream()
                .map(s -> new MatterRow.Step(s.getKind(), s.getDecision(), s.getText(), s.getDoneBy(), s.getDoneAt()))
                .toList();
        Employee e = r.getEmployee();
        return new MatterRow(r.getId(), e.getEmployeeNo(), e.getName(), e.getDepartment().getName(),
                e.getDepartment().getNameEn(), r.getCategory(),
                r.getOccurredOn(), r.getNote(), r.getReportedAt(), r.getStatus(), steps, r.getIncidentId(),
                r.getIncidentReference());
    }

    /** The secrecy officers' logins, not the reporter's own. */
    private List<String> officers(String reporter) {
        return accounts.enabledLoginsWith(Role.SECRECY_OFFICER).stream().filter(u -> !u.equals(reporter)).toList();
    }

    private Optional<Employee> person(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select e from Account a join a.employee e join fetch e.department "
                + "where a.username = :u", Employee.class).setParameter("u", username).getResultStream().findFirst();
    }
}
