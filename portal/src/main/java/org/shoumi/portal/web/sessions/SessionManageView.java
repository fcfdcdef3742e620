package org.shoumi.portal.web.sessions;

import org.shoumi.portal.web.shared.Once;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.primefaces.model.file.UploadedFile;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.employees.entity.StaffNumber;
import org.shoumi.portal.organisation.boundary.Organisation;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.sessions.boundary.Rows;
import org.shoumi.portal.sessions.boundary.SessionDraft;
import org.shoumi.portal.sessions.boundary.Sessions;
import org.shoumi.portal.sessions.boundary.SheetImport;
import org.shoumi.portal.sessions.entity.SessionKind;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.LocaleSelection;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.Times;

/**
 * The secrecy office's offline sessions: scheduling one, the lists of sessions to come and past, and for the
 * chosen session ({@code ?session=CODE}) its check-in code (shown large, renewed on demand), the sign-in sheet
 * upload with every bad row listed, recording one person by hand, who attended and who of the audience did not.
 */
@Named
@ViewScoped
public class SessionManageView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String REFUSED = "sessions.refused.";

    /** A problem of an uploaded sheet as the page shows it. */
    public record ProblemRow(int row, String text) implements Serializable {
    }

    @Inject
    Times times;

    @Inject
    Sessions sessions;

    @Inject
    Organisation organisation;

    @Inject
    ExternalContext external;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    private List<Rows.Session> upcoming;
    private List<Rows.Session> past;
    private HashMap<String, Long> outsidersByCode = new HashMap<>();
    private transient Map<String, Department> departmentsByCode;

    private String code;
    private SessionKind kind = SessionKind.LECTURE;
    private String topic;
    private LocalDate day;
    private LocalTime startTime = LocalTime.of(9, 0);
    private LocalTime endTime = LocalTime.of(11, 0);
    private String place;
    private List<String> departments = List.of();
    private List<String> classes = List.of();
    private BigDecimal hours = new BigDecimal("2.0");

    private String selected;
    private Rows.Session session;
    private Rows.Code checkInCode;
    private List<Rows.Attendee> attendees = List.of();
    private List<Rows.Absentee> absentees = List.of();
    private List<ProblemRow> problems = List.of();
    private transient UploadedFile file;
    @StaffNumber
    private String employeeNo;

    @PostConstruct
    void init() {
        day = LocalDate.now(ZoneId.of(zone));
        reloadLists();
    }

    /** View action: the session named in the address, if any. */
    public void load() {
        if (selected == null || selected.isBlank()) {
            session = null;
            return;
        }
        session = sessions.find(selected).orElse(null);
        if (session == null) {
            messages.error("sessions.refused.UNKNOWN_SESSION");
            selected = null;
            return;
        }
        reloadSession();
    }

    @Once
    public String schedule() {
        ZoneId unit = ZoneId.of(zone);
        Instant start = day == null || startTime == null ? null : day.atTime(startTime).atZone(unit).toInstant();
        Instant end = day == null || endTime == null ? null : day.atTime(endTime).atZone(unit).toInstant();
        return actions.attempt(() -> {
            String scheduled = sessions.schedule(new SessionDraft(code, kind, topic, start, end, place,
                    new HashSet<>(departments), new HashSet<>(classes), hours), external.getRemoteUser());
            messages.info("sessions.scheduled", scheduled, topic);
            return "/sessions/manage?faces-redirect=true&session=" + scheduled;
        }, REFUSED);
    }

    public void renewCode() {
        actions.attempt(() -> {
            checkInCode = sessions.newCode(selected, external.getRemoteUser());
            messages.info("sessions.code.renewed");
            return null; // stays on the page
        }, REFUSED);
    }

    public void upload() {
        problems = List.of();
        // no file chosen; an empty file chosen is the sheet's problem, named by the import (it was told to choose one)
        if (file == null) {
            messages.error("sessions.sheet.noFile");
            return;
        }
        actions.attempt(() -> {
            SheetImport result = sessions.importSheet(selected, file.getContent(), file.getFileName(),
                    external.getRemoteUser());
            if (result.done()) {
                messages.info("sessions.sheet.imported", result.imported());
            } else {
                problems = result.problems().stream().map(p -> new ProblemRow(p.row(),
                        messages.text(p.key(), p.args().toArray()))).toList();
                messages.error("sessions.sheet.refused", result.problems().size());
            }
            reloadSession();
            return null; // stays on the page
        }, REFUSED);
    }

    public void record() {
        actions.attempt(() -> {
            sessions.recordAttendance(selected, employeeNo, external.getRemoteUser());
            messages.info("sessions.recorded", employeeNo);
            employeeNo = null;
            reloadSession();
            return null; // stays on the page
        }, REFUSED);
    }

    /** A moment in the unit's time zone. */
    public String time(Instant at) {
        return times.format(at);
    }

    /** The audience in words: all staff, or the department names and class names. */
    public String audience(Rows.Session s) {
        String lang = localeSelection.getLanguage();
        return audienceOf(s, messages, c -> departmentName(c, lang));
    }

    /** {@link #audience(Rows.Session)}, for the check-in page's refusal too. */
    static String audienceOf(Rows.Session s, Messages messages,
                             java.util.function.Function<String, String> departmentName) {
        if (s.allStaff()) {
            return messages.text("sessions.audience.all");
        }
        String depts = s.departments().isEmpty() ? messages.text("sessions.audience.allDepartments")
                : s.departments().stream().map(departmentName).collect(Collectors.joining(messages.text("common.listSeparator")));
        String cls = s.classes().isEmpty() ? messages.text("sessions.audience.allClasses")
                : s.classes().stream().map(c -> messages.text("enum.SecrecyClass." + c.name()))
                        .collect(Collectors.joining(messages.text("common.listSeparator")));
        return messages.text("sessions.audience.of", depts, cls);
    }

    /**
     * Whether the chosen session has started: before, its audience is expected, nobody is absent yet (a session of
     * tomorrow listed its whole audience as 应参加未到场; outside check).
     */
    public boolean isStarted() {
        return session != null && !session.startsAt().isAfter(Instant.now());
    }

    /**
     * The list's 到场人数 of a session as its page counts 实到: those of its audience recorded, with anyone else the
     * office recorded named apart ("2（另 1 人非应到）"; the list counted them in, the page did not: outside check).
     */
    public String attended(Rows.Session s) {
        long outsiders = outsidersByCode.getOrDefault(s.code(), 0L);
        return outsiders == 0 ? String.valueOf(s.attended())
                : messages.text("sessions.column.attendedWithOutsiders", s.attended() - outsiders, outsiders);
    }

    /** How many of those recorded were not of the audience on the session's day (recorded by the office). */
    public long getOutsiders() {
        return attendees.stream().filter(a -> !a.expected()).count();
    }

    public String departmentName(String departmentCode) {
        return departmentName(departmentCode, localeSelection.getLanguage());
    }

    private String departmentName(String departmentCode, String lang) {
        if (departmentsByCode == null) {
            departmentsByCode = organisation.departments().stream()
                    .collect(Collectors.toMap(Department::getCode, d -> d));
        }
        Department d = departmentsByCode.get(departmentCode);
        return d == null ? departmentCode : d.nameIn(lang);
    }

    private void reloadLists() {
        upcoming = sessions.upcoming();
        past = sessions.past();
        outsidersByCode = new HashMap<>(sessions.outsiders(java.util.stream.Stream.concat(upcoming.stream(),
                past.stream()).filter(s -> s.attended() > 0).map(Rows.Session::code).toList()));
    }

    private void reloadSession() {
        session = sessions.find(selected).orElse(null);
        checkInCode = sessions.currentCode(selected).orElse(null);
        attendees = sessions.attendees(selected);
        absentees = sessions.absences(selected);
        reloadLists();
    }

    public List<Department> getAllDepartments() {
        return organisation.departments();
    }

    public SecrecyClass[] getAllClasses() {
        return SecrecyClass.values();
    }

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    public List<Rows.Session> getUpcoming() {
        return upcoming;
    }

    public List<Rows.Session> getPast() {
        return past;
    }

    public Rows.Session getSession() {
        return session;
    }

    public Rows.Code getCheckInCode() {
        return checkInCode;
    }

    public List<Rows.Attendee> getAttendees() {
        return attendees;
    }

    public List<Rows.Absentee> getAbsentees() {
        return absentees;
    }

    public List<ProblemRow> getProblems() {
        return problems;
    }

    public String getSelected() {
        return selected;
    }

    public void setSelected(String selected) {
        this.selected = selected;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public SessionKind getKind() {
        return kind;
    }

    public void setKind(SessionKind kind) {
        this.kind = kind;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public List<String> getDepartments() {
        return departments;
    }

    public void setDepartments(List<String> departments) {
        this.departments = departments == null ? List.of() : departments;
    }

    public List<String> getClasses() {
        return classes;
    }

    public void setClasses(List<String> classes) {
        this.classes = classes == null ? List.of() : classes;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public void setEmployeeNo(String employeeNo) {
        this.employeeNo = employeeNo;
    }
}
