package org.shoumi.portal.departures.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.departures.boundary.DepartureRefusedException.Reason;
import org.shoumi.portal.departures.control.ExitChecklist;
import org.shoumi.portal.departures.control.PostExitPeriodPolicy;
import org.shoumi.portal.departures.control.PostExitPeriodPolicy.Span;
import org.shoumi.portal.departures.entity.CarrierKind;
import org.shoumi.portal.departures.entity.CarrierReturn;
import org.shoumi.portal.departures.entity.Departure;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.portal.departures.entity.PostExitPeriod;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.programmes.entity.ProgrammeKind;

/**
 * Departures and their exit checklist, approval and the 脱密期 it starts; who is restricted until when.
 * Every step that cannot be taken throws {@link DepartureRefusedException} and changes nothing.
 */
@ApplicationScoped
@Transactional
public class Departures {

    /** Used as "no upper bound" for the end of a period. */
    private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 12, 31);

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    EvidenceLog evidence;

    @Inject
    @ConfigProperty(name = "shoumi.portal.exit.restriction-years.core", defaultValue = "3")
    int coreYears;

    @Inject
    @ConfigProperty(name = "shoumi.portal.exit.restriction-years.important", defaultValue = "2")
    int importantYears;

    @Inject
    @ConfigProperty(name = "shoumi.portal.exit.restriction-years.general", defaultValue = "1")
    int generalYears;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Inject
    Programmes programmes;

    Clock clock = Clock.systemUTC();

    /** Today in the unit's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    public PostExitPeriodPolicy policy() {
        return new PostExitPeriodPolicy(coreYears, importantYears, generalYears);
    }

    /**
     * Opens a departure for a person in post (待上岗 or 在岗) who has no open one.
     *
     * @return the new departure's id
     */
    public long open(@NotBlank String employeeNo, @NotNull DepartureKind kind, @NotNull LocalDate plannedLastDay,
                     @Size(max = 500) String reason, @NotBlank String by) {
        Employee person = employee(employeeNo.strip()).orElseThrow(() -> refused(Reason.UNKNOWN_EMPLOYEE));
        if (!person.isInPost()) {
            throw refused(Reason.NOT_IN_POST);
        }
        if (openOf(person).isPresent()) {
            throw refused(Reason.ALREADY_OPEN);
        }
        Departure departure = new Departure(person, kind, plannedLastDay, blankToNull(reason), clock.instant(), by);
        em.persist(departure);
        em.flush();
        // the exit programme: the person signs the exit pledge in the portal, due on the last day
        LocalDate today = today();
        programmes.assign(person, ProgrammeKind.EXIT, null, plannedLastDay.isBefore(today) ? today : plannedLastDay, by);
        return departure.getId();
    }

    /** Adds a carrier (载体) the person has to return; returns its id. */
    public long addCarrier(long departureId, @NotNull CarrierKind kind, @NotBlank @Size(max = 200) String description) {
        Departure departure = openDeparture(departureId);
        CarrierReturn carrier = departure.addCarrier(kind, description.strip());
        em.persist(carrier);
        em.flush();
        return carrier.getId();
    }

    /** Records that a carrier was returned (清退) on a day, to a named receiver (接收人). */
    public void returnCarrier(long carrierId, @NotNull LocalDate on, @NotBlank @Size(max = 50) String receivedBy) {
        CarrierReturn carrier = em.find(CarrierReturn.class, carrierId);
        if (carrier == null) {
            throw refused(Reason.UNKNOWN_CARRIER);
        }
        Departure departure = openDeparture(carrier.getDeparture().getId());
        if (carrier.isReturned()) {
            throw refused(Reason.ALREADY_RETURNED);
        }
        notInFuture(on);
        carrier.markReturned(on, receivedBy.strip());
    }

    /** Records the exit briefing (离岗教育): the day and who gave it. */
    public void recordBriefing(long departureId, @NotNull LocalDate on, @NotBlank @Size(max = 50) String givenBy) {
        Departure departure = openDeparture(departureId);
        notInFuture(on);
        departure.recordBriefing(on, givenBy.strip());
    }

    /**
     * The exit pledge a person signed in the portal: called by the pledge-signing feature with the signed
     * pledge's id. It counts for the person's open departure; signing again replaces the earlier record.
     * A refusal ({@code UNKNOWN_EMPLOYEE}, {@code NO_OPEN_DEPARTURE}) changes nothing and does not mark the
     * caller's transaction for rollback, so the signature itself can still be kept.
     *
     * @return the id of the departure it was recorded on
     */
    @Transactional(dontRollbackOn = DepartureRefusedException.class)
    public long recordExitPledge(@NotBlank String employeeNo, long signedPledgeId, @NotNull Instant at) {
        Employee person = employee(employeeNo).orElseThrow(() -> refused(Reason.UNKNOWN_EMPLOYEE));
        Departure departure = openOf(person).orElseThrow(() -> refused(Reason.NO_OPEN_DEPARTURE));
        lock(departure);
        departure.recordExitPledge(signedPledgeId, at);
        return departure.getId();
    }

    /** The exit pledge was signed on paper: HR records where the original is kept and the day it was signed. */
    public void recordPaperExitPledge(long departureId, @NotBlank @Size(max = 100) String paperRef,
                                      @NotNull LocalDate signedOn) {
        Departure departure = openDeparture(departureId);
        notInFuture(signedOn);
        departure.recordPaperExitPledge(paperRef.strip(), signedOn.atStartOfDay(zone()).toInstant());
    }

    /**
     * Approves a departure whose checklist is complete, on the day the unit approved it: not in the future, and
     * not before the checklist was completed. The person leaves the post or the unit, and their 脱密期 starts
     * that day.
     *
     * @return the 脱密期, or empty for a person without one (非涉密)
     */
    public Optional<Span> approve(long departureId, @NotNull LocalDate on, @NotBlank String by) {
        Departure departure = openDeparture(departureId);
        ExitChecklist checklist = checklistOf(departure);
        if (!checklist.isComplete()) {
            throw new DepartureRefusedException(Reason.CHECKLIST_INCOMPLETE, checklist.missing(),
                    departure.getCarriers().stream().filter(c -> !c.isReturned())
                            .map(CarrierReturn::getDescription).toList());
        }
        notInFuture(on);
        ZoneId zoneId = zone();
        List<LocalDate> daysDone = new ArrayList<>();
        departure.getCarriers().forEach(c -> daysDone.add(c.getReturnedOn()));
        daysDone.add(departure.getBriefingOn());
        daysDone.add(LocalDate.ofInstant(departure.getExitPledgeSignedAt(), zoneId));
        Optional<LocalDate> earliest = ExitChecklist.earliestApproval(daysDone);
        if (earliest.isPresent() && on.isBefore(earliest.get())) {
            throw new DepartureRefusedException(Reason.APPROVAL_BEFORE_CHECKLIST, earliest.get());
        }
        Employee person = departure.getEmployee();
        Optional<Span> span = policy().periodFrom(on, person.getSecrecyClass());
        departure.approve(on, by);
        // the person has left the post or the unit: what was still asked of them no longer applies
        programmes.closeOpenOf(person);
        span.ifPresent(s -> em.persist(new PostExitPeriod(departure, person.getSecrecyClass(), s.start(), s.end())));
        evidence.append(EvidenceKind.DEPARTURE_APPROVAL, departure.getId());
        return span;
    }

    /** The open departures, the nearest planned last day first. */
    public List<DepartureRow> openDepartures() {
        return em.createNamedQuery(Departure.OPEN_ONES, Departure.class).getResultList().stream()
                .map(d -> new DepartureRow(d.getId(), d.getEmployee().getEmployeeNo(), d.getEmployee().getName(),
                        d.getEmployee().getDepartment().getName(), d.getEmployee().getDepartment().getNameEn(),
                        d.getKind(), d.getPlannedLastDay(), checklistOf(d)))
                .sorted(Comparator.comparing(DepartureRow::plannedLastDay).thenComparing(DepartureRow::employeeNo))
                .toList();
    }

    /** The most recently approved departures, newest first, each with the end of its 脱密期 (if any). */
    public List<ApprovedDepartureRow> recentlyApproved(int max) {
        List<Departure> approved = em.createNamedQuery(Departure.APPROVED_ONES, Departure.class)
                .setMaxResults(max).getResultList();
        if (approved.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDate> ends = new HashMap<>();
        em.createQuery("select p.departure.id, p.endDate from PostExitPeriod p where p.departure in :d", Object[].class)
                .setParameter("d", approved).getResultList()
                .forEach(row -> ends.put((Long) row[0], (LocalDate) row[1]));
        return approved.stream()
                .map(d -> new ApprovedDepartureRow(d.getId(), d.getEmployee().getEmployeeNo(), d.getEmployee().getName(),
                        d.getEmployee().getDepartment().getName(), d.getEmployee().getDepartment().getNameEn(),
                        d.getKind(), d.getApprovedOn(), ends.get(d.getId())))
                .toList();
    }

    /** A departure with its checklist and, once approved, its 脱密期. */
    public Optional<DepartureDetail> detail(long id) {
        return em.createNamedQuery(Departure.WITH_DETAILS, Departure.class).setParameter("id", id)
                .getResultList().stream().findFirst().map(this::detailOf);
    }

    /** The open departure of a person, if any. */
    public Optional<DepartureDetail> openDepartureOf(String employeeNo) {
        return employee(employeeNo).flatMap(this::openOf).map(d -> detail(d.getId()).orElseThrow());
    }

    /**
     * People whose 脱密期 runs today, the soonest end first.
     *
     * @param withinDays only those whose period ends within this many days; null for all
     */
    public List<RestrictionRow> restricted(Integer withinDays) {
        LocalDate today = today();
        LocalDate until = withinDays == null ? FAR_FUTURE : today.plusDays(Math.max(0, withinDays));
        return em.createNamedQuery(PostExitPeriod.RUNNING, PostExitPeriod.class)
                .setParameter("today", today).setParameter("until", until)
                .getResultList().stream()
                .map(p -> new RestrictionRow(p.getDeparture().getId(), p.getEmployee().getEmployeeNo(),
                        p.getEmployee().getName(), p.getEmployee().getDepartment().getName(),
                        p.getEmployee().getDepartment().getNameEn(), p.getSecrecyClass(), p.getDeparture().getKind(),
                        p.getStartDate(), p.getEndDate(), PostExitPeriodPolicy.daysLeft(p.getEndDate(), today)))
                .toList();
    }

    /** Whether a person is restricted today and until when; empty for an unknown staff number. */
    public Optional<Restriction> restrictionOf(String employeeNo) {
        LocalDate today = today();
        return employee(employeeNo).map(person -> {
            Optional<LocalDate> until = periodsOf(person).stream().filter(p -> p.isRunningOn(today))
                    .map(PostExitPeriod::getEndDate).max(Comparator.naturalOrder());
            return new Restriction(person.getEmployeeNo(), until.isPresent(), until.orElse(null),
                    person.getSecrecyClass());
        });
    }

    private DepartureDetail detailOf(Departure d) {
        Optional<PostExitPeriod> period = em.createQuery(
                        "select p from PostExitPeriod p where p.departure = :d", PostExitPeriod.class)
                .setParameter("d", d).getResultList().stream().findFirst();
        ZoneId zoneId = zone();
        List<CarrierRow> carriers = d.getCarriers().stream()
                .map(c -> new CarrierRow(c.getId(), c.getKind(), c.getDescription(), c.getReturnedOn(),
                        c.getReceivedBy()))
                .toList();
        return new DepartureDetail(d.getId(), Employees.row(d.getEmployee()), d.getKind(), d.getStatus(),
                d.getPlannedLastDay(), d.getReason(), LocalDate.ofInstant(d.getOpenedAt(), zoneId), d.getOpenedBy(),
                carriers, d.getBriefingOn(), d.getBriefingGivenBy(),
                d.getExitPledgeSignedAt() == null ? null : LocalDate.ofInstant(d.getExitPledgeSignedAt(), zoneId),
                d.getExitPledgeId(), d.getExitPledgePaperRef(), d.getApprovedOn(), d.getApprovedBy(),
                period.map(PostExitPeriod::getStartDate).orElse(null),
                period.map(PostExitPeriod::getEndDate).orElse(null), checklistOf(d));
    }

    private static ExitChecklist checklistOf(Departure d) {
        int returned = (int) d.getCarriers().stream().filter(CarrierReturn::isReturned).count();
        return new ExitChecklist(d.getCarriers().size(), returned, d.getBriefingOn() != null,
                d.getExitPledgeSignedAt() != null);
    }

    private List<PostExitPeriod> periodsOf(Employee person) {
        return em.createNamedQuery(PostExitPeriod.OF_EMPLOYEE, PostExitPeriod.class)
                .setParameter("employee", person).getResultList();
    }

    private Optional<Employee> employee(String employeeNo) {
        if (employeeNo == null || employeeNo.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Employee.BY_NUMBER, Employee.class).setParameter("employeeNo", employeeNo)
                .getResultList().stream().findFirst();
    }

    private Optional<Departure> openOf(Employee person) {
        return em.createNamedQuery(Departure.OPEN_OF_EMPLOYEE, Departure.class).setParameter("employee", person)
                .getResultList().stream().findFirst();
    }

    /**
     * The departure, which must be open; its version is raised by every change to its checklist, so that an
     * approval and a checklist change made at the same time cannot both succeed.
     */
    private Departure openDeparture(long id) {
        Departure departure = em.find(Departure.class, id);
        if (departure == null) {
            throw refused(Reason.UNKNOWN_DEPARTURE);
        }
        if (!departure.isOpen()) {
            throw refused(Reason.NOT_OPEN);
        }
        lock(departure);
        return departure;
    }

    private void lock(Departure departure) {
        em.lock(departure, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private void notInFuture(LocalDate day) {
        if (day.isAfter(today())) {
            throw refused(Reason.DATE_IN_FUTURE);
        }
    }

    private ZoneId zone() {
        return ZoneId.of(zone);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static DepartureRefusedException refused(Reason reason) {
        return new DepartureRefusedException(reason);
    }
}
