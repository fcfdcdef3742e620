package org.shoumi.portal.sessions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.sessions.boundary.SessionRefusedException.Reason;
import org.shoumi.portal.employees.control.PlaceHistory.Place;
import org.shoumi.portal.sessions.control.Audience;
import org.shoumi.portal.sessions.control.CheckInCodes;
import org.shoumi.portal.sessions.control.CheckInRules;
import org.shoumi.portal.sessions.control.CheckInRules.Candidate;
import org.shoumi.portal.sessions.control.CheckInRules.Decision;
import org.shoumi.portal.sessions.control.CheckInWindow;
import org.shoumi.portal.sessions.control.SessionDays;
import org.shoumi.portal.sessions.control.SessionHours;
import org.shoumi.portal.sessions.control.SignInSheet;
import org.shoumi.portal.sessions.entity.Attendance;
import org.shoumi.portal.sessions.entity.AttendanceSource;
import org.shoumi.portal.sessions.entity.TrainingSession;
import org.shoumi.content.text.Texts;

/**
 * Offline training sessions: scheduling, the check-in code shown at a session, checking in with it, importing
 * the paper sign-in sheet (all or nothing), recording one person by hand, and reading who attended, who of the
 * audience did not, and the hours a person attended. Every attendance fires {@link AttendanceRecorded} in its
 * transaction, which the evidence log appends.
 */
@ApplicationScoped
@Boundary
public class Sessions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Event<AttendanceRecorded> recorded;

    @Inject
    org.shoumi.portal.employees.boundary.PersonnelHistory history;

    @Inject
    @ConfigProperty(name = "shoumi.portal.sessions.check-in.opens-minutes-before", defaultValue = "30")
    long opensMinutesBefore;

    @Inject
    @ConfigProperty(name = "shoumi.portal.sessions.check-in.closes-minutes-after", defaultValue = "0")
    long closesMinutesAfter;

    @Inject
    @ConfigProperty(name = "shoumi.portal.sessions.check-in.max-wrong-codes", defaultValue = "5")
    int maxWrongCodes;

    @Inject
    @ConfigProperty(name = "shoumi.portal.sessions.check-in.wrong-code-minutes", defaultValue = "10")
    long wrongCodeMinutes;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    /** How many days back a session may be scheduled: a make-up record (补录) of one held before. */
    @Inject
    @ConfigProperty(name = "shoumi.portal.sessions.days-back", defaultValue = "365")
    long daysBack;

    /** How many days ahead a session may be scheduled. */
    @Inject
    @ConfigProperty(name = "shoumi.portal.sessions.days-ahead", defaultValue = "365")
    long daysAhead;

    Clock clock = Clock.systemUTC();

    private final SecureRandom random = new SecureRandom();

    /** Wrong codes typed per person (staff number), recent ones only: guessing a code takes too many tries. */
    private final Map<String, List<Instant>> wrongTries = new ConcurrentHashMap<>();

    /** The check-in window as configured. */
    public CheckInWindow window() {
        return CheckInWindow.ofMinutes(opensMinutesBefore, closesMinutesAfter);
    }

    /** Schedules a session; returns its code. Refused with {@link SessionRefusedException}; nothing stored then. */
    public String schedule(SessionDraft d, String by) {
        if (d.kind() == null) {
            throw new SessionRefusedException(Reason.KIND_MISSING);
        }
        String topic = java.util.Objects.requireNonNullElse(Texts.clean(d.topic()), "");
        if (topic.isEmpty() || topic.length() > TrainingSession.MAX_TOPIC_LENGTH) {
            throw new SessionRefusedException(Reason.TOPIC_MISSING);
        }
        String place = Texts.clean(d.place());
        if (place != null && place.length() > TrainingSession.MAX_PLACE_LENGTH) {
            throw new SessionRefusedException(Reason.PLACE_TOO_LONG);
        }
        if (d.startsAt() == null || d.endsAt() == null) {
            throw new SessionRefusedException(Reason.TIMES_MISSING);
        }
        if (!d.endsAt().isAfter(d.startsAt())) {
            throw new SessionRefusedException(Reason.END_NOT_AFTER_START);
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(zone)));
        SessionDays.problem(day(d.startsAt()), today, daysBack, daysAhead).ifPresent(p -> {
            throw new SessionRefusedException(p == SessionDays.Problem.TOO_FAR_BACK ? Reason.DAY_TOO_FAR_BACK
                    : Reason.DAY_TOO_FAR_AHEAD, List.of(SessionDays.earliest(today, daysBack).toString(),
                    SessionDays.latest(today, daysAhead).toString(), daysBack, daysAhead));
        });
        SessionHours.problem(d.hours(), d.startsAt(), d.endsAt()).ifPresent(p -> {
            throw new SessionRefusedException(Reason.valueOf("HOURS_" + p.name()));
        });
        Set<String> departments = strippedSet(d.departments());
        Set<String> known = em.createNamedQuery(Department.ALL, Department.class).getResultStream()
                .map(Department::getCode).collect(Collectors.toSet());
        if (!known.containsAll(departments)) {
            throw new SessionRefusedException(Reason.UNKNOWN_DEPARTMENT);
        }
        Set<SecrecyClass> classes = new HashSet<>();
        for (String c : strippedSet(d.classes())) {
            try {
                classes.add(SecrecyClass.valueOf(c.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new SessionRefusedException(Reason.UNKNOWN_CLASS);
            }
        }
        Audience audience = new Audience(departments, classes);
        // the same session once: a form sent twice (or again from the page opened anew) made S…-1 and S…-2 of one
        // session; another day, time, topic, place or audience is another session
        Optional<String> scheduled = em.createQuery("select s from TrainingSession s where s.startsAt = :start "
                        + "and s.endsAt = :end", TrainingSession.class)
                .setParameter("start", d.startsAt()).setParameter("end", d.endsAt()).getResultStream()
                .filter(s -> s.getKind() == d.kind() && s.getTopic().equals(topic)
                        && java.util.Objects.equals(s.getPlace(), place)
                        && s.getDepartments().equals(audience.storedDepartments())
                        && s.getClasses().equals(audience.storedClasses()))
                .map(TrainingSession::getCode).findFirst();
        if (scheduled.isPresent()) {
            throw new SessionRefusedException(Reason.ALREADY_SCHEDULED, List.of(scheduled.get()));
        }
        // typed full-width (ＬＥＣ－１, as a Chinese input method types it) it is read half-width, as staff numbers
        // and campaign codes are (outside check)
        String code = d.code() == null ? "" : Texts.halfWidth(d.code()).strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            code = freeCode(d.startsAt());
        } else if (!code.matches("[A-Z0-9-]{1," + TrainingSession.MAX_CODE_LENGTH + "}")) {
            throw new SessionRefusedException(Reason.CODE_INVALID);
        } else if (find(code).isPresent()) {
            throw new SessionRefusedException(Reason.CODE_TAKEN);
        }
        em.persist(new TrainingSession(code, d.kind(), topic, d.startsAt(), d.endsAt(), place,
                audience.storedDepartments(), audience.storedClasses(), SessionHours.stored(d.hours()), by,
                clock.instant()));
        em.flush();
        return code;
    }

    /**
     * A fresh random six-digit check-in code for the session, replacing the one shown before. It differs from the
     * code of every other session whose check-in has not closed, so a code names one session.
     */
    public Rows.Code newCode(String sessionCode, String by) {
        TrainingSession s = session(sessionCode);
        Instant now = clock.instant();
        CheckInWindow window = window();
        Set<String> inUse = em.createQuery("select s from TrainingSession s where s.checkInCode is not null "
                        + "and s.id <> :id", TrainingSession.class).setParameter("id", s.getId()).getResultStream()
                .filter(o -> window.state(now, o.getStartsAt(), o.getEndsAt()) != CheckInWindow.State.ENDED)
                .map(TrainingSession::getCheckInCode).collect(Collectors.toSet());
        String code;
        do {
            code = CheckInCodes.next(random);
        } while (inUse.contains(code) || code.equals(s.getCheckInCode()));
        s.issueCode(code, now, by);
        return codeOf(s);
    }

    /** The session's current check-in code; empty until one was asked for. */
    public Optional<Rows.Code> currentCode(String sessionCode) {
        TrainingSession s = session(sessionCode);
        return s.getCheckInCode() == null ? Optional.empty() : Optional.of(codeOf(s));
    }

    /**
     * Checks a person in with the code shown at the session. {@code who} is the login name, or else the staff
     * number. Refused with {@link CheckInRefusedException}: wrong (or replaced) code, before the window opens,
     * after the session ended, already recorded, too many wrong codes in a row, no such person or left the unit.
     */
    public Rows.CheckedIn checkIn(String who, String typedCode) {
        Employee person = person(who).orElseThrow(() -> new CheckInRefusedException(CheckInRefusedException.Reason.NO_PERSON));
        Instant now = clock.instant();
        if (SessionDays.leftBefore(person.getStatus(), leftUnitOn(person), day(now))) {
            throw new CheckInRefusedException(CheckInRefusedException.Reason.LEFT_UNIT);
        }
        String key = person.getEmployeeNo();
        CheckInRules.TryLimit limit = new CheckInRules.TryLimit(maxWrongCodes,
                java.time.Duration.ofMinutes(wrongCodeMinutes));
        if (limit.blocks(wrongTries.getOrDefault(key, List.of()), now)) {
            throw new CheckInRefusedException(CheckInRefusedException.Reason.TOO_MANY_TRIES);
        }
        String code = CheckInCodes.normalize(typedCode);
        List<TrainingSession> named = code == null ? List.of()
                : em.createNamedQuery(TrainingSession.BY_CHECK_IN_CODE, TrainingSession.class)
                        .setParameter("checkInCode", code).getResultList();
        Map<Long, TrainingSession> byId = new HashMap<>();
        named.forEach(s -> byId.put(s.getId(), s));
        Decision decision = CheckInRules.decide(named.stream()
                        .map(s -> new Candidate(s.getId(), s.getStartsAt(), s.getEndsAt())).toList(), now, window(),
                id -> attended(byId.get(id), person));
        if (!decision.accepted()) {
            if (decision.refusal() == CheckInRules.Refusal.WRONG_CODE) {
                wrongTries.compute(key, (k, tries) -> {
                    List<Instant> recent = new ArrayList<>(tries == null ? List.of() : tries);
                    recent.removeIf(t -> t.isBefore(now.minus(limit.period())));
                    recent.add(now);
                    return recent;
                });
            }
            throw new CheckInRefusedException(CheckInRefusedException.Reason.valueOf(decision.refusal().name()));
        }
        wrongTries.remove(key);
        TrainingSession s = byId.get(decision.sessionId());
        if (SessionDays.hiredAfter(person.getHireDate(), day(s.getStartsAt()))) {
            throw new CheckInRefusedException(CheckInRefusedException.Reason.HIRED_AFTER_SESSION,
                    List.of(person.getHireDate().toString()));
        }
        if (!Audience.stored(s.getDepartments(), s.getClasses()).includes(person.getDepartment().getCode(),
                person.getSecrecyClass(), person.getStatus(), person.getHireDate(), leftUnitOn(person),
                day(s.getStartsAt()))) {
            // someone outside the audience checked in and was counted as present while not expected, and the year
            // report raised the session's 应到 with them (outside check): the code is for the audience; the office
            // may still record someone else who came (补录), whom the page and the report then name apart
            throw new CheckInRefusedException(CheckInRefusedException.Reason.NOT_IN_AUDIENCE, List.of(s.getCode()));
        }
        if (atOtherSessionsMeanwhile(s).contains(person.getEmployeeNo())) {
            // one person is at one session at a time, as when the officer records them (outside check)
            throw new CheckInRefusedException(CheckInRefusedException.Reason.AT_ANOTHER_SESSION);
        }
        record(s, person, AttendanceSource.SELF_CHECK_IN, now, who);
        return new Rows.CheckedIn(s.getCode(), s.getTopic(), s.getStartsAt(), s.getHours());
    }

    /** The officer records one person as present (came without checking in, not on the sheet). */
    public void recordAttendance(String sessionCode, String employeeNo, String by) {
        TrainingSession s = session(sessionCode);
        Employee person = employeeNo == null ? null : Employee.byNumber(em, employeeNo.strip()).getResultStream().findFirst().orElse(null);
        if (person == null) {
            throw new SessionRefusedException(Reason.UNKNOWN_PERSON);
        }
        if (SessionDays.leftBefore(person.getStatus(), leftUnitOn(person), day(s.getStartsAt()))) {
            // a leaver is recorded at a session held on or before the day they left (their last working day), as
            // someone hired is from their hire date; only a later session refuses them (outside check)
            throw new SessionRefusedException(Reason.PERSON_LEFT_UNIT);
        }
        if (SessionDays.hiredAfter(person.getHireDate(), day(s.getStartsAt()))) {
            // nobody is recorded at a session held before they joined the unit (outside check)
            throw new SessionRefusedException(Reason.HIRED_AFTER_SESSION,
                    List.of(person.getEmployeeNo(), person.getHireDate().toString()));
        }
        if (attended(s, person)) {
            throw new SessionRefusedException(Reason.ALREADY_RECORDED);
        }
        requireStarted(s);
        if (atOtherSessionsMeanwhile(s).contains(person.getEmployeeNo())) {
            // one person is at one session at a time: two sessions of one morning do not both count (outside check)
            throw new SessionRefusedException(Reason.AT_ANOTHER_SESSION);
        }
        record(s, person, AttendanceSource.RECORDED_BY_OFFICER, clock.instant(), by);
    }

    /**
     * Imports a sign-in sheet (.xlsx or .csv) for a session: every row records one person; a sheet with any bad
     * row (no staff number, unknown, left the unit, twice in the file, already recorded) records nobody and
     * names every bad row. One transaction.
     */
    public SheetImport importSheet(String sessionCode, byte[] bytes, String fileName, String by) {
        TrainingSession s = session(sessionCode);
        requireStarted(s);
        SignInSheet.Rows read = SignInSheet.rows(fileName, bytes == null ? new byte[0] : bytes);
        if (!read.problems().isEmpty()) {
            return new SheetImport(0, read.problems());
        }
        Map<String, SignInSheet.Person> roster = new HashMap<>();
        Map<Long, LocalDate> leftOn = history.leftUnitOn();
        em.createQuery("select e.employeeNo, e.status, e.hireDate, e.id from Employee e", Object[].class)
                .getResultStream().forEach(r -> roster.put(((String) r[0]).toUpperCase(Locale.ROOT),
                        new SignInSheet.Person((String) r[0], (EmployeeStatus) r[1], (LocalDate) r[2],
                                leftOn.get((Long) r[3]))));
        Set<String> already = new HashSet<>(em.createQuery("select a.employee.employeeNo from Attendance a "
                + "where a.session = :session", String.class).setParameter("session", s).getResultList());
        SignInSheet.Result result = SignInSheet.check(read.rows(), roster, already, atOtherSessionsMeanwhile(s),
                day(s.getStartsAt()));
        if (!result.importable()) {
            return new SheetImport(0, result.problems());
        }
        Instant now = clock.instant();
        Map<String, Employee> people = employees(result.lines().stream().map(SignInSheet.Line::employeeNo).toList());
        for (SignInSheet.Line line : result.lines()) {
            record(s, people.get(line.employeeNo()), AttendanceSource.SHEET_IMPORT, now, by);
        }
        return new SheetImport(result.lines().size(), List.of());
    }

    /**
     * Who was recorded at the session, by staff number, each saying whether they were of its audience at the
     * session's start (the office may record someone else who came: they are not expected, so neither 应到 nor 实到).
     */
    public List<Rows.Attendee> attendees(String sessionCode) {
        TrainingSession s = session(sessionCode);
        return attendees(s, history.placesAt(s.getStartsAt()));
    }

    /**
     * {@link #attendees(String)} with the places at the session's start read already ({@code then}: someone missing
     * was not in the unit yet, and is not expected).
     */
    private List<Rows.Attendee> attendees(TrainingSession s, Map<String, Place> then) {
        LocalDate held = day(s.getStartsAt());
        Audience audience = Audience.stored(s.getDepartments(), s.getClasses());
        Map<Long, LocalDate> leftOn = history.leftUnitOn();
        return em.createNamedQuery(Attendance.OF_SESSION, Attendance.class).setParameter("session", s)
                .getResultStream().map(a -> {
                    Employee e = a.getEmployee();
                    Place place = then.get(e.getEmployeeNo());
                    boolean expected = place != null && audience.includes(place.departmentCode(),
                            place.secrecyClass(), e.getStatus(), e.getHireDate(), leftOn.get(e.getId()), held);
                    return new Rows.Attendee(e.getEmployeeNo(), e.getName(), e.getDepartment().getCode(), a.getHow(),
                            a.getRecordedAt(), a.getRecordedBy(),
                            place == null ? e.getDepartment().getCode() : place.departmentCode(), expected);
                }).toList();
    }

    /**
     * The people of the session's audience not recorded at it: those whose department and class at the session's
     * start (the personnel history's, not today's: someone moved afterwards was still expected, someone moved in
     * afterwards was not; a change of the session's day counts once registered by its start, so a move or a hire
     * entered that evening does not rewrite the morning's audience: {@code PersonnelHistory.placesAt}) are the
     * audience's, hired by then and still in the unit on its day (one who left on that day or later counts). Each
     * with the department and class of that moment.
     */
    public List<Rows.Absentee> absences(String sessionCode) {
        TrainingSession s = session(sessionCode);
        return absences(s, history.placesAt(s.getStartsAt()));
    }

    /** {@link #absences(String)} with the places at the session's start read already (someone missing: not hired yet). */
    private List<Rows.Absentee> absences(TrainingSession s, Map<String, Place> then) {
        LocalDate held = day(s.getStartsAt());
        Audience audience = Audience.stored(s.getDepartments(), s.getClasses());
        Set<Long> present = new HashSet<>(em.createQuery("select a.employee.id from Attendance a "
                + "where a.session = :session", Long.class).setParameter("session", s).getResultList());
        Map<Long, LocalDate> leftOn = history.leftUnitOn();
        return em.createQuery("select e from Employee e join fetch e.department order by e.employeeNo", Employee.class)
                .getResultStream()
                .filter(e -> !present.contains(e.getId()) && then.containsKey(e.getEmployeeNo()))
                .map(e -> Map.entry(e, then.get(e.getEmployeeNo())))
                .filter(p -> audience.includes(p.getValue().departmentCode(), p.getValue().secrecyClass(),
                        p.getKey().getStatus(), p.getKey().getHireDate(), leftOn.get(p.getKey().getId()), held))
                .map(p -> new Rows.Absentee(p.getKey().getEmployeeNo(), p.getKey().getName(),
                        p.getValue().departmentCode(), p.getValue().secrecyClass(), p.getKey().getStatus())).toList();
    }

    /**
     * Who came to the session and who of its audience did not, each in the department they were in on the session's
     * day (the personnel history's: a report of that day's departments counts them there, however they moved
     * afterwards). The history is read once for both.
     *
     * @param attendeeDepartments the department of each person recorded at the session, by staff number
     * @param absentees           {@link #absences(String)}
     * @param outsiders           the staff numbers of those recorded who were not of its audience on the day
     *                            (recorded by the office): present, but neither expected nor counted as 实到
     */
    public record OnTheDay(Map<String, String> attendeeDepartments, List<Rows.Absentee> absentees,
                           Set<String> outsiders) {
    }

    /** {@link OnTheDay} of the session. */
    public OnTheDay onTheDay(String sessionCode) {
        TrainingSession s = session(sessionCode);
        return onTheDay(s, history.placesAt(s.getStartsAt()));
    }

    /**
     * {@link OnTheDay} of each of these sessions, by code, the personnel history read once for all their days (a year
     * report asks for every session held in the year, and each read the whole history again).
     */
    public Map<String, OnTheDay> onTheDays(List<String> sessionCodes) {
        List<TrainingSession> sessions = sessionCodes.stream().map(this::session).toList();
        Map<Instant, Map<String, Place>> places = history.placesAt(sessions.stream()
                .map(TrainingSession::getStartsAt).collect(java.util.stream.Collectors.toSet()));
        Map<String, OnTheDay> days = new HashMap<>();
        sessions.forEach(s -> days.put(s.getCode(), onTheDay(s, places.get(s.getStartsAt()))));
        return days;
    }

    private OnTheDay onTheDay(TrainingSession s, Map<String, Place> then) {
        Map<String, String> departments = new HashMap<>();
        Set<String> outsiders = new HashSet<>();
        for (Rows.Attendee a : attendees(s, then)) {
            departments.put(a.employeeNo(), a.departmentOnTheDay());
            if (!a.expected()) {
                outsiders.add(a.employeeNo());
            }
        }
        return new OnTheDay(departments, absences(s, then), Set.copyOf(outsiders));
    }

    /**
     * How many of those recorded at each of these sessions were not of its audience on the session's day (recorded by
     * the office), by code: the sessions' list counts 实到 as the session's page does, without them (the list said 3
     * where the page said 2 and 1 not in the audience; outside check). The personnel history is read once.
     */
    public Map<String, Long> outsiders(List<String> sessionCodes) {
        List<TrainingSession> sessions = sessionCodes.stream().map(this::session).toList();
        Map<Instant, Map<String, Place>> places = history.placesAt(sessions.stream()
                .map(TrainingSession::getStartsAt).collect(java.util.stream.Collectors.toSet()));
        Map<String, Long> counts = new HashMap<>();
        sessions.forEach(s -> counts.put(s.getCode(), attendees(s, places.get(s.getStartsAt())).stream()
                .filter(a -> !a.expected()).count()));
        return counts;
    }

    /** One session; empty when there is none of that code. */
    public Optional<Rows.Session> find(String sessionCode) {
        return sessionOf(sessionCode).map(s -> row(s, attendedCounts().getOrDefault(s.getId(), 0L)));
    }

    /** Sessions that have not ended yet (running or to come), soonest first. */
    public List<Rows.Session> upcoming() {
        Instant now = clock.instant();
        return rows(em.createQuery("select s from TrainingSession s where s.endsAt >= :now order by s.startsAt, s.code",
                TrainingSession.class).setParameter("now", now).getResultList());
    }

    /** The sessions not yet ended whose audience includes this person (their calendar). */
    public List<Rows.Session> upcomingFor(Employee person) {
        Instant now = clock.instant();
        return rows(em.createQuery("select s from TrainingSession s where s.endsAt >= :now order by s.startsAt, s.code",
                TrainingSession.class).setParameter("now", now).getResultStream()
                .filter(s -> Audience.stored(s.getDepartments(), s.getClasses()).includes(
                        person.getDepartment().getCode(), person.getSecrecyClass(), person.getStatus(),
                        person.getHireDate(), day(s.getStartsAt())))
                .toList());
    }

    /** Sessions that have ended, latest first. */
    public List<Rows.Session> past() {
        Instant now = clock.instant();
        return rows(em.createQuery("select s from TrainingSession s where s.endsAt < :now "
                + "order by s.startsAt desc, s.code", TrainingSession.class).setParameter("now", now).getResultList());
    }

    /**
     * The hours (学时) of the sessions a person attended that started in [{@code from}, {@code to}); 0.0 when none.
     */
    public BigDecimal hoursOf(String employeeNo, Instant from, Instant to) {
        BigDecimal sum = em.createQuery("select sum(s.hours) from Attendance a join a.session s "
                        + "where a.employee.employeeNo = :no and s.startsAt >= :from and s.startsAt < :to", BigDecimal.class)
                .setParameter("no", employeeNo).setParameter("from", from).setParameter("to", to).getSingleResult();
        return (sum == null ? BigDecimal.ZERO : sum).setScale(1, java.math.RoundingMode.UNNECESSARY);
    }

    /**
     * The same for whole days in the unit's time zone: sessions that started on {@code from} up to the day before
     * {@code to} (a year: 1 January to 1 January of the next).
     */
    public BigDecimal hoursOf(String employeeNo, LocalDate from, LocalDate to) {
        ZoneId unit = ZoneId.of(zone);
        return hoursOf(employeeNo, from.atStartOfDay(unit).toInstant(), to.atStartOfDay(unit).toInstant());
    }

    /** The sessions a person attended, latest first: for their secrecy file. */
    public List<Rows.Attended> attendedBy(String employeeNo) {
        return em.createNamedQuery(Attendance.OF_PERSON, Attendance.class).setParameter("employeeNo", employeeNo)
                .getResultStream().map(a -> {
                    TrainingSession s = a.getSession();
                    return new Rows.Attended(s.getCode(), s.getKind(), s.getTopic(), s.getStartsAt(), s.getEndsAt(),
                            s.getPlace(), s.getHours(), a.getHow(), a.getRecordedAt(), a.getRecordedBy());
                }).toList();
    }

    /**
     * Every attendance recorded, sessions by start then staff number: for the inspection workbook, where an auditor
     * reads who recorded what, how and when (it was readable only person by person in the secrecy files: outside
     * check). The personnel history is read once for all the session days.
     */
    public List<Rows.AttendanceRecord> allAttendances() {
        List<Attendance> recorded = em.createQuery("select a from Attendance a join fetch a.session "
                + "join fetch a.employee e join fetch e.department order by a.session.startsAt, a.session.code, "
                + "e.employeeNo", Attendance.class).getResultList();
        Map<Instant, Map<String, Place>> places = history.placesAt(recorded.stream()
                .map(a -> a.getSession().getStartsAt()).collect(java.util.stream.Collectors.toSet()));
        return recorded.stream().map(a -> {
                    TrainingSession s = a.getSession();
                    Employee e = a.getEmployee();
                    Place then = places.get(s.getStartsAt()).get(e.getEmployeeNo());
                    return new Rows.AttendanceRecord(s.getCode(), s.getStartsAt(), s.getTopic(), e.getEmployeeNo(),
                            e.getName(), then == null ? e.getDepartment().getCode() : then.departmentCode(), a.getHow(),
                            a.getRecordedBy(), a.getRecordedAt());
                }).toList();
    }

    private void record(TrainingSession s, Employee person, AttendanceSource how, Instant at, String by) {
        Attendance a = new Attendance(s, person, how, at, by);
        em.persist(a);
        em.flush();
        recorded.fire(new AttendanceRecorded(a.getId(), person.getEmployeeNo()));
    }

    /** The day a person who left the unit left it (null for anyone else, or when no entry says when). */
    private LocalDate leftUnitOn(Employee person) {
        return person.getStatus() == EmployeeStatus.LEFT_UNIT ? history.leftUnitOn(person).orElse(null) : null;
    }

    /** The unit's day of an instant (a session's day). */
    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneId.of(zone));
    }

    /** The staff numbers of the people recorded at another session that overlaps this one in time. */
    private Set<String> atOtherSessionsMeanwhile(TrainingSession s) {
        return new HashSet<>(em.createQuery("select a.employee.employeeNo from Attendance a where a.session <> :session "
                        + "and a.session.startsAt < :end and a.session.endsAt > :start", String.class)
                .setParameter("session", s).setParameter("start", s.getStartsAt()).setParameter("end", s.getEndsAt())
                .getResultList());
    }

    /** Attendance is recorded once a session has begun: before, nobody has attended it (outside check). */
    private void requireStarted(TrainingSession s) {
        if (s.getStartsAt().isAfter(clock.instant())) {
            throw new SessionRefusedException(Reason.NOT_STARTED);
        }
    }

    private boolean attended(TrainingSession s, Employee person) {
        return em.createNamedQuery(Attendance.EXISTS, Long.class).setParameter("session", s)
                .setParameter("employee", person).getSingleResult() > 0;
    }

    private Optional<Employee> person(String who) {
        if (who == null || who.isBlank()) {
            return Optional.empty();
        }
        String w = who.strip();
        String username = w.toLowerCase(Locale.ROOT);
        boolean isLogin = em.createQuery("select count(a) from Account a where a.username = :username", Long.class)
                .setParameter("username", username).getSingleResult() > 0;
        if (isLogin) {
            // a login is only ever its own person (none for a login without one), never a staff number that
            // happens to be spelt like it
            return em.createNamedQuery(Employee.OF_ACCOUNT, Employee.class).setParameter("username", username)
                    .getResultStream().findFirst();
        }
        return Employee.byNumber(em, w)
                .getResultStream().findFirst();
    }

    private Map<String, Employee> employees(Collection<String> numbers) {
        Map<String, Employee> found = new HashMap<>();
        List<String> all = List.copyOf(numbers);
        for (int i = 0; i < all.size(); i += 500) {
            em.createQuery("select e from Employee e where e.employeeNo in :nos", Employee.class)
                    .setParameter("nos", all.subList(i, Math.min(all.size(), i + 500))).getResultStream()
                    .forEach(e -> found.put(e.getEmployeeNo(), e));
        }
        return found;
    }

    private Optional<TrainingSession> sessionOf(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(TrainingSession.BY_CODE, TrainingSession.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT)).getResultStream().findFirst();
    }

    private TrainingSession session(String code) {
        return sessionOf(code).orElseThrow(() -> new SessionRefusedException(Reason.UNKNOWN_SESSION));
    }

    /** A code made from the start day in the unit's time zone: S20261205-1, S20261205-2 … */
    private String freeCode(Instant startsAt) {
        String prefix = "S" + DAY.format(startsAt.atZone(ZoneId.of(zone))) + "-";
        Set<String> taken = new HashSet<>(em.createQuery("select s.code from TrainingSession s where s.code like :p",
                String.class).setParameter("p", prefix + "%").getResultList());
        int n = 1;
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    private Rows.Code codeOf(TrainingSession s) {
        CheckInWindow window = window();
        return new Rows.Code(s.getCode(), s.getTopic(), s.getCheckInCode(), s.getCodeIssuedAt(),
                window.opensAt(s.getStartsAt()), window.closesAt(s.getEndsAt()));
    }

    private Map<Long, Long> attendedCounts() {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select a.session.id, count(a) from Attendance a group by a.session.id", Object[].class)
                .getResultStream().forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    private List<Rows.Session> rows(List<TrainingSession> sessions) {
        Map<Long, Long> counts = attendedCounts();
        return sessions.stream().map(s -> row(s, counts.getOrDefault(s.getId(), 0L))).toList();
    }

    private static Rows.Session row(TrainingSession s, long attended) {
        Audience audience = Audience.stored(s.getDepartments(), s.getClasses());
        return new Rows.Session(s.getCode(), s.getKind(), s.getTopic(), s.getStartsAt(), s.getEndsAt(), s.getPlace(),
                audience.departments().stream().sorted().toList(),
                audience.classes().stream().sorted().toList(), s.getHours(), s.getScheduledBy(), attended);
    }

    private static Set<String> strippedSet(Set<String> values) {
        if (values == null) {
            return Set.of();
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).collect(Collectors.toSet());
    }
}
