package org.shoumi.portal.web.travel;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.shoumi.portal.employees.entity.StaffNumber;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.travel.boundary.Travel;
import org.shoumi.portal.travel.boundary.TravelRefusedException;
import org.shoumi.portal.travel.boundary.TravelRows;
import org.shoumi.portal.travel.boundary.TripDraft;
import org.shoumi.portal.travel.control.CountryCodes;
import org.shoumi.portal.travel.control.Refusal;
import org.shoumi.portal.travel.entity.PassportAction;
import org.shoumi.portal.travel.entity.PurposeCategory;
import org.shoumi.portal.travel.entity.TripStatus;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.Allowed;
import org.shoumi.portal.web.shared.CurrentPerson;
import org.shoumi.portal.web.shared.LocaleSelection;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.Once;
import org.shoumi.portal.web.shared.Times;

/**
 * The secrecy office's travel page: requests waiting for the briefing or the decision, recording the briefing,
 * approving or refusing, approved trips ahead, trips awaiting the debrief, and the passport custody log with who
 * holds which passport now (overdue ones marked). The auditor reads it; the forms are the officer's.
 */
@Named
@ViewScoped
public class TravelManageView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/travel/manage";
    private static final String REFUSED = "travel.refused.";

    @Inject
    Travel travel;

    @Inject
    ExternalContext external;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    Times times;

    private List<TravelRows.Trip> pending = List.of();
    private List<TravelRows.Trip> upcoming = List.of();
    private List<TravelRows.Trip> awaitingDebrief = List.of();
    private List<TravelRows.Holder> holders = List.of();
    private List<TravelRows.Passport> log = List.of();

    private Long briefingTrip;
    private LocalDate briefingDay;
    private String givenBy;

    private Long decisionTrip;
    private String reason;

    private List<TravelRows.Trip> leaversWithdrawable = List.of();
    private Long withdrawalTrip;
    private String withdrawalReference;
    private List<TravelRows.Trip> leaversDebriefable = List.of();
    private Long debriefTrip;
    private LocalDate debriefReturnedOn;
    private String debriefReference;

    @StaffNumber
    private String paperEmployeeNo;
    private String paperCountry;
    private LocalDate paperDeparture;
    private LocalDate paperReturn;
    private PurposeCategory paperPurpose;
    private String paperReference;
    private String paperNote;

    @StaffNumber

    private String passportEmployeeNo;
    private PassportAction passportAction;
    private LocalDate passportDay;
    private String passportNote;

    @PostConstruct
    void init() {
        reload();
        briefingDay = travel.today();
        passportDay = briefingDay;
    }

    private void reload() {
        pending = travel.pending();
        upcoming = travel.approvedUpcoming();
        awaitingDebrief = travel.awaitingDebrief();
        holders = travel.holders();
        log = travel.passportLog();
        leaversWithdrawable = travel.leaversWithdrawable();
        leaversDebriefable = travel.leaversDebriefable();
    }

    @Allowed(Role.SECRECY_OFFICER)
    public String recordBriefing() {
        return actions.run(() -> travel.recordBriefing(briefingTrip == null ? -1 : briefingTrip, briefingDay, givenBy,
                external.getRemoteUser()), "travel.manage.briefed", PAGE, REFUSED);
    }

    /**
     * Approves; says the person was told only when they were: someone with no login (a leaver whose paper request
     * it is) must be told in writing (outside check: "已批准，并已通知本人" although nobody was told).
     */
    @Allowed(Role.SECRECY_OFFICER)
    public String approve() {
        return actions.attempt(() -> {
            boolean told = travel.approve(decisionTrip == null ? -1 : decisionTrip, external.getRemoteUser());
            messages.info(told ? "travel.manage.approved" : "travel.manage.approvedTellInWriting");
            return Actions.redirect(PAGE);
        }, REFUSED);
    }

    /** Refuses; as {@link #approve}, the message says whether the person was told or must be told in writing. */
    @Allowed(Role.SECRECY_OFFICER)
    public String refuse() {
        return actions.attempt(() -> {
            boolean told = travel.refuse(decisionTrip == null ? -1 : decisionTrip, reason, external.getRemoteUser());
            messages.info(told ? "travel.manage.refused" : "travel.manage.refusedTellInWriting");
            return Actions.redirect(PAGE);
        }, REFUSED);
    }

    /**
     * Records a leaver's paper request (纸质申请): someone who has left the unit under a running 脱密期 has no login to
     * ask with (outside check). The request then waits for the briefing and the decision like any other.
     */
    @Allowed(Role.SECRECY_OFFICER)
    @Once
    public String recordPaperRequest() {
        return actions.attempt(() -> {
            try {
                travel.recordPaperRequest(paperEmployeeNo, new TripDraft(paperCountry, paperDeparture, paperReturn,
                        paperPurpose, paperNote), paperReference, external.getRemoteUser());
            } catch (TravelRefusedException refused) {
                if (!overlap(refused)) {
                    throw refused;
                }
                // the officer's own words: the leaver's request, the country by name (outside check: "您的第 5 号申请
                // （FR，…）…请先撤回该申请" spoke to the officer as if to the person)
                List<Object> args = refused.args();
                messages.error("travel.manage.paper.refused." + refused.reason().name(), args.get(0),
                        countryName(String.valueOf(args.get(1))), args.get(2), args.get(3));
                return null;
            }
            messages.info("travel.manage.paper.recorded");
            return Actions.redirect(PAGE);
        }, REFUSED);
    }

    /** A refusal naming the person's request that overlaps (its no., country code, days). */
    private static boolean overlap(TravelRefusedException refused) {
        return (refused.reason() == Refusal.ALREADY_REQUESTED || refused.reason() == Refusal.OVERLAPS_REQUEST)
                && refused.args().size() >= 4;
    }

    /**
     * Records a leaver's withdrawal of their request (on paper, or a reason): they have no login to withdraw with
     * (outside check: an approved trip stayed approved).
     */
    @Allowed(Role.SECRECY_OFFICER)
    @Once
    public String recordLeaverWithdrawal() {
        return actions.run(() -> travel.recordLeaverWithdrawal(withdrawalTrip == null ? -1 : withdrawalTrip,
                withdrawalReference, external.getRemoteUser()), "travel.manage.leaverWithdrawal.recorded", PAGE,
                REFUSED);
    }

    /** Leavers' requests whose withdrawal the officer may record: every one but the officer's own. */
    public List<TravelRows.Trip> getLeaversWithdrawable() {
        return notOwn(leaversWithdrawable);
    }

    public Long getWithdrawalTrip() {
        return withdrawalTrip;
    }

    public void setWithdrawalTrip(Long withdrawalTrip) {
        this.withdrawalTrip = withdrawalTrip;
    }

    public String getWithdrawalReference() {
        return withdrawalReference;
    }

    public void setWithdrawalReference(String withdrawalReference) {
        this.withdrawalReference = withdrawalReference;
    }

    /**
     * Records a leaver's report after the return handed in on paper (its reference and the actual return day): they
     * have no login to report with (outside check: their trip stayed 已回国、待报告 for ever).
     */
    @Allowed(Role.SECRECY_OFFICER)
    @Once
    public String recordLeaverDebrief() {
        return actions.run(() -> travel.recordLeaverDebrief(debriefTrip == null ? -1 : debriefTrip, debriefReturnedOn,
                debriefReference, external.getRemoteUser()), "travel.manage.leaverDebrief.recorded", PAGE, REFUSED);
    }

    /** Leavers' trips whose report after the return the officer may record: every one but the officer's own. */
    public List<TravelRows.Trip> getLeaversDebriefable() {
        return notOwn(leaversDebriefable);
    }

    /** The trips of others: no officer acts on their own trip. */
    private List<TravelRows.Trip> notOwn(List<TravelRows.Trip> trips) {
        String me = currentPerson.employeeNo().orElse(null);
        return trips.stream().filter(t -> !t.employeeNo().equals(me)).toList();
    }

    public Long getDebriefTrip() {
        return debriefTrip;
    }

    public void setDebriefTrip(Long debriefTrip) {
        this.debriefTrip = debriefTrip;
    }

    public LocalDate getDebriefReturnedOn() {
        return debriefReturnedOn;
    }

    public void setDebriefReturnedOn(LocalDate debriefReturnedOn) {
        this.debriefReturnedOn = debriefReturnedOn;
    }

    public String getDebriefReference() {
        return debriefReference;
    }

    public void setDebriefReference(String debriefReference) {
        this.debriefReference = debriefReference;
    }

    /** The country codes, sorted by their names in the user's language. */
    public List<String> getCountries() {
        return CountryCodes.sortedByName(localeSelection.getLocale());
    }

    public PurposeCategory[] getPurposes() {
        return PurposeCategory.values();
    }

    public String getPaperEmployeeNo() {
        return paperEmployeeNo;
    }

    public void setPaperEmployeeNo(String paperEmployeeNo) {
        this.paperEmployeeNo = paperEmployeeNo;
    }

    public String getPaperCountry() {
        return paperCountry;
    }

    public void setPaperCountry(String paperCountry) {
        this.paperCountry = paperCountry;
    }

    public LocalDate getPaperDeparture() {
        return paperDeparture;
    }

    public void setPaperDeparture(LocalDate paperDeparture) {
        this.paperDeparture = paperDeparture;
    }

    public LocalDate getPaperReturn() {
        return paperReturn;
    }

    public void setPaperReturn(LocalDate paperReturn) {
        this.paperReturn = paperReturn;
    }

    public PurposeCategory getPaperPurpose() {
        return paperPurpose;
    }

    public void setPaperPurpose(PurposeCategory paperPurpose) {
        this.paperPurpose = paperPurpose;
    }

    public String getPaperReference() {
        return paperReference;
    }

    public void setPaperReference(String paperReference) {
        this.paperReference = paperReference;
    }

    public String getPaperNote() {
        return paperNote;
    }

    public void setPaperNote(String paperNote) {
        this.paperNote = paperNote;
    }

    @Allowed(Role.SECRECY_OFFICER)
    public String recordPassport() {
        return actions.run(() -> travel.recordPassport(passportEmployeeNo, passportAction, passportDay, passportNote,
                external.getRemoteUser()), "travel.passport.recorded", PAGE, REFUSED);
    }

    /**
     * Waiting requests without a briefing: the briefing form offers these, but never the officer's own (another officer
     * briefs and decides; the own request was offered and choosing it was refused, outside check).
     */
    public List<TravelRows.Trip> getToBrief() {
        return getToDecide().stream().filter(t -> t.status() == TripStatus.REQUESTED).toList();
    }

    /** Waiting requests the decision form offers: every one but the officer's own. */
    public List<TravelRows.Trip> getToDecide() {
        return notOwn(pending);
    }

    /** Whether one of the waiting requests is the officer's own: the page says another officer handles it. */
    public boolean isOwnPending() {
        return pending.size() != getToDecide().size();
    }

    public String countryName(String code) {
        return CountryCodes.name(code, localeSelection.getLocale());
    }

    public String time(Instant at) {
        return times.format(at);
    }

    /** A request as one line of a select list: number, person, destination and days. */
    public String label(TravelRows.Trip t) {
        return "#" + t.id() + " " + t.name() + " (" + t.employeeNo() + ") " + countryName(t.country()) + " "
                + t.departureDay() + " – " + t.returnDay();
    }

    public PassportAction[] getPassportActions() {
        return PassportAction.values();
    }

    public int getPassportReturnDays() {
        return travel.passportReturnDays();
    }

    public List<TravelRows.Trip> getPending() {
        return pending;
    }

    public List<TravelRows.Trip> getUpcoming() {
        return upcoming;
    }

    public List<TravelRows.Trip> getAwaitingDebrief() {
        return awaitingDebrief;
    }

    public List<TravelRows.Holder> getHolders() {
        return holders;
    }

    public List<TravelRows.Passport> getLog() {
        return log;
    }

    public Long getBriefingTrip() {
        return briefingTrip;
    }

    public void setBriefingTrip(Long briefingTrip) {
        this.briefingTrip = briefingTrip;
    }

    public LocalDate getBriefingDay() {
        return briefingDay;
    }

    public void setBriefingDay(LocalDate briefingDay) {
        this.briefingDay = briefingDay;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public void setGivenBy(String givenBy) {
        this.givenBy = givenBy;
    }

    public Long getDecisionTrip() {
        return decisionTrip;
    }

    public void setDecisionTrip(Long decisionTrip) {
        this.decisionTrip = decisionTrip;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getPassportEmployeeNo() {
        return passportEmployeeNo;
    }

    public void setPassportEmployeeNo(String passportEmployeeNo) {
        this.passportEmployeeNo = passportEmployeeNo;
    }

    public PassportAction getPassportAction() {
        return passportAction;
    }

    public void setPassportAction(PassportAction passportAction) {
        this.passportAction = passportAction;
    }

    public LocalDate getPassportDay() {
        return passportDay;
    }

    public void setPassportDay(LocalDate passportDay) {
        this.passportDay = passportDay;
    }

    public String getPassportNote() {
        return passportNote;
    }

    public void setPassportNote(String passportNote) {
        this.passportNote = passportNote;
    }
}
