package org.shoumi.portal.vetting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.employees.entity.ChangeSource;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.PersonnelChange;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.events.DepartureSettled;
import org.shoumi.portal.events.FailureStandingAsked;
import org.shoumi.portal.events.ReviewCorrected;
import org.shoumi.portal.events.ReviewUnsatisfactory;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.portal.notifications.boundary.Notifications;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.content.text.Texts;
import org.shoumi.portal.vetting.boundary.VettingRefusedException.Reason;
import org.shoumi.portal.vetting.control.VettingRules;
import org.shoumi.portal.vetting.control.VettingRules.Held;
import org.shoumi.portal.vetting.control.VettingRules.Intervals;
import org.shoumi.portal.vetting.entity.ReviewNotice;
import org.shoumi.portal.vetting.entity.VettingKind;
import org.shoumi.portal.vetting.entity.VettingRecord;
import org.shoumi.portal.vetting.entity.VettingResult;

/**
 * Recording vettings and reviews (the secrecy office and HR), the list of reviews overdue or due soon, whether a
 * person's onboarding still waits for their vetting, and the daily notice to the secrecy officers of a review that
 * has become overdue. Every record goes into the evidence log in its transaction.
 */
@ApplicationScoped
@Boundary
public class Vettings {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    EvidenceLog evidence;

    @Inject
    Notifications notifications;

    @Inject
    Event<ReviewUnsatisfactory> unsatisfactory;

    @Inject
    Event<ReviewCorrected> corrected;

    @Inject
    Event<org.shoumi.portal.events.DeparturesUnderWayAsked> underWayAsked;

    @Inject
    @ConfigProperty(name = "shoumi.portal.vetting.review-years.core", defaultValue = "1")
    int coreYears;

    @Inject
    @ConfigProperty(name = "shoumi.portal.vetting.review-years.important", defaultValue = "2")
    int importantYears;

    @Inject
    @ConfigProperty(name = "shoumi.portal.vetting.review-years.general", defaultValue = "2")
    int generalYears;

    /** A vetting is done before the appointment: it may precede the hire date by this many days. */
    @Inject
    @ConfigProperty(name = "shoumi.portal.vetting.before-hire-days", defaultValue = "180")
    int beforeHireDays;

    /** The officers' list shows reviews due within this many days (and every overdue one). */
    @Inject
    @ConfigProperty(name = "shoumi.portal.vetting.due-soon-days", defaultValue = "30")
    int dueSoonDays;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    Clock clock = Clock.systemUTC();

    /** Today in the unit's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(zone)));
    }

    public Intervals intervals() {
        return new Intervals(coreYears, importantYears, generalYears, beforeHireDays);
    }

    public int dueSoonDays() {
        return dueSoonDays;
    }

    /**
     * Records a vetting or review; returns its id. Refused ({@link VettingRefusedException}, naming the field) with
     * nothing stored. An unsatisfactory review has a 离岗 departure opened for the person in the same transaction
     * (unless one is open already).
     */
    public long record(VettingDraft d, String by) {
        return enter(d, by).id();
    }

    /**
     * As {@link #record}, and says whether the new entry corrected a review found 不合格 on the same day whose 离岗
     * departure is still open: then HR is told (the bell) to withdraw it, and the caller can say so on the page.
     */
    public VettingRecorded enter(VettingDraft d, String by) {
        if (d.employeeNo() == null || d.employeeNo().isBlank()) {
            throw refused(Reason.UNKNOWN_PERSON);
        }
        Employee person = Employee.byNumber(em, Texts.halfWidth(d.employeeNo())).getResultStream().findFirst()
                .orElseThrow(() -> refused(Reason.UNKNOWN_PERSON));
        if (Employee.isLoginOf(em, person, by)) {
            // no one records their own vetting or review (HR recorded her own 复审, approver 本人): another officer
            // or HR does, as for an officer's own personal-matter report
            throw refused(Reason.OWN_RECORD);
        }
        if (d.kind() == null) {
            throw refused(Reason.KIND_MISSING);
        }
        if (!d.kind().allows(d.result())) {
            throw refused(Reason.RESULT_INVALID);
        }
        if (person.getStatus() == EmployeeStatus.LEFT_UNIT) {
            throw refused(Reason.PERSON_LEFT_UNIT);
        }
        // a review of a person no longer in a secret post (离岗 after the 不合格 it corrects was approved; re-posted,
        // 待上岗) is accepted only as a correction: same kind and held day as a record on file, made while they were
        // (the vetting page asked for it and the form refused it; outside check)
        boolean reviewOutOfPost = d.kind() == VettingKind.REVIEW && (person.getStatus() != EmployeeStatus.ACTIVE
                || !person.getSecrecyClass().isSecretRelated());
        boolean correctionOutOfPost = reviewOutOfPost
                && VettingRules.correctsOnFile(held(person.getEmployeeNo()), d.kind(), d.heldOn());
        if (reviewOutOfPost && !correctionOutOfPost && person.getStatus() == EmployeeStatus.ONBOARDING) {
            // a review follows a post taken up: before it, the vetting counts (a 复审 of a 待上岗 hire opened a 离岗
            // for someone not yet in post; outside check)
            throw refused(Reason.NOT_YET_IN_POST);
        }
        if (reviewOutOfPost && !correctionOutOfPost) {
            throw refused(Reason.NOT_IN_SECRET_POST);
        }
        if (d.heldOn() == null) {
            throw refused(Reason.DAY_MISSING);
        }
        VettingRules.checkDay(d.kind(), d.heldOn(), person.getHireDate(), today(), intervals()).ifPresent(p -> {
            // a review's message is its own: it spoke of the 上岗审查's days before the hire (outside check)
            throw refused(p == VettingRules.DateProblem.IN_FUTURE ? Reason.DAY_IN_FUTURE
                    : d.kind() == VettingKind.REVIEW ? Reason.REVIEW_BEFORE_HIRE : Reason.DAY_BEFORE_HIRE);
        });
        String approver = required(d.approver(), VettingRecord.APPROVER_MAX, Reason.APPROVER_MISSING,
                Reason.APPROVER_TOO_LONG);
        String fileRef = required(d.fileRef(), VettingRecord.FILE_REF_MAX, Reason.FILE_REF_MISSING,
                Reason.FILE_REF_TOO_LONG);
        String note = Texts.clean(d.note());
        if (note != null && note.length() > VettingRecord.NOTE_MAX) {
            throw refused(Reason.NOTE_TOO_LONG);
        }
        // the same vetting recorded once: a form sent twice (a double click, a resent page) made two identical rows.
        // The person's row is locked so that two posts at once are counted one after the other
        em.lock(person, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        List<Held> before = held(person.getEmployeeNo());
        // the same entry again is the newest of its kind and day with the same result; an entry that corrects a
        // correction back (不合格, 合格, 不合格 again) is not a resent form
        boolean recorded = before.stream().filter(h -> h.kind() == d.kind() && h.on().equals(d.heldOn()))
                .max(Comparator.comparingLong(Held::sequence)).map(h -> h.result() == d.result()).orElse(false);
        if (recorded) {
            throw refused(Reason.ALREADY_RECORDED);
        }
        Optional<Held> corrected = VettingRules.corrects(before, d.kind(), d.heldOn(), d.result());
        // held before a record in force that rules over it, of its kind or of the other (a 通过 of yesterday entered
        // after a 未通过 of today; a 上岗审查 未通过 dated before a later 复审 合格): recorded, but the later-dated one stays
        // in force and this entry changes nothing about the person and opens no 离岗; the page says so (it said only
        // "已为 SM932 登记。" and the hire silently stayed off the waiting list, and the 未通过 opened a 离岗; outside checks)
        Optional<Held> laterInForce = VettingRules.laterInForce(tenure(person).of(before), d.kind(), d.heldOn(),
                d.result());
        VettingRecord record = new VettingRecord(person, d.kind(), d.heldOn(), d.result(), approver, fileRef, note, by,
                clock.instant());
        em.persist(record);
        em.flush();
        evidence.append(EvidenceKind.VETTING, record.getId());
        Long departure = null;
        Long waitingFor = null;
        ReviewUnsatisfactory.Wait waits = null;
        // a 上岗审查 not passed by someone already in post (raised into 核心 or 重要 while 在岗): they may not hold the
        // post, as after a review found 不合格 (it said "不得上岗" and left them in post, with nobody told; outside
        // check). A 待上岗 hire just does not take the post up: their home page says so
        boolean vettingFailedInPost = d.result() == VettingResult.NOT_PASSED
                && person.getStatus() == EmployeeStatus.ACTIVE;
        // a correction for someone no longer in post opens no 离岗: they are out of the post already (or re-posted,
        // waiting for a 上岗审查 of their own)
        if ((d.result() == VettingResult.UNSATISFACTORY || vettingFailedInPost) && laterInForce.isEmpty()
                && !correctionOutOfPost) {
            ReviewUnsatisfactory failed = new ReviewUnsatisfactory(record.getId(), person.getEmployeeNo(), d.heldOn(),
                    by, vettingFailedInPost);
            unsatisfactory.fire(failed);
            departure = failed.departureId();
            if (departure != null) {
                // HR carries the 离岗 out: told under the bell, as for a correction
                tellHr(person, d.heldOn(), vettingFailedInPost, departure);
            } else if (failed.waits() != null) {
                // something under way comes first (an open departure, a hand-over, a lowering that keeps the person
                // in post): HR is told what carries the review out, or that the 离岗 follows it (HR was told
                // nothing and the page said a 离岗 was opened; outside check)
                waitingFor = failed.waitingFor();
                waits = failed.waits();
                for (String login : accounts.enabledLoginsWith(Role.HR)) {
                    notifications.tell(login, "vetting.notice.waits." + (vettingFailedInPost ? "VETTING." : "REVIEW.")
                                    + waits.name(), List.of(person.getName(), person.getEmployeeNo(),
                                    d.heldOn().toString(), waitingFor.toString()),
                            "/departures/detail.xhtml?id=" + waitingFor);
                }
            }
        }
        // a 上岗审查 held before the current spell in the post (more than the allowed days before the hire, return
        // or raise) is recorded, but does not vet the person for this post: the page says so (outside check)
        LocalDate countsFrom = null;
        // a 上岗审查 held before the raise or return that started the spell, within the allowed days before it: it
        // counts for the class (it may precede the appointment, as for a hire), and the page says so, the day of the
        // raise beside it (it took the person off the waiting list without a word; outside check)
        LocalDate aheadOf = null;
        if (d.kind() == VettingKind.VETTING) {
            VettingRules.Tenure tenure = tenure(person);
            if (d.heldOn().isBefore(tenure.earliest())) {
                countsFrom = tenure.earliest();
            } else if (d.heldOn().isBefore(tenure.since()) && tenure.since().isAfter(person.getHireDate())
                    && d.result() == VettingResult.PASSED && laterInForce.isEmpty()) {
                aheadOf = tenure.since();
            }
        }
        Long toWithdraw = null;
        Long stands = null;
        if (corrected.isPresent()) {
            // the 离岗 the mistaken entry opened stays open until HR withdraws it: told, never closed behind HR
            ReviewCorrected correction = new ReviewCorrected(corrected.get().sequence(), person.getEmployeeNo(),
                    d.heldOn());
            this.corrected.fire(correction);
            toWithdraw = correction.departureId();
            // approved already: the correction does not undo it; HR may take the person back (按新上岗)
            stands = correction.approvedDepartureId();
            if (stands != null) {
                for (String login : accounts.enabledLoginsWith(Role.HR)) {
                    notifications.tell(login, "vetting.notice.corrected.approved", List.of(person.getName(),
                            person.getEmployeeNo(), d.heldOn().toString(), stands.toString()),
                            "/departures/detail.xhtml?id=" + stands);
                }
            }
            Long waited = correction.waitedForId();
            if (toWithdraw == null && stands == null && waited != null) {
                // the failure was waiting for a hand-over or a lowering, and HR was told its 离岗 would follow: told
                // now that none follows (the stale notice stood uncorrected; outside check)
                for (String login : accounts.enabledLoginsWith(Role.HR)) {
                    notifications.tell(login, corrected.get().kind() == VettingKind.VETTING
                                    ? "vetting.notice.corrected.waits.vetting" : "vetting.notice.corrected.waits",
                            List.of(person.getName(), person.getEmployeeNo(), d.heldOn().toString(), waited.toString()),
                            "/departures/detail.xhtml?id=" + waited);
                }
            }
            if (toWithdraw != null) {
                for (String login : accounts.enabledLoginsWith(Role.HR)) {
                    notifications.tell(login, corrected.get().kind() == VettingKind.VETTING
                                    ? "vetting.notice.corrected.vetting" : "vetting.notice.corrected", List.of(person.getName(),
                                    person.getEmployeeNo(), d.heldOn().toString(), toWithdraw.toString()),
                            "/departures/detail.xhtml?id=" + toWithdraw);
                }
            }
        }
        if (d.kind() == VettingKind.VETTING && d.result() == VettingResult.PASSED && corrected.isEmpty()) {
            // a 上岗审查 通过 of a later day ends a 未通过 that stood (the person is vetted for the post after all): the
            // 离岗 it opened may now be withdrawn, and its page said so, but HR was told nothing (left item)
            List<Held> after = held(person.getEmployeeNo());
            before.stream().filter(h -> h.kind() == VettingKind.VETTING && !h.result().favourable())
                    .filter(h -> VettingRules.stands(before, h) && !VettingRules.stands(after, h))
                    .forEach(h -> {
                        ReviewCorrected ended = new ReviewCorrected(h.sequence(), person.getEmployeeNo(), h.on());
                        this.corrected.fire(ended);
                        if (ended.departureId() != null) {
                            for (String login : accounts.enabledLoginsWith(Role.HR)) {
                                notifications.tell(login, "vetting.notice.vettingPassedLater", List.of(
                                        person.getName(), person.getEmployeeNo(), h.on().toString(),
                                        d.heldOn().toString(), ended.departureId().toString()),
                                        "/departures/detail.xhtml?id=" + ended.departureId());
                            }
                        }
                    });
        }
        // a favourable entry that corrects nothing leaves a failure that stands as it was (a later-dated 合格 or a
        // same-day 通过 of the other kind read as a correction on one page and as none on another; outside check)
        Optional<Held> failureStands = d.result().favourable() && corrected.isEmpty() && !correctionOutOfPost
                ? VettingRules.closing(current(person)) : Optional.empty();
        return new VettingRecorded(record.getId(), toWithdraw, departure, countsFrom, aheadOf,
                laterInForce.map(h -> new VettingRecorded.InForce(h.sequence(), h.kind(), h.on(), h.result()))
                        .orElse(null), stands, correctionOutOfPost, waitingFor, waits,
                failureStands.map(h -> new VettingRecorded.InForce(h.sequence(), h.kind(), h.on(), h.result()))
                        .orElse(null));
    }

    /** Tells HR under the bell that a 离岗 was opened for a review found 不合格 or a 上岗审查 not passed. */
    private void tellHr(Employee person, LocalDate heldOn, boolean vetting, long departure) {
        for (String login : accounts.enabledLoginsWith(Role.HR)) {
            notifications.tell(login, vetting ? "vetting.notice.departure.VETTING" : "vetting.notice.departure.REVIEW",
                    List.of(person.getName(), person.getEmployeeNo(), heldOn.toString(), Long.toString(departure)),
                    "/departures/detail.xhtml?id=" + departure);
        }
    }

    /**
     * The person's 复审 不合格 and 上岗审查 未通过 records that stand ({@link VettingRules#stands}, the one rule the vetting
     * page, its notices and the 离岗 opened after a hand-over also read), for the departures feature: a 离岗 one of them
     * opened is not withdrawn as opened by mistake, and its page says when the record was corrected.
     */
    void failureStandingAsked(@jakarta.enterprise.event.Observes FailureStandingAsked asked) {
        List<Held> records = held(asked.employeeNo());
        records.stream().filter(h -> !h.result().favourable()).forEach(h -> {
            if (VettingRules.stands(records, h)) {
                asked.standing(h.sequence(), h.on(), h.kind() == VettingKind.VETTING);
            } else {
                asked.corrected(h.sequence(), h.on(), h.kind() == VettingKind.VETTING);
            }
        });
    }

    /**
     * A departure ended and left the person in post (a hand-over confirmed, a lowering within the secret-related
     * classes approved, a departure withdrawn): when the record that rules for their current spell is a 复审 不合格 or
     * a 上岗审查 未通过 that stands ({@link VettingRules#closing}: a later-dated 合格 does not undo it), its 离岗 is opened now, HR is told, and the event says which. A
     * failed review recorded while a hand-over or a lowering was open left the person in post for good (outside
     * check).
     */
    void departureSettled(@jakarta.enterprise.event.Observes DepartureSettled settled) {
        Optional<Employee> found = Employee.byNumber(em, settled.employeeNo()).getResultStream().findFirst();
        if (found.isEmpty() || found.get().getStatus() != EmployeeStatus.ACTIVE
                || !found.get().getSecrecyClass().isSecretRelated()) {
            return;
        }
        Employee person = found.get();
        Optional<Held> closing = VettingRules.closing(current(person));
        if (closing.isEmpty()) {
            return;
        }
        boolean vetting = closing.get().kind() == VettingKind.VETTING;
        ReviewUnsatisfactory failed = new ReviewUnsatisfactory(closing.get().sequence(), person.getEmployeeNo(),
                closing.get().on(), settled.by(), vetting);
        unsatisfactory.fire(failed);
        if (failed.departureId() != null) {
            tellHr(person, closing.get().on(), vetting, failed.departureId());
            settled.followedBy(failed.departureId());
        }
    }

    /** The person's vettings and reviews, oldest first (for the secrecy office, HR and auditors). */
    public List<VettingRow> history(String employeeNo) {
        if (employeeNo == null) {
            return List.of();
        }
        // as typed or as stored: "sm002" or "ＳＭ００２" is SM002
        return Employee.byNumber(em, Texts.halfWidth(employeeNo)).getResultStream().findFirst()
                .map(p -> VettingRow.of(em.createNamedQuery(VettingRecord.OF_PERSON, VettingRecord.class)
                        .setParameter("employeeNo", p.getEmployeeNo()).getResultList(), tenure(p)))
                .orElse(List.of());
    }

    /** Every record, by person and day (the records workbook). */
    public List<VettingRow> all() {
        // each person's records marked among their own (a same-day correction supersedes the entry before it)
        List<VettingRecord> records = em.createNamedQuery(VettingRecord.ALL, VettingRecord.class).getResultList();
        Map<Long, List<VettingRecord>> byPerson = new HashMap<>();
        records.forEach(v -> byPerson.computeIfAbsent(v.getEmployee().getId(), k -> new ArrayList<>()).add(v));
        Map<Long, VettingRow> rows = new HashMap<>();
        // and the one in force of each kind among those of the person's current spell
        Map<Long, List<VettingRules.Step>> steps = steps();
        byPerson.values().forEach(own -> {
            Employee p = own.get(0).getEmployee();
            VettingRules.Tenure spell = VettingRules.tenure(p.getHireDate(), steps.getOrDefault(p.getId(), List.of()),
                    intervals());
            VettingRow.of(own, spell).forEach(r -> rows.put(r.id(), r));
        });
        return records.stream().map(v -> rows.get(v.getId())).toList();
    }

    /**
     * Whether the person's onboarding pledge must wait for their vetting: class 核心 or 重要 and no passed vetting
     * on record for their current spell in the post (a hire's, or one held since they returned or were raised into
     * the class: see {@link VettingRules#tenure}). False for an unknown staff number.
     */
    public boolean vettingMissing(String employeeNo) {
        if (employeeNo == null) {
            return false;
        }
        return Employee.byNumber(em, employeeNo)
                .getResultStream().findFirst()
                .map(p -> VettingRules.vettingMissing(p.getSecrecyClass(), current(p)))
                .orElse(false);
    }

    /**
     * A person in post waiting for the 上岗审查 of the class they were raised into (or returned to): since that day,
     * in that class ({@link VettingRules#awaitedSince}).
     */
    public record Awaited(LocalDate since, SecrecyClass secrecyClass) implements java.io.Serializable {
    }

    /**
     * Whether the person is in post and waits for the 上岗审查 of the class they were raised into (or returned to),
     * the one the vetting page lists under 在岗、涉密类别调升后等待上岗审查的人员; empty otherwise and for an unknown staff
     * number. Their earlier vetting does not count for it.
     */
    public Optional<Awaited> awaitedInPost(String employeeNo) {
        if (employeeNo == null) {
            return Optional.empty();
        }
        return Employee.byNumber(em, Texts.halfWidth(employeeNo)).getResultStream().findFirst()
                .flatMap(p -> VettingRules.awaitedSince(p.getStatus(), p.getSecrecyClass(), p.getHireDate(), tenure(p),
                        held(p.getEmployeeNo())).map(since -> new Awaited(since, p.getSecrecyClass())));
    }

    /** Whether the person's newest vetting (上岗审查) says not passed; false for an unknown staff number. */
    public boolean vettingNotPassed(String employeeNo) {
        if (employeeNo == null) {
            return false;
        }
        return Employee.byNumber(em, employeeNo).getResultStream().findFirst()
                .map(p -> VettingRules.vettingNotPassed(current(p))).orElse(false);
    }

    /**
     * For the person behind a login (their home page): whether they are onboarding and their newest vetting says
     * not passed (the home page said it was still waiting to be recorded).
     */
    public boolean vettingNotPassedFor(String username) {
        return onboarding(username).map(p -> VettingRules.vettingNotPassed(current(p))).orElse(false);
    }

    private Optional<Employee> onboarding(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select e from Account a join a.employee e where a.username = :u", Employee.class)
                .setParameter("u", username).getResultStream().findFirst()
                .filter(p -> p.getStatus() == EmployeeStatus.ONBOARDING);
    }

    /**
     * For the person behind a login (their home page): whether their onboarding waits for the secrecy office to
     * record their vetting; false for anyone not onboarding.
     */
    public boolean vettingPendingFor(String username) {
        if (username == null) {
            return false;
        }
        return onboarding(username).map(p -> {
            List<Held> records = current(p);
            // a vetting not passed is not "waiting to be recorded": the home page says it was not passed
            return VettingRules.vettingMissing(p.getSecrecyClass(), records) && !VettingRules.vettingNotPassed(records);
        }).orElse(false);
    }

    /**
     * A person raised into 核心 or 重要 (a change of class, in the change's transaction), or taken back onto such a
     * post after leaving one (离岗 → 待上岗), without a passed vetting on record for the new post: the secrecy officers
     * are told to vet them. The change form raised a class at once and nothing asked for the vetting that a hire of
     * that class waits for (found by an outside check).
     */
    void personnelChanged(@jakarta.enterprise.event.Observes org.shoumi.portal.events.PersonnelChanged changed) {
        PersonnelChange change = em.find(PersonnelChange.class, changed.changeId());
        if (change != null && change.getOldClass() != null && change.getNewClass() != null
                && VettingRules.vettingRequired(change.getOldClass())
                && !VettingRules.vettingRequired(change.getNewClass())) {
            if (VettingRules.vettingMissing(change.getOldClass(), current(change.getEmployee()))) {
                noLongerNeeded(change.getEmployee());
            }
            return;
        }
        if (change == null || change.getNewClass() == null || !VettingRules.vettingRequired(change.getNewClass())) {
            return;
        }
        // a hire into 核心 or 重要 waits for its 上岗审查 just the same: nobody was told, and the onboarding stalled
        // at the pledge (outside check)
        boolean hired = change.getOldClass() == null;
        boolean returned = change.getOldStatus() == EmployeeStatus.LEFT_POST
                && change.getNewStatus() == EmployeeStatus.ONBOARDING;
        // a raise from 重要 to 核心 needs a 上岗审查 of its own as well (VettingRules.raisesIntoVetting): nobody was told
        // (outside check)
        if (!hired && !VettingRules.raisesIntoVetting(change.getOldClass(), change.getNewClass()) && !returned) {
            return;
        }
        Employee person = change.getEmployee();
        if (!VettingRules.vettingMissing(change.getNewClass(), current(person))) {
            return;
        }
        for (String officer : accounts.enabledLoginsWith(Role.SECRECY_OFFICER)) {
            notifications.tell(officer, hired ? "vetting.notice.hired" : "vetting.notice.raised",
                    List.of(person.getName(), person.getEmployeeNo(), change.getNewClass().name()),
                    "/vetting/manage.xhtml?no=" + person.getEmployeeNo());
        }
    }

    /**
     * A person still waiting for their vetting moved from 核心 or 重要 to a class that needs none (a hire corrected
     * before taking up the post, 上岗前更正, or lowered by an approved departure): the officers told to vet them are
     * told it is no longer needed. They dropped off the waiting list, but the bell still
     * asked for the vetting with a link to it and nothing said otherwise (outside check). Only those told are told,
     * once each.
     */
    private void noLongerNeeded(Employee person) {
        String link = "/vetting/manage.xhtml?no=" + person.getEmployeeNo();
        for (String officer : notifications.toldOf(link, List.of("vetting.notice.hired", "vetting.notice.raised"))) {
            notifications.tell(officer, "vetting.notice.notNeeded",
                    List.of(person.getName(), person.getEmployeeNo()), null);
        }
    }

    /**
     * Whether a change of class raises the person into 核心 or 重要 from a lower class, which needs a 上岗审查 of its own
     * ({@link VettingRules#raisesIntoVetting}: 重要 → 核心 too).
     */
    public static boolean raisedIntoVetting(SecrecyClass from, SecrecyClass to) {
        return VettingRules.raisesIntoVetting(from, to);
    }

    /** Whether a person of this class needs a passed 上岗审查 before the onboarding pledge (核心 and 重要). */
    public static boolean neededBeforePost(SecrecyClass c) {
        return c != null && VettingRules.vettingRequired(c);
    }

    /**
     * The people waiting for their 上岗审查: not yet in post (待上岗), in 核心 or 重要, with no passed vetting for this
     * spell in the post and none found not passed; oldest hire first. The vetting page listed only reviews due, so
     * a hire appeared nowhere until someone typed their staff number (outside check).
     */
    public List<AwaitedVetting> awaited() {
        List<Employee> people = em.createQuery("select e from Employee e join fetch e.department "
                        + "where e.status = :status and e.secrecyClass in :classes "
                        + "order by e.hireDate, e.employeeNo", Employee.class)
                .setParameter("status", EmployeeStatus.ONBOARDING)
                .setParameter("classes", List.of(SecrecyClass.CORE, SecrecyClass.IMPORTANT))
                .getResultList();
        // a person whose class is being left by a 离岗 or 离职 under way (set to 非涉密 after a re-post) waits for no
        // 上岗审查 (they stayed listed; outside check)
        org.shoumi.portal.events.DeparturesUnderWayAsked leaving = new org.shoumi.portal.events.DeparturesUnderWayAsked(
                people.stream().map(Employee::getEmployeeNo).collect(java.util.stream.Collectors.toSet()));
        underWayAsked.fire(leaving);
        List<AwaitedVetting> awaited = new ArrayList<>();
        for (Employee p : people) {
            if (leaving.isUnderWay(p.getEmployeeNo())) {
                continue;
            }
            VettingRules.Tenure tenure = tenure(p);
            List<Held> records = tenure.of(held(p.getEmployeeNo()));
            if (VettingRules.vettingMissing(p.getSecrecyClass(), records)
                    && !VettingRules.vettingNotPassed(records)) {
                // the day the spell began, from which the vetting's days are counted: the hire date, or the return
                // of a re-post (the list gave a re-posted person's hire date of years ago; outside check)
                awaited.add(new AwaitedVetting(p.getEmployeeNo(), p.getName(), p.getDepartment().getName(),
                        p.getDepartment().getNameEn(), p.getSecrecyClass(), p.getHireDate(), tenure.since()));
            }
        }
        return awaited;
    }

    /**
     * The people in post (在岗) raised into 核心 or 重要 by a change of class who wait for their 上岗审查: no passed
     * vetting for the class since the raise and none found not passed; earliest raise first. The officers are told
     * of the raise (the bell), but the page listed only hires not yet in post and reviews due, so it offered nothing
     * to act on (outside check).
     */
    public List<RaisedUnvetted> raisedUnvetted() {
        // raised into the class from a lower one: 重要 → 核心 too (a 上岗审查 held for 重要 does not vet for 核心)
        List<Employee> people = em.createQuery("select distinct e from PersonnelChange c join c.employee e "
                        + "where e.status = :status and e.secrecyClass in :classes and c.newClass in :classes "
                        + "and c.oldClass is not null and (c.oldClass not in :classes "
                        + "or c.newClass = :core and c.oldClass = :important)", Employee.class)
                .setParameter("status", EmployeeStatus.ACTIVE)
                .setParameter("classes", List.of(SecrecyClass.CORE, SecrecyClass.IMPORTANT))
                .setParameter("core", SecrecyClass.CORE).setParameter("important", SecrecyClass.IMPORTANT)
                .getResultList();
        List<RaisedUnvetted> raised = new ArrayList<>();
        for (Employee p : people) {
            VettingRules.Tenure tenure = tenure(p);
            if (VettingRules.awaitedInPost(p.getStatus(), p.getSecrecyClass(), tenure.of(held(p.getEmployeeNo())))) {
                raised.add(new RaisedUnvetted(p.getEmployeeNo(), p.getName(), p.getDepartment().getName(),
                        p.getDepartment().getNameEn(), p.getSecrecyClass(), tenure.since()));
            }
        }
        raised.sort(Comparator.comparing(RaisedUnvetted::since).thenComparing(RaisedUnvetted::employeeNo));
        return raised;
    }

    /** Reviews overdue or due within the configured days, most urgent first. */
    public List<DueReview> due() {
        return due(today(), dueSoonDays);
    }

    /** Reviews overdue on {@code today} or due within {@code days} of it, most urgent first. */
    public List<DueReview> due(LocalDate today, int days) {
        return schedule(today).stream().filter(r -> VettingRules.dueWithin(r.dueOn(), today, days)).toList();
    }

    /**
     * The daily notice: tells every secrecy officer (the bell) of each review that is overdue on {@code today} and
     * not yet told for that person and due day; returns how many people were told of. Run again the same day (or
     * later, while the due day stays the same) it tells nothing twice.
     */
    public int notifyOverdue(LocalDate today) {
        List<String> officers = accounts.enabledLoginsWith(Role.SECRECY_OFFICER);
        int told = 0;
        for (DueReview r : schedule(today)) {
            if (!r.overdue()) {
                continue;
            }
            boolean sent = em.createQuery("select count(n) from ReviewNotice n where n.employeeNo = :no "
                            + "and n.dueOn = :due", Long.class).setParameter("no", r.employeeNo())
                    .setParameter("due", r.dueOn()).getSingleResult() > 0;
            if (sent) {
                continue;
            }
            em.persist(new ReviewNotice(r.employeeNo(), r.dueOn(), clock.instant()));
            for (String officer : officers) {
                notifications.tell(officer, "vetting.notice.overdue",
                        List.of(r.name(), r.employeeNo(), r.dueOn().toString()),
                        "/vetting/manage.xhtml?no=" + r.employeeNo());
            }
            told++;
        }
        return told;
    }

    /**
     * Everyone due a review some day, with the day, soonest first: people in post (在岗) only. A 待上岗 person was
     * listed (by their hire date, years overdue) and rang the officers' bells for a review the form then refused.
     */
    private List<DueReview> schedule(LocalDate today) {
        List<Employee> people = em.createQuery("select e from Employee e join fetch e.department "
                        + "where e.status in :statuses and e.secrecyClass in :classes", Employee.class)
                .setParameter("statuses", List.of(EmployeeStatus.ACTIVE))
                .setParameter("classes", List.of(SecrecyClass.CORE, SecrecyClass.IMPORTANT, SecrecyClass.GENERAL))
                .getResultList();
        Map<Long, List<Held>> records = new HashMap<>();
        em.createQuery("select v.employee.id, v.kind, v.heldOn, v.result, v.id from VettingRecord v", Object[].class)
                .getResultList().forEach(row -> records.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(new Held((VettingKind) row[1], (LocalDate) row[2], (VettingResult) row[3], (Long) row[4])));
        Map<Long, List<VettingRules.Step>> steps = steps();
        Intervals intervals = intervals();
        List<DueReview> due = new ArrayList<>();
        for (Employee p : people) {
            // the records of the person's current spell in the post: a returnee's old ones start no schedule
            VettingRules.Tenure tenure = VettingRules.tenure(p.getHireDate(), steps.getOrDefault(p.getId(), List.of()),
                    intervals);
            List<Held> of = tenure.of(records.getOrDefault(p.getId(), List.of()));
            // a review found 不合格 opened the person's 离岗: no further review is due (the page named one two years
            // on); the later entry of a day counts, so a same-day correction keeps the person on the schedule
            if (VettingRules.closing(of).isPresent()) {
                continue;
            }
            LocalDate held = VettingRules.lastHeld(of).orElse(null);
            VettingRules.nextReview(p.getSecrecyClass(), p.getStatus(), tenure.since(), held, intervals)
                    .ifPresent(day -> due.add(new DueReview(p.getEmployeeNo(), p.getName(),
                            p.getDepartment().getName(), p.getDepartment().getNameEn(), p.getSecrecyClass(), held, day,
                            VettingRules.overdue(day, today))));
        }
        due.sort(Comparator.comparing(DueReview::dueOn).thenComparing(DueReview::employeeNo));
        return due;
    }

    /** Everyone's history as the rules see it, by person id, oldest first. */
    private Map<Long, List<VettingRules.Step>> steps() {
        Map<Long, List<VettingRules.Step>> steps = new HashMap<>();
        em.createQuery("select c.employee.id, c.effectiveOn, c.oldClass, c.newClass, c.oldStatus, c.newStatus, "
                        + "c.source from PersonnelChange c order by c.changedAt, c.id", Object[].class)
                .getResultList().forEach(row -> steps.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(step(row)));
        return steps;
    }

    /** A history entry as the rules see it, from (id, effective day, classes, statuses, source). */
    private static VettingRules.Step step(Object[] row) {
        return new VettingRules.Step((LocalDate) row[1], (SecrecyClass) row[2], (SecrecyClass) row[3],
                (EmployeeStatus) row[4], (EmployeeStatus) row[5], row[6] == ChangeSource.RAISE_CORRECTION);
    }

    /**
     * Names the entries of a person's history that hold a class they were raised into in post, or re-posted into from
     * 离岗, and never took up (no passed 上岗审查 while they held it: {@link VettingRules#notTakenUp}), for the 脱密期's
     * look-back, and which of them are raises in post for the change form (a mistaken raise in post set back is a
     * correction, not a departure).
     */
    void raisesAsked(@jakarta.enterprise.event.Observes org.shoumi.portal.employees.boundary.RaisesNotTakenUp asked) {
        Employee p = asked.person();
        List<Object[]> rows = em.createQuery("select c.id, c.effectiveOn, c.oldClass, c.newClass, c.oldStatus, "
                        + "c.newStatus, c.source from PersonnelChange c where c.employee = :e order by c.changedAt, c.id",
                        Object[].class).setParameter("e", p).getResultList();
        List<VettingRules.Step> steps = rows.stream().map(Vettings::step).toList();
        List<Held> records = held(p.getEmployeeNo());
        java.util.Set<Integer> inPost = VettingRules.notTakenUpInPost(steps, records, intervals());
        VettingRules.notTakenUp(steps, records, intervals())
                .forEach(i -> asked.notTakenUp((Long) rows.get(i)[0], inPost.contains(i)));
    }

    /** The person's current spell in the post, from their history (see {@link VettingRules#tenure}). */
    private VettingRules.Tenure tenure(Employee p) {
        List<VettingRules.Step> steps = em.createQuery("select c.employee.id, c.effectiveOn, c.oldClass, c.newClass, "
                        + "c.oldStatus, c.newStatus, c.source from PersonnelChange c where c.employee = :e "
                        + "order by c.changedAt, c.id", Object[].class).setParameter("e", p)
                .getResultStream().map(Vettings::step).toList();
        return VettingRules.tenure(p.getHireDate(), steps, intervals());
    }

    /** The person's records of their current spell in the post, in entry order. */
    private List<Held> current(Employee p) {
        return tenure(p).of(held(p.getEmployeeNo()));
    }

    private List<Held> held(String employeeNo) {
        return em.createNamedQuery(VettingRecord.OF_PERSON, VettingRecord.class)
                .setParameter("employeeNo", employeeNo).getResultStream()
                .map(v -> new Held(v.getKind(), v.getHeldOn(), v.getResult(), v.getId())).toList();
    }

    /**
     * Where the person stands for their next review: due on a day, no longer scheduled after a review found 不合格
     * or a vetting not passed, not due, or unknown.
     */
    public ReviewOutlook outlook(String employeeNo) {
        Optional<Employee> person = employeeNo == null ? Optional.empty()
                : Employee.byNumber(em, Texts.halfWidth(employeeNo)).getResultStream().findFirst();
        if (person.isEmpty()) {
            return new ReviewOutlook(ReviewOutlook.State.UNKNOWN, null);
        }
        Employee p = person.get();
        VettingRules.Tenure tenure = tenure(p);
        List<Held> records = tenure.of(held(p.getEmployeeNo()));
        Optional<Held> closing = VettingRules.closing(records);
        if (closing.isPresent()) {
            return new ReviewOutlook(closing.get().result() == VettingResult.UNSATISFACTORY
                    ? ReviewOutlook.State.REVIEW_FAILED : ReviewOutlook.State.VETTING_NOT_PASSED, closing.get().on());
        }
        Optional<LocalDate> awaited = VettingRules.awaitedSince(p.getStatus(), p.getSecrecyClass(), p.getHireDate(),
                tenure, held(p.getEmployeeNo()));
        if (awaited.isPresent()) {
            // raised into 核心 or 重要 (or back in post) without a passed 上岗审查 for it: the page named the next
            // review two years on, while the officers' bell asked for the 上岗审查 (outside check)
            return new ReviewOutlook(ReviewOutlook.State.IN_POST_VETTING_MISSING, awaited.get());
        }
        if (p.getStatus() == EmployeeStatus.ONBOARDING && p.getSecrecyClass().isSecretRelated()) {
            // not yet in post: no review is due; the page says whether the 上岗审查 they wait for is missing
            return new ReviewOutlook(VettingRules.vettingMissing(p.getSecrecyClass(), records)
                    ? ReviewOutlook.State.ONBOARDING_VETTING_MISSING : ReviewOutlook.State.ONBOARDING, null);
        }
        return VettingRules.nextReview(p.getSecrecyClass(), p.getStatus(), tenure.since(),
                        VettingRules.lastHeld(records).orElse(null), intervals())
                .map(day -> new ReviewOutlook(ReviewOutlook.State.DUE, day))
                .orElse(new ReviewOutlook(ReviewOutlook.State.NOT_DUE, null));
    }

    /** The person's next review day, if due at all. */
    public Optional<LocalDate> nextReview(String employeeNo) {
        String no = Employee.canonicalNumber(employeeNo);
        return schedule(today()).stream().filter(r -> r.employeeNo().equalsIgnoreCase(no)).findFirst()
                .map(DueReview::dueOn);
    }

    private static String required(String value, int max, Reason missing, Reason tooLong) {
        String stripped = Texts.clean(value);
        if (stripped == null) {
            throw refused(missing);
        }
        if (stripped.length() > max) {
            throw refused(tooLong);
        }
        return stripped;
    }

    private static VettingRefusedException refused(Reason reason) {
        return new VettingRefusedException(reason);
    }
}
