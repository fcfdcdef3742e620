package org.shoumi.portal.travel.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.departures.boundary.Departures;
import org.shoumi.portal.departures.boundary.Restriction;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.portal.notifications.boundary.Notifications;
import org.shoumi.portal.notifications.entity.Notification;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.travel.control.CountryCodes;
import org.shoumi.portal.travel.control.PassportRules;
import org.shoumi.portal.travel.control.Refusal;
import org.shoumi.portal.travel.control.TravelRules;
import org.shoumi.portal.travel.entity.PassportAction;
import org.shoumi.portal.travel.entity.PassportEntry;
import org.shoumi.portal.travel.entity.TravelRequest;
import org.shoumi.portal.travel.entity.TravelRule;
import org.shoumi.portal.travel.entity.TravelStep;
import org.shoumi.portal.travel.entity.TripStatus;

/**
 * Private travel abroad (因私出境): whether a person must ask, their requests and every step of them (each an
 * immutable row appended to the evidence chain in the same transaction), and the passport custody log. A step that
 * cannot be taken throws {@link TravelRefusedException} and stores nothing. Methods a person calls for themselves
 * take their staff number and only ever touch their own requests.
 */
@ApplicationScoped
@Boundary
public class Travel {

    /** The longest reference of a paper request (kept as the note of its request step). */
    public static final int MAX_PAPER_REFERENCE_LENGTH = 100;

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    EvidenceLog evidence;

    @Inject
    Notifications notifications;

    @Inject
    Departures departures;

    @Inject
    @ConfigProperty(name = "shoumi.portal.travel.passport-return-days", defaultValue = "7")
    int passportReturnDays;

    @Inject
    @ConfigProperty(name = "shoumi.portal.travel.passport-handout-days-before", defaultValue = "7")
    int handOutDaysBefore;

    /** How many days ahead a departure may be asked for (a year by default). */
    @Inject
    @ConfigProperty(name = "shoumi.portal.travel.max-days-ahead", defaultValue = "365")
    int maxDaysAhead;

    /** The longest trip a request may ask for, departure and return day included. */
    @Inject
    @ConfigProperty(name = "shoumi.portal.travel.max-trip-days", defaultValue = "180")
    int maxTripDays;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    Clock clock = Clock.systemUTC();

    /** Today in the unit's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(zone)));
    }

    /** The days a handed-out passport may stay out after the trip's return day. */
    public int passportReturnDays() {
        return passportReturnDays;
    }

    /** Whether a person must ask before travelling abroad, and why; empty for an unknown staff number. */
    public Optional<TravelRows.Standing> standing(String employeeNo) {
        return employee(employeeNo).map(this::standingOf);
    }

    /** The approved trips of a person whose return day has not passed, soonest first (for other systems). */
    public List<TravelRows.Trip> approvedAhead(String employeeNo) {
        LocalDate today = today();
        return trips(em.createNamedQuery(TravelRequest.OF_PERSON, TravelRequest.class)
                .setParameter("employeeNo", employeeNo).getResultStream()
                .filter(r -> r.getStatus() == TripStatus.APPROVED && !r.getReturnDay().isBefore(today))
                .sorted(Comparator.comparing(TravelRequest::getDepartureDay)).toList());
    }

    /**
     * A person asks to travel. Refused when they need no approval (nothing to ask), for bad input (naming the field),
     * when the trip overlaps one of their requests still waiting or approved (asked already: the message names that
     * request) and when it overlaps one of their past trips. The officers are told.
     *
     * @return the request's id
     */
    public long request(String employeeNo, TripDraft draft, String by) {
        Employee person = employee(employeeNo).orElseThrow(() -> refused(Refusal.UNKNOWN_EMPLOYEE));
        TravelRows.Standing standing = standingOf(person);
        if (!standing.approvalRequired()) {
            throw refused(Refusal.NO_APPROVAL_NEEDED);
        }
        refuseAfterPeriod(standing, draft);
        return file(person, draft, false, null, by);
    }

    /**
     * The secrecy officer records a leaver's paper request (纸质申请): someone who has left the unit (离职) and is
     * under a running 脱密期 has no login, yet must ask (outside check: no request could be filed for them). The same
     * checks as {@link #request}, and the paper's reference (required, at most {@value #MAX_PAPER_REFERENCE_LENGTH}
     * characters) kept as the note of the request step, which the officer's login is recorded for; the request
     * then takes the same briefing and decision steps. Refused for anyone else (they ask themselves) and for the
     * officer's own record.
     *
     * @return the request's id
     */
    public long recordPaperRequest(String employeeNo, TripDraft draft, String paperReference, String by) {
        Employee person = employee(employeeNo == null ? null : employeeNo.strip())
                .orElseThrow(() -> refused(Refusal.UNKNOWN_EMPLOYEE));
        if (person.getStatus() != org.shoumi.portal.employees.entity.EmployeeStatus.LEFT_UNIT
                || !standingOf(person).approvalRequired()) {
            throw refused(Refusal.PAPER_NOT_A_LEAVER);
        }
        if (by != null && loginsOf(person).contains(by)) {
            throw refused(Refusal.OWN_REQUEST);
        }
        refuseAfterPeriod(standingOf(person), draft);
        return file(person, draft, true, paperReference, by);
    }

    /**
     * A trip that departs after the 脱密期 — the person's only reason to ask — has ended needs no approval: refused
     * with the period's last day, nothing filed (outside check: a leaver's paper request for a trip after the
     * period was taken and waited for approval).
     */
    private static void refuseAfterPeriod(TravelRows.Standing standing, TripDraft draft) {
        if (TravelRules.afterPeriod(standing.rule(), standing.restrictedUntil(), draft.departureDay())) {
            throw new TravelRefusedException(Refusal.TRIP_AFTER_PERIOD,
                    List.<Object>of(standing.restrictedUntil().toString()));
        }
    }

    /**
     * Files a request, or a paper request with its reference (kept as the note of the request step). Every field at
     * fault is named at once, the reference among them (outside check: a missing reference was named alone), and a
     * trip asked too far ahead or too long comes first with its limit.
     */
    private long file(Employee person, TripDraft draft, boolean paper, String paperReference, String by) {
        LocalDate today = today();
        List<Refusal> problems = paper
                ? TravelRules.paperRequestProblems(draft.country(), draft.departureDay(), draft.returnDay(),
                        draft.purpose(), draft.note(), paperReference, MAX_PAPER_REFERENCE_LENGTH, today)
                : TravelRules.requestProblems(draft.country(), draft.departureDay(), draft.returnDay(),
                        draft.purpose(), draft.note(), today);
        TravelRules.checkReach(draft.departureDay(), draft.returnDay(), today, maxDaysAhead, maxTripDays)
                .ifPresent(r -> {
                    List<Refusal> all = new java.util.ArrayList<>(List.of(r));
                    all.addAll(problems);
                    throw new TravelRefusedException(all, r == Refusal.TRIP_TOO_LONG ? List.of(maxTripDays)
                            : List.of(maxDaysAhead, TravelRules.latestDeparture(today, maxDaysAhead).toString()));
                });
        String stepNote = paper ? TravelRules.stored(paperReference) : null;
        if (!problems.isEmpty()) {
            throw new TravelRefusedException(problems); // every field at fault at once
        }
        // found by an outside check: the same trip sent from two page loads made two waiting requests, and the
        // officers were told twice; the person's row serialises two posts at once
        em.lock(person, LockModeType.PESSIMISTIC_WRITE);
        Optional<TravelRequest> asked = em.createNamedQuery(TravelRequest.OF_PERSON, TravelRequest.class)
                .setParameter("employeeNo", person.getEmployeeNo()).getResultStream()
                .filter(r -> r.getStatus().isPending() || r.getStatus() == TripStatus.APPROVED)
                .filter(r -> TravelRules.overlaps(draft.departureDay(), draft.returnDay(), r.getDepartureDay(),
                        r.getReturnDay()))
                .min(Comparator.comparing(TravelRequest::getDepartureDay));
        if (asked.isPresent()) {
            TravelRequest r = asked.get();
            throw new TravelRefusedException(TravelRules.overlapRefusal(CountryCodes.normalize(draft.country()),
                    r.getCountry()), List.<Object>of(r.getId(),
                    r.getCountry(), r.getDepartureDay().toString(), r.getReturnDay().toString()));
        }
        refuseOverlap(person, null, draft.departureDay(), draft.returnDay());
        TravelRequest request = new TravelRequest(person, CountryCodes.normalize(draft.country()),
                draft.departureDay(), draft.returnDay(), draft.purpose(), TravelRules.stored(draft.note()),
                clock.instant(), by);
        em.persist(request);
        em.flush();
        step(request, TripStatus.REQUESTED, today, null, stepNote, by);
        for (String officer : officers(person)) {
            if (officer.equals(by)) {
                continue; // the officer who recorded a paper request knows of it
            }
            notifications.tell(officer, "notification.travel.requested", List.of(person.getName(),
                    person.getEmployeeNo(), Notification.inBoth(CountryCodes.name(request.getCountry(), CHINESE),
                            CountryCodes.name(request.getCountry(), java.util.Locale.ENGLISH)),
                    request.getDepartureDay().toString()), "/travel/manage.xhtml");
        }
        return request.getId();
    }

    /** The officer records the pre-trip briefing (行前保密提醒教育): the day and who gave it. */
    public void recordBriefing(long requestId, LocalDate on, String givenBy, String by) {
        TravelRequest request = locked(requestId);
        refuseOwn(request, by);
        TravelRules.checkBriefing(request.getStatus(), on, givenBy, today()).ifPresent(r -> {
            throw refused(r);
        });
        if (on.isBefore(LocalDate.ofInstant(request.getRequestedAt(), ZoneId.of(zone)))) {
            // the briefing is for this trip: not before it was asked for
            throw refused(Refusal.BRIEFING_BEFORE_REQUEST);
        }
        step(request, TripStatus.BRIEFED, on, TravelRules.stored(givenBy), null, by);
    }

    /**
     * The officer approves: refused while no briefing is recorded, once the departure day has passed, for the
     * officer's own request, and when the trip overlaps another approved trip of the person. The person is told.
     *
     * @return whether the person was told (false for someone with no login, such as a leaver whose paper request it
     *     is: they must be told in writing)
     */
    public boolean approve(long requestId, String by) {
        TravelRequest request = locked(requestId);
        LocalDate today = today();
        TravelRules.checkApproval(request.getStatus(), request.getDepartureDay(), today).ifPresent(r -> {
            throw refused(r);
        });
        refuseOwn(request, by);
        // the standing on the day of the approval: a 脱密期 ended (early, too) or ending before the departure leaves
        // nothing to approve (outside check: requests for trips after the period stayed open to be approved)
        TravelRows.Standing standing = standingOf(request.getEmployee());
        if (!standing.approvalRequired()) {
            throw refused(Refusal.APPROVAL_NOT_NEEDED);
        }
        if (TravelRules.afterPeriod(standing.rule(), standing.restrictedUntil(), request.getDepartureDay())) {
            throw new TravelRefusedException(Refusal.APPROVAL_AFTER_PERIOD,
                    List.<Object>of(standing.restrictedUntil().toString()));
        }
        refuseOverlap(request.getEmployee(), request.getId(), request.getDepartureDay(), request.getReturnDay());
        step(request, TripStatus.APPROVED, today, null, null, by);
        return tellPerson(request, "notification.travel.approved", "");
    }

    /**
     * The officer refuses a waiting request, with a reason. The person is told.
     *
     * @return whether the person was told (false for someone with no login: they must be told in writing)
     */
    public boolean refuse(long requestId, String reason, String by) {
        TravelRequest request = locked(requestId);
        TravelRules.checkRefusal(request.getStatus(), reason).ifPresent(r -> {
            throw refused(r);
        });
        refuseOwn(request, by);
        step(request, TripStatus.REFUSED, today(), null, TravelRules.stored(reason), by);
        return tellPerson(request, "notification.travel.refused", TravelRules.stored(reason));
    }

    /**
     * The person withdraws their own request before the departure day. When the passport is out for this trip
     * (领用出境, not returned yet), the withdrawal is taken all the same: the passport is then due back at once and
     * shows overdue in the custody table ({@link #holders}), the officers are told under the bell and so is the
     * person (outside check: the passport stayed out for no trip, due on the withdrawn trip's date, and nobody was
     * told). Refusing the withdrawal instead would leave an approved trip on record that the person no longer
     * means to take, while the passport stays out all the same.
     */
    public void withdraw(long requestId, String employeeNo, String by) {
        TravelRequest request = own(requestId, employeeNo);
        LocalDate today = today();
        TravelRules.checkWithdrawal(request.getStatus(), request.getDepartureDay(), today).ifPresent(r -> {
            throw refused(r);
        });
        withdrawn(request, null, by);
    }

    /**
     * The secrecy officer records a leaver's withdrawal of their request: a 离职 leaver has no login to withdraw with,
     * so an approved trip stayed approved (and in /api/restrictions) although they no longer meant to travel
     * (outside check). Only a leaver's request, before the departure day, with the paper's reference or a reason
     * (required, at most {@value #MAX_PAPER_REFERENCE_LENGTH} characters) kept as the note of the withdrawal step,
     * recorded under the officer's login (every problem at once; nothing stored). The passport rule of a withdrawn
     * trip applies as to the person's own withdrawal: a passport out for it is due at once and the officers are told.
     */
    public void recordLeaverWithdrawal(long requestId, String reference, String by) {
        TravelRequest request = locked(requestId);
        if (request.getEmployee().getStatus() != org.shoumi.portal.employees.entity.EmployeeStatus.LEFT_UNIT) {
            throw refused(Refusal.WITHDRAWAL_NOT_A_LEAVER);
        }
        refuseOwn(request, by);
        List<Refusal> problems = TravelRules.leaverWithdrawalProblems(request.getStatus(), request.getDepartureDay(),
                reference, MAX_PAPER_REFERENCE_LENGTH, today());
        if (!problems.isEmpty()) {
            throw new TravelRefusedException(problems);
        }
        withdrawn(request, TravelRules.stored(reference), by);
    }

    /** Leavers' requests the officer may record a withdrawal of: waiting or approved, before the departure day. */
    public List<TravelRows.Trip> leaversWithdrawable() {
        LocalDate today = today();
        return trips(em.createNamedQuery(TravelRequest.WITH_STATUS, TravelRequest.class)
                .setParameter("statuses", EnumSet.of(TripStatus.REQUESTED, TripStatus.BRIEFED, TripStatus.APPROVED))
                .getResultStream()
                .filter(r -> r.getEmployee().getStatus() == org.shoumi.portal.employees.entity.EmployeeStatus.LEFT_UNIT)
                .filter(r -> today.isBefore(r.getDepartureDay())).toList());
    }

    /** The withdrawal step, and the passport rule of a withdrawn trip (due at once if out for it; officers told). */
    private void withdrawn(TravelRequest request, String note, String by) {
        step(request, TripStatus.WITHDRAWN, today(), null, note, by);
        List<PassportEntry> log = entries(request.getEmployee().getEmployeeNo());
        PassportEntry last = log.isEmpty() ? null : log.get(log.size() - 1);
        if (last != null && last.getAction() == PassportAction.HANDED_OUT && last.getRequest() != null
                && last.getRequest().getId().equals(request.getId())) {
            Employee person = request.getEmployee();
            String country = Notification.inBoth(CountryCodes.name(request.getCountry(), CHINESE),
                    CountryCodes.name(request.getCountry(), Locale.ENGLISH));
            for (String officer : officers(person)) {
                if (officer.equals(by)) {
                    continue; // the officer who recorded a leaver's withdrawal knows of it
                }
                notifications.tell(officer, "notification.travel.withdrawnPassportOut", List.of(person.getName(),
                        person.getEmployeeNo(), country, request.getDepartureDay().toString(),
                        last.getDay().toString()), "/travel/manage.xhtml");
            }
            tellPerson(request, "notification.travel.withdrawnReturnPassport", "");
        }
    }

    /** The person reports after the return (回国后报告): the actual return day and a short note. */
    public void debrief(long requestId, String employeeNo, LocalDate returnedOn, String note, String by) {
        TravelRequest request = own(requestId, employeeNo);
        TravelRules.checkDebrief(request.getStatus(), request.getDepartureDay(), returnedOn, note, today())
                .ifPresent(r -> {
                    throw refused(r);
                });
        step(request, TripStatus.DEBRIEFED, returnedOn, null, TravelRules.stored(note), by);
    }

    /**
     * The secrecy officer records a leaver's report after the return (回国后报告) handed in on paper: a 离职 leaver has
     * no login to report with, so their trip stayed 已回国、待报告 for ever (outside check). The debrief rules of
     * {@link TravelRules#checkDebrief} for the trip and the actual return day, the paper's reference (required, at most
     * {@value #MAX_PAPER_REFERENCE_LENGTH} characters) as the note of the step, dated the return day and recorded under
     * the officer's login (every problem at once; nothing stored); the step shows it is the leaver's paper report.
     */
    public void recordLeaverDebrief(long requestId, LocalDate returnedOn, String reference, String by) {
        TravelRequest request = locked(requestId);
        if (request.getEmployee().getStatus() != org.shoumi.portal.employees.entity.EmployeeStatus.LEFT_UNIT) {
            throw refused(Refusal.DEBRIEF_NOT_A_LEAVER);
        }
        refuseOwn(request, by);
        List<Refusal> problems = TravelRules.leaverDebriefProblems(request.getStatus(), request.getDepartureDay(),
                returnedOn, reference, MAX_PAPER_REFERENCE_LENGTH, today());
        if (!problems.isEmpty()) {
            throw new TravelRefusedException(problems);
        }
        step(request, TripStatus.DEBRIEFED, returnedOn, null, TravelRules.stored(reference), by);
    }

    /** Leavers' approved trips whose report after the return the officer may record: departed, not yet reported. */
    public List<TravelRows.Trip> leaversDebriefable() {
        LocalDate today = today();
        return trips(em.createNamedQuery(TravelRequest.WITH_STATUS, TravelRequest.class)
                .setParameter("statuses", EnumSet.of(TripStatus.APPROVED)).getResultStream()
                .filter(r -> r.getEmployee().getStatus() == org.shoumi.portal.employees.entity.EmployeeStatus.LEFT_UNIT)
                .filter(r -> !today.isBefore(r.getDepartureDay())).toList());
    }

    /** A person's own requests, latest departure first, each with its steps. */
    public List<TravelRows.Trip> mine(String employeeNo) {
        if (employeeNo == null || employeeNo.isBlank()) {
            return List.of();
        }
        return trips(em.createNamedQuery(TravelRequest.OF_PERSON, TravelRequest.class)
                .setParameter("employeeNo", employeeNo).getResultList());
    }

    /** One request as its person sees it: empty when it is someone else's or does not exist. */
    public Optional<TravelRows.Trip> mineById(long requestId, String employeeNo) {
        TravelRequest request = em.find(TravelRequest.class, requestId);
        if (request == null || employeeNo == null || !request.getEmployee().getEmployeeNo().equals(employeeNo)) {
            return Optional.empty();
        }
        return Optional.of(trips(List.of(request)).get(0));
    }

    /** One request, for the officer. */
    public Optional<TravelRows.Trip> trip(long requestId) {
        TravelRequest request = em.find(TravelRequest.class, requestId);
        return request == null ? Optional.empty() : Optional.of(trips(List.of(request)).get(0));
    }

    /** Requests waiting for the briefing or the decision, soonest departure first. */
    public List<TravelRows.Trip> pending() {
        return withStatus(EnumSet.of(TripStatus.REQUESTED, TripStatus.BRIEFED));
    }

    /** Approved trips whose return day has passed and whose debrief is not recorded. */
    public List<TravelRows.Trip> awaitingDebrief() {
        LocalDate today = today();
        return withStatus(EnumSet.of(TripStatus.APPROVED)).stream()
                .filter(t -> TravelRules.awaitingDebrief(t.status(), t.returnDay(), today)).toList();
    }

    /** Approved trips not yet returned from (return day today or later), soonest first. */
    public List<TravelRows.Trip> approvedUpcoming() {
        LocalDate today = today();
        return withStatus(EnumSet.of(TripStatus.APPROVED)).stream()
                .filter(t -> !t.returnDay().isBefore(today)).toList();
    }

    /**
     * Records an entry of a person's passport custody log. A hand-out needs an approved trip of the person covering
     * the day (from the configured days before its departure up to its return day); it is tied to that trip. A
     * deposit is refused for a person no travel rule covers (neither a secret-related post nor a running 脱密期). A
     * passport the unit holds may be given back to its holder for good (发还本人), e.g. when the 脱密期 ends.
     */
    public long recordPassport(String employeeNo, PassportAction action, LocalDate day, String note, String by) {
        Employee person = employee(employeeNo == null ? null : employeeNo.strip())
                .orElseThrow(() -> refused(Refusal.UNKNOWN_EMPLOYEE));
        if (by != null && loginsOf(person).contains(by)) {
            // the officer logged the deposit of his own passport (outside check): another officer keeps the log of
            // an officer's passport, as the approval of their own trip
            throw refused(Refusal.OWN_PASSPORT);
        }
        em.lock(person, LockModeType.PESSIMISTIC_WRITE);
        List<PassportEntry> log = entries(person.getEmployeeNo());
        PassportEntry last = log.isEmpty() ? null : log.get(log.size() - 1);
        Optional<TravelRequest> trip = day == null ? Optional.empty() : coveringTrip(person, day);
        if (day != null && person.getHireDate() != null && day.isBefore(person.getHireDate())) {
            // the unit held no passport of someone it had not hired yet (outside check: a deposit dated before the hire)
            throw refused(Refusal.PASSPORT_DAY_BEFORE_HIRE);
        }
        PassportRules.check(action, day, note, last == null ? null : last.getAction(),
                last == null ? null : last.getDay(), trip.isPresent(),
                action != PassportAction.DEPOSITED || standingOf(person).approvalRequired(), today()).ifPresent(r -> {
                    // a second deposit names the day the unit has held the passport since (its latest entry's day)
                    throw r == Refusal.PASSPORT_HELD ? new TravelRefusedException(r, List.of(last.getDay().toString()))
                            : refused(r);
                });
        if (action == PassportAction.HANDED_OUT && trip.isPresent()) {
            // the trip is approved now, but was it on the day of the hand-out? A hand-out dated before the approval
            // (here even before the request) was logged against it (outside check)
            TravelRequest approved = trip.get();
            LocalDate approvedOn = em.createNamedQuery(TravelStep.OF_REQUESTS, TravelStep.class)
                    .setParameter("ids", List.of(approved.getId())).getResultStream()
                    .filter(step -> step.getKind() == TripStatus.APPROVED).map(TravelStep::getDay).findFirst()
                    .orElse(null);
            if (PassportRules.beforeApproval(day, approvedOn)) {
                throw new TravelRefusedException(Refusal.PASSPORT_BEFORE_APPROVAL,
                        List.<Object>of(approved.getId().toString(), approvedOn.toString()));
            }
        }
        PassportEntry entry = new PassportEntry(person, action, day,
                action == PassportAction.HANDED_OUT ? trip.orElseThrow() : null, TravelRules.stored(note),
                clock.instant(), by);
        em.persist(entry);
        em.flush();
        evidence.append(EvidenceKind.PASSPORT_CUSTODY, entry.getId());
        return entry.getId();
    }

    /** One person's passport log, oldest first. */
    public List<TravelRows.Passport> passportLog(String employeeNo) {
        return entries(employeeNo).stream().map(Travel::passportRow).toList();
    }

    /** Everyone's passport log, newest first. */
    public List<TravelRows.Passport> passportLog() {
        List<TravelRows.Passport> all = new ArrayList<>(em.createNamedQuery(PassportEntry.ALL, PassportEntry.class)
                .getResultStream().map(Travel::passportRow).toList());
        java.util.Collections.reverse(all);
        return all;
    }

    /**
     * Where every logged passport is now: handed out first (overdue ones first), then those the unit holds, then
     * those given back to their holders (发还本人). One handed out for a trip is due its end plus the configured days,
     * or at once (and overdue) once that trip is withdrawn.
     */
    public List<TravelRows.Holder> holders() {
        Map<String, PassportEntry> latest = new LinkedHashMap<>();
        em.createNamedQuery(PassportEntry.ALL, PassportEntry.class).getResultStream()
                .forEach(p -> latest.put(p.getEmployee().getEmployeeNo(), p));
        LocalDate today = today();
        Map<Long, LocalDate> lastSteps = lastStepDays(latest.values().stream()
                .filter(p -> p.getAction() == PassportAction.HANDED_OUT && p.getRequest() != null)
                .map(PassportEntry::getRequest).toList());
        return latest.values().stream().map(p -> {
            TravelRequest trip = p.getRequest();
            boolean out = p.getAction() == PassportAction.HANDED_OUT && trip != null;
            // once reported back, the actual return day counts, not the planned one (outside check)
            LocalDate returnDay = out ? TravelRules.tripEnd(trip.getStatus(), trip.getReturnDay(),
                    lastSteps.get(trip.getId())) : null;
            LocalDate due = out ? PassportRules.dueBack(trip.getStatus(), trip.getReturnDay(),
                    lastSteps.get(trip.getId()), passportReturnDays) : null;
            // a passport out for a trip since withdrawn is due back at once, overdue (outside check)
            return new TravelRows.Holder(p.getEmployee().getEmployeeNo(), p.getEmployee().getName(), p.getAction(),
                    p.getDay(), trip == null ? null : trip.getId(), returnDay, due,
                    due != null && PassportRules.overdue(trip.getStatus(), due, today));
        }).sorted(Comparator.comparing(Travel::custodyOrder).thenComparing(h -> !h.overdue())
                .thenComparing(TravelRows.Holder::employeeNo)).toList();
    }

    /** Handed out first, then held by the unit, then given back to the holder (custody ended). */
    private static int custodyOrder(TravelRows.Holder h) {
        return h.action() == PassportAction.HANDED_OUT ? 0 : h.heldByUnit() ? 1 : 2;
    }

    /** Every request with its steps, for the records workbook: by staff number, then departure. */
    public List<TravelRows.Trip> all() {
        return trips(em.createNamedQuery(TravelRequest.ALL, TravelRequest.class).getResultList());
    }

    private TravelRows.Standing standingOf(Employee person) {
        Optional<Restriction> restriction = departures.restrictionOf(person.getEmployeeNo());
        boolean restricted = restriction.map(Restriction::restricted).orElse(false);
        TravelRule rule = TravelRules.ruleFor(person.getSecrecyClass(), person.getStatus(), restricted);
        return new TravelRows.Standing(person.getEmployeeNo(), person.getName(), rule,
                restriction.map(Restriction::until).orElse(null));
    }

    private void step(TravelRequest request, TripStatus kind, LocalDate day, String givenBy, String note, String by) {
        TravelStep step = new TravelStep(request, kind, day, givenBy, note, clock.instant(), by);
        em.persist(step);
        request.stepped(kind);
        em.flush();
        evidence.append(EvidenceKind.TRAVEL_STEP, step.getId());
    }

    /**
     * Refuses a trip sharing a day with another approved or completed trip of the person. A completed trip (reported
     * back) counts up to its actual return day, not its planned one, and the message says it is completed and names
     * it, with that day (outside check: a trip reported back early blocked the next one over its planned days, as
     * "approved").
     */
    private void refuseOverlap(Employee person, Long except, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return;
        }
        List<TravelRequest> others = em.createNamedQuery(TravelRequest.OF_PERSON, TravelRequest.class)
                .setParameter("employeeNo", person.getEmployeeNo()).getResultStream()
                .filter(r -> r.getStatus() == TripStatus.APPROVED || r.getStatus() == TripStatus.DEBRIEFED)
                .filter(r -> !r.getId().equals(except)).toList();
        Map<Long, LocalDate> returnedOn = lastStepDays(others);
        Optional<TravelRequest> overlapping = others.stream()
                .filter(r -> TravelRules.overlaps(from, to, r.getDepartureDay(),
                        TravelRules.tripEnd(r.getStatus(), r.getReturnDay(), returnedOn.get(r.getId()))))
                .min(Comparator.comparing(TravelRequest::getDepartureDay));
        if (overlapping.isEmpty()) {
            return;
        }
        TravelRequest r = overlapping.get();
        if (r.getStatus() == TripStatus.DEBRIEFED) {
            throw new TravelRefusedException(Refusal.OVERLAPS_COMPLETED, List.<Object>of(r.getId(),
                    r.getDepartureDay().toString(), returnedOn.get(r.getId()).toString()));
        }
        throw refused(Refusal.OVERLAPS_APPROVED);
    }

    /** The day of each request's latest step (for a debriefed trip, the actual return day), by request id. */
    private Map<Long, LocalDate> lastStepDays(List<TravelRequest> requests) {
        Map<Long, LocalDate> days = new java.util.HashMap<>();
        List<Long> ids = requests.stream().map(TravelRequest::getId).toList();
        for (int i = 0; i < ids.size(); i += 500) {
            em.createNamedQuery(TravelStep.OF_REQUESTS, TravelStep.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500))).getResultStream()
                    .forEach(step -> days.put(step.getRequest().getId(), step.getDay())); // oldest first: the last wins
        }
        return days;
    }

    /** An officer does not decide on their own request. */
    private void refuseOwn(TravelRequest request, String by) {
        if (by != null && loginsOf(request.getEmployee()).contains(by)) {
            throw refused(Refusal.OWN_REQUEST);
        }
    }

    private Optional<TravelRequest> coveringTrip(Employee person, LocalDate day) {
        return em.createNamedQuery(TravelRequest.OF_PERSON, TravelRequest.class)
                .setParameter("employeeNo", person.getEmployeeNo()).getResultStream()
                .filter(r -> r.getStatus() == TripStatus.APPROVED)
                .filter(r -> PassportRules.covers(r.getDepartureDay(), r.getReturnDay(), day, handOutDaysBefore))
                .min(Comparator.comparing(TravelRequest::getDepartureDay));
    }

    /**
     * Tells the person under each login they can still use; false when they have none (nobody was told: a leaver's
     * login ends after the last day, so the answer to their paper request goes to them in writing).
     */
    private boolean tellPerson(TravelRequest request, String key, String reason) {
        List<String> logins = em.createQuery("select a.username from Account a where a.employee = :e"
                        + " and a.enabled = true and (a.disabledFrom is null or a.disabledFrom > :today)", String.class)
                .setParameter("e", request.getEmployee()).setParameter("today", today()).getResultList();
        for (String login : logins) {
            notifications.tell(login, key, List.of(Notification.inBoth(CountryCodes.name(request.getCountry(), CHINESE),
                            CountryCodes.name(request.getCountry(), java.util.Locale.ENGLISH)),
                    request.getDepartureDay().toString(), request.getReturnDay().toString(),
                    reason == null ? "" : reason), "/travel/mine.xhtml");
        }
        return !logins.isEmpty();
    }

    private List<String> loginsOf(Employee person) {
        return em.createQuery("select a.username from Account a where a.employee = :e", String.class)
                .setParameter("e", person).getResultList();
    }

    /** The secrecy officers' logins, but not the person's own. */
    private List<String> officers(Employee person) {
        Set<String> own = Set.copyOf(loginsOf(person));
        return em.createQuery("select distinct a.username from Account a join a.roles r where r = :role",
                        String.class).setParameter("role", Role.SECRECY_OFFICER).getResultStream()
                .filter(u -> !own.contains(u)).sorted().toList();
    }

    private TravelRequest locked(long requestId) {
        TravelRequest request = em.find(TravelRequest.class, requestId);
        if (request == null) {
            throw refused(Refusal.UNKNOWN_REQUEST);
        }
        em.lock(request, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return request;
    }

    private TravelRequest own(long requestId, String employeeNo) {
        TravelRequest request = em.find(TravelRequest.class, requestId);
        if (request == null || employeeNo == null || !request.getEmployee().getEmployeeNo().equals(employeeNo)) {
            throw refused(Refusal.UNKNOWN_REQUEST);
        }
        em.lock(request, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return request;
    }

    private List<TravelRows.Trip> withStatus(Set<TripStatus> statuses) {
        return trips(em.createNamedQuery(TravelRequest.WITH_STATUS, TravelRequest.class)
                .setParameter("statuses", statuses).getResultList());
    }

    private List<TravelRows.Trip> trips(List<TravelRequest> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TravelRows.Step>> steps = new LinkedHashMap<>();
        List<Long> ids = requests.stream().map(TravelRequest::getId).toList();
        // a report after the return recorded under a login not the person's is the officer's, from a leaver's paper
        Map<Long, Set<String>> logins = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i += 500) {
            em.createQuery("select r.id, a.username from TravelRequest r, Account a where a.employee = r.employee "
                            + "and r.id in :ids", Object[].class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500))).getResultStream()
                    .forEach(r -> logins.computeIfAbsent((Long) r[0], k -> new java.util.HashSet<>()).add((String) r[1]));
        }
        for (int i = 0; i < ids.size(); i += 500) {
            em.createNamedQuery(TravelStep.OF_REQUESTS, TravelStep.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500))).getResultStream()
                    .forEach(s -> steps.computeIfAbsent(s.getRequest().getId(), k -> new ArrayList<>())
                            .add(new TravelRows.Step(s.getKind(), s.getDay(), s.getGivenBy(), s.getNote(),
                                    s.getRecordedAt(), s.getRecordedBy(), s.getKind() == TripStatus.DEBRIEFED
                                    && !logins.getOrDefault(s.getRequest().getId(), Set.of())
                                    .contains(s.getRecordedBy()))));
        }
        return requests.stream().map(r -> new TravelRows.Trip(r.getId(), r.getEmployee().getEmployeeNo(),
                r.getEmployee().getName(), r.getCountry(), r.getDepartureDay(), r.getReturnDay(), r.getPurpose(),
                r.getNote(), r.getStatus(), r.getRequestedAt(), steps.getOrDefault(r.getId(), List.of()))).toList();
    }

    private List<PassportEntry> entries(String employeeNo) {
        return em.createNamedQuery(PassportEntry.OF_PERSON, PassportEntry.class)
                .setParameter("employeeNo", employeeNo).getResultList();
    }

    private static TravelRows.Passport passportRow(PassportEntry p) {
        return new TravelRows.Passport(p.getId(), p.getEmployee().getEmployeeNo(), p.getEmployee().getName(),
                p.getAction(), p.getDay(), p.getRequest() == null ? null : p.getRequest().getId(), p.getNote(),
                p.getRecordedAt(), p.getRecordedBy());
    }

    private Optional<Employee> employee(String employeeNo) {
        if (employeeNo == null || employeeNo.isBlank()) {
            return Optional.empty();
        }
        return Employee.byNumber(em, employeeNo)
                .getResultStream().findFirst();
    }

    private static TravelRefusedException refused(Refusal reason) {
        return new TravelRefusedException(reason);
    }
}
