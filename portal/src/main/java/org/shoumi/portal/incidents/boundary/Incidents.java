package org.shoumi.portal.incidents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.portal.events.CarrierLossReported;
import org.shoumi.portal.events.IncidentCaseAsked;
import org.shoumi.portal.incidents.control.AttachmentMetadata;
import org.shoumi.portal.incidents.control.Attachments;
import org.shoumi.portal.incidents.control.Closure;
import org.shoumi.portal.incidents.control.Intake;
import org.shoumi.portal.incidents.control.Refusal;
import org.shoumi.portal.incidents.control.ReportClock;
import org.shoumi.portal.incidents.control.Submission;
import org.shoumi.content.text.Texts;
import org.shoumi.portal.incidents.entity.AttachmentType;
import org.shoumi.portal.incidents.entity.Incident;
import org.shoumi.portal.incidents.entity.IncidentAttachment;
import org.shoumi.portal.incidents.entity.IncidentStatus;
import org.shoumi.portal.incidents.entity.IncidentStep;
import org.shoumi.portal.notifications.boundary.Notifications;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;

/**
 * Incident reports: receiving one (named or anonymous; an anonymous one keeps no login, staff number, address,
 * browser or session, and nothing here logs who sent it), the officer's register with the clock for reporting
 * upwards, recording that report, investigation notes, and closing against the four "不放过". Every step is an
 * immutable row appended to the evidence log in the same transaction; officers hear of a new report under the
 * bell.
 */
@ApplicationScoped
@Boundary
public class Incidents {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    EvidenceLog evidence;

    @Inject
    Notifications notifications;

    @Inject
    Employees employees;

    @Inject
    @ConfigProperty(name = "shoumi.portal.incidents.report-hours", defaultValue = "24")
    long reportHours;

    @Inject
    @ConfigProperty(name = "shoumi.portal.incidents.attachment-max-bytes", defaultValue = "5242880")
    long attachmentMaxBytes;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    Clock clock = Clock.systemUTC();

    /** The configured attachment limit in bytes (the page states it). */
    public long attachmentMaxBytes() {
        return attachmentMaxBytes;
    }

    /** The configured hours for reporting upwards. */
    public long reportHours() {
        return reportHours;
    }

    /**
     * Receives a report. {@code login} is who is logged in; it is kept only for a named report. Refused with every
     * problem found ({@link IncidentRefusedException}); nothing is stored then. Returns the case's id.
     */
    public long report(Submission s, String login) {
        Instant now = clock.instant();
        List<Refusal> problems = Intake.problems(s, today(now), attachmentMaxBytes);
        if (!problems.isEmpty()) {
            throw new IncidentRefusedException(problems, Intake.lengths(s));
        }
        byte[] file = s.attachment();
        boolean attached = file != null && file.length > 0;
        if (attached && s.anonymous()) {
            // nothing in the file may name the sender: EXIF (owner, camera serial, GPS), XMP, a PDF's author
            file = AttachmentMetadata.stripped(file, Attachments.type(file).orElseThrow())
                    .orElseThrow(() -> new IncidentRefusedException(List.of(Refusal.ATTACHMENT_UNREADABLE)));
        }
        String reporterLogin = s.anonymous() ? null : login;
        String reporterNo = s.anonymous() ? null
                : employees.personOf(login).map(Employee::getEmployeeNo).orElse(null);
        Incident incident = Intake.incident(s, reporterLogin, reporterNo, now, Duration.ofHours(reportHours));
        if (attached) {
            AttachmentType type = Attachments.type(file).orElseThrow();
            incident.attach(type, Attachments.sha256(file), file.length);
        }
        em.persist(incident);
        em.flush();
        if (attached) {
            em.persist(new IncidentAttachment(incident.getId(), file));
        }
        step(IncidentStep.received(incident, reporterLogin));
        String link = "/incidents/manage.xhtml?id=" + incident.getId();
        // a kind that needs no upward report has no deadline: its notice named one all the same (outside check)
        boolean upward = incident.getKind().requiresUpwardReport();
        List<String> args = upward ? List.of(incident.getReference(), time(incident.getReportDue()))
                : List.of(incident.getReference());
        String key = upward ? "incidents.notify.receivedDue" : "incidents.notify.receivedNoUpward";
        officers().forEach(officer -> notifications.tell(officer, key, args, link));
        return incident.getId();
    }

    /**
     * A lost carrier reported as a major personal matter opens a named case of a lost carrier, in the reporting
     * transaction, with its clock to report upwards running from the matter's report; the officers are told with
     * the deadline as for a case reported here. The matter keeps the case's id and reference.
     */
    void onCarrierLoss(@Observes CarrierLossReported lost) {
        Incident incident = Intake.carrierLoss(lost.login(), lost.employeeNo(), lost.occurredOn(), lost.description(),
                lost.reportedAt(), Duration.ofHours(reportHours));
        em.persist(incident);
        em.flush();
        step(IncidentStep.received(incident, lost.login()));
        List<String> args = List.of(incident.getReference(), time(incident.getReportDue()));
        String link = "/incidents/manage.xhtml?id=" + incident.getId();
        officers().stream().filter(o -> !o.equals(lost.login()))
                .forEach(officer -> notifications.tell(officer, "incidents.notify.receivedDue", args, link));
        lost.opened(incident.getId(), incident.getReference());
    }

    /** Answers whether a case is closed yet (a carrier loss reported as a matter is decided only after). */
    void onCaseAsked(@Observes IncidentCaseAsked asked) {
        Incident incident = em.find(Incident.class, asked.incidentId());
        if (incident != null) {
            asked.found(incident.getStatus() == IncidentStatus.CLOSED);
        }
    }

    /** The register as it stands now: open cases first, newest first. */
    public List<Rows.Case> register() {
        return register(clock.instant());
    }

    /** The register with the reporting clock read at {@code now} (tests fix the moment). */
    public List<Rows.Case> register(Instant now) {
        return em.createNamedQuery(Incident.OPEN_FIRST, Incident.class).getResultStream().map(i -> row(i, now))
                .toList();
    }

    /** These cases (by id), oldest first, with the clock read now. */
    public List<Rows.Case> cases(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return em.createQuery("select i from Incident i where i.id in :ids order by i.receivedAt, i.id", Incident.class)
                .setParameter("ids", ids).getResultStream().map(i -> row(i, now)).toList();
    }

    /** One case, with the clock read now; empty when there is none. */
    public Optional<Rows.Case> find(long id) {
        return find(id, clock.instant());
    }

    public Optional<Rows.Case> find(long id, Instant now) {
        return Optional.ofNullable(em.find(Incident.class, id)).map(i -> row(i, now));
    }

    /** A case's steps, oldest first. */
    public List<Rows.Step> steps(long id) {
        return em.createNamedQuery(IncidentStep.OF_INCIDENT, IncidentStep.class).setParameter("incident", id)
                .getResultStream().map(Incidents::row).toList();
    }

    /** The steps of every case, by case, oldest first (one query: the records workbook's register). */
    public java.util.Map<Long, List<Rows.Step>> allSteps() {
        return em.createQuery("select s.incident.id, s from IncidentStep s order by s.steppedAt, s.id", Object[].class)
                .getResultStream().collect(java.util.stream.Collectors.groupingBy(r -> (Long) r[0],
                        java.util.stream.Collectors.mapping(r -> row((IncidentStep) r[1]),
                                java.util.stream.Collectors.toList())));
    }

    private static Rows.Step row(IncidentStep s) {
        return new Rows.Step(s.getId(), s.getKind(), s.getSteppedAt(), s.getSteppedBy(), s.getNote(), s.getUpwardAt(),
                s.getUpwardTo(), s.getUpwardChannel(), s.getUpwardReference(), s.getCause(), s.getResponsibility(),
                s.getMeasures(), s.getEducation());
    }

    /** The named reports of a login, to follow their status (anonymous ones are nobody's). */
    public List<Rows.Mine> mine(String login) {
        if (login == null) {
            return List.of();
        }
        return em.createNamedQuery(Incident.OF_REPORTER, Incident.class).setParameter("login", login)
                .getResultStream().map(i -> new Rows.Mine(i.getReference(), i.getKind(), i.getOccurredOn(),
                        i.getReceivedAt(), i.getReportedUpwardAt() != null, i.getStatus(), i.getClosedAt()))
                .toList();
    }

    /** Records the unit's report upwards, which stops the clock. */
    public void reportUpward(long id, UpwardReport u, String by) {
        Incident incident = open(id);
        Instant now = clock.instant();
        List<Refusal> problems = new ArrayList<>();
        if (incident.getReportedUpwardAt() != null) {
            problems.add(Refusal.ALREADY_REPORTED);
        }
        if (u.at() == null) {
            problems.add(Refusal.UPWARD_AT_MISSING);
        } else if (u.at().isBefore(incident.getReceivedAt())) {
            problems.add(Refusal.UPWARD_BEFORE_RECEIPT);
        } else if (u.at().isAfter(now)) {
            problems.add(Refusal.UPWARD_IN_FUTURE);
        }
        String to = Texts.clean(u.to());
        if (to == null) {
            problems.add(Refusal.UPWARD_TO_MISSING);
        } else if (Texts.tooLong(to, IncidentStep.MAX_SHORT)) {
            problems.add(Refusal.UPWARD_TO_TOO_LONG);
        }
        if (u.channel() == null) {
            problems.add(Refusal.CHANNEL_MISSING);
        }
        String reference = Texts.clean(u.reference());
        if (Texts.tooLong(reference, IncidentStep.MAX_SHORT)) {
            problems.add(Refusal.REFERENCE_TOO_LONG);
        }
        if (!problems.isEmpty()) {
            throw new IncidentRefusedException(problems);
        }
        incident.reportedUpward(u.at());
        step(IncidentStep.reportedUpward(incident, now, by, u.at(), to, u.channel(), reference));
    }

    /** Adds a dated investigation note. */
    public void addNote(long id, String note, String by) {
        Incident incident = open(id);
        String text = Texts.clean(note);
        // a note kept for good in the case's history says something ("-" was taken: outside check)
        if (text == null || !Texts.saysSomething(text)) {
            throw new IncidentRefusedException(Refusal.NOTE_MISSING);
        }
        if (Texts.tooLong(text, IncidentStep.MAX_NOTE)) {
            throw new IncidentRefusedException(Refusal.NOTE_TOO_LONG);
        }
        step(IncidentStep.note(incident, clock.instant(), by, text));
    }

    /** Closes a case; refused with every "不放过" left unanswered, and before a required upward report. */
    public void close(long id, Closure.Answers answers, String by) {
        Incident incident = open(id);
        List<Refusal> problems = Closure.problems(incident.getKind(), incident.getReportedUpwardAt(), answers);
        if (!problems.isEmpty()) {
            throw new IncidentRefusedException(problems);
        }
        Instant now = clock.instant();
        incident.close(now);
        step(IncidentStep.closed(incident, now, by, Texts.clean(answers.cause()),
                Texts.clean(answers.responsibility()), Texts.clean(answers.measures()),
                Texts.clean(answers.education())));
        if (incident.getReporterLogin() != null) {
            notifications.tell(incident.getReporterLogin(), "incidents.notify.closed",
                    List.of(incident.getReference()), "/incidents/mine.xhtml");
        }
    }

    /** A case's attachment (for the secrecy office only: the caller checks the role). */
    public Optional<Rows.Attachment> attachment(long id) {
        Incident incident = em.find(Incident.class, id);
        if (incident == null || incident.getAttachmentType() == null) {
            return Optional.empty();
        }
        IncidentAttachment a = em.find(IncidentAttachment.class, id);
        if (a == null) {
            return Optional.empty();
        }
        AttachmentType type = incident.getAttachmentType();
        return Optional.of(new Rows.Attachment(incident.getReference() + "." + type.extension(), type.mediaType(),
                a.getContent()));
    }

    private Incident open(long id) {
        Incident incident = em.find(Incident.class, id);
        if (incident == null) {
            throw new IncidentRefusedException(Refusal.UNKNOWN_INCIDENT);
        }
        if (incident.getStatus() == IncidentStatus.CLOSED) {
            throw new IncidentRefusedException(Refusal.ALREADY_CLOSED);
        }
        return incident;
    }

    private void step(IncidentStep step) {
        em.persist(step);
        em.flush();
        evidence.append(EvidenceKind.INCIDENT_STEP, step.getId());
    }

    /** The logins of the secrecy office (enabled accounts with the role). */
    private List<String> officers() {
        return accounts.enabledLoginsWith(Role.SECRECY_OFFICER);
    }

    private Rows.Case row(Incident i, Instant now) {
        ReportClock.State state = i.getStatus() == IncidentStatus.CLOSED && i.getReportedUpwardAt() == null
                ? ReportClock.at(false, i.getReportDue(), null, now)
                : ReportClock.at(i.getKind().requiresUpwardReport(), i.getReportDue(), i.getReportedUpwardAt(), now);
        return new Rows.Case(i.getId(), i.getReference(), i.getKind(), i.getOccurredOn(), i.getPlace(),
                i.getDescription(), i.isAnonymous(), i.getReporterLogin(), i.getReporterNo(), i.getReceivedAt(),
                i.getReportDue(), i.getReportedUpwardAt(), i.getStatus(), i.getClosedAt(), i.getAttachmentType(),
                i.getAttachmentSize(), state);
    }

    private LocalDate today(Instant now) {
        return now.atZone(ZoneId.of(zone)).toLocalDate();
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(ZoneId.of(zone)));
    }
}
