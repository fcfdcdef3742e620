package org.shoumi.portal.web.departures;

import org.shoumi.portal.web.shared.Once;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.omnifaces.cdi.ViewScoped;
import org.shoumi.portal.departures.boundary.DepartureDetail;
import org.shoumi.portal.departures.boundary.DepartureRefusedException;
import org.shoumi.portal.security.boundary.AccountRefusedException;
import org.shoumi.portal.departures.boundary.Departures;
import org.shoumi.portal.departures.control.PostExitPeriodPolicy.Span;
import org.shoumi.portal.departures.entity.CarrierKind;
import org.shoumi.portal.departures.entity.PeriodAdjustment;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.Allowed;
import org.shoumi.portal.web.shared.ChangesNothing;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.NotFound;

/**
 * One departure and its exit checklist: add carriers, record their return with the receiver's name, the exit
 * briefing and a paper exit pledge, and approve. Each step saves and shows the page again (Post/Redirect/Get).
 */
@Named
@ViewScoped
public class DepartureDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Departures departures;

    @Inject
    Messages messages;

    @Inject
    ExternalContext external;

    private Long id;
    private DepartureDetail departure;
    /** The login is one of the departure's person's own: every step is refused to them, no form is shown. */
    private boolean own;

    private CarrierKind carrierKind;
    private String carrierDescription;
    private Long returnCarrierId;
    private String receivedBy;
    private LocalDate returnedOn;
    private LocalDate briefingOn;
    private String briefingGivenBy;
    private String pledgePaperRef;
    private LocalDate pledgeSignedOn;
    private LocalDate approvedOn;
    private Long correctCarrierId;
    private CarrierKind correctKind;
    private String correctDescription;
    private String correctReason;
    private PeriodAdjustment.Kind adjustKind;
    private Integer adjustYears;
    private LocalDate adjustNewEnd;
    private String adjustReason;
    private String adjustApprovedBy;
    private String adjustDocumentRef;
    private String entrustOrganisation;
    private String entrustReference;
    private String entrustReason;
    private LocalDate contactReportedOn;
    private String contactDetails;
    private String contactEmployer;
    private List<DepartureDetail.ContactRow> contactChanges;
    private String withdrawReason;
    private LocalDate lastDayNewDay;
    private String lastDayReason;
    /** The 复审 不合格 or 上岗审查 未通过 that opened this open 离岗 and was corrected since: its number, day and kind. */
    private Long correctedRecord;
    private LocalDate correctedOn;
    private boolean correctedVetting;

    @ChangesNothing
    public void load() throws IOException {
        if (departure != null) {
            return;
        }
        Optional<DepartureDetail> found = id == null ? Optional.empty() : departures.detail(id);
        if (found.isEmpty()) {
            NotFound.answer(external);
            return;
        }
        departure = found.get();
        own = departures.isOwn(id, external.getRemoteUser());
        LocalDate today = departures.today();
        returnedOn = today;
        briefingOn = today;
        pledgeSignedOn = today;
        approvedOn = today;
        contactReportedOn = today;
        contactChanges = departures.contactChanges(id);
        departures.openedByCorrected(id).ifPresent(f -> {
            correctedRecord = f.recordId();
            correctedOn = f.on();
            correctedVetting = f.vetting();
        });
    }

    /** The number of the corrected record that opened this 离岗, or null (the page then says nothing of it). */
    public Long getCorrectedRecord() {
        return correctedRecord;
    }

    public LocalDate getCorrectedOn() {
        return correctedOn;
    }

    public boolean isCorrectedVetting() {
        return correctedVetting;
    }

    @Allowed(Role.HR)
    public String declareNoCarriers() {
        return step(() -> {
            departures.declareNoCarriers(id, external.getRemoteUser());
            messages.info("departures.detail.noCarriers.recorded");
        });
    }

    @Allowed(Role.HR)
    public String correctCarrier() {
        return step(() -> {
            departures.correctCarrier(correctCarrierId, correctKind == null ? kindOf(correctCarrierId) : correctKind,
                    correctDescription == null || correctDescription.isBlank() ? descriptionOf(correctCarrierId)
                            : correctDescription, correctReason, external.getRemoteUser());
            messages.info("departures.detail.corrected");
        });
    }

    @Allowed(Role.HR)
    public String withdrawCarrier() {
        return step(() -> {
            departures.withdrawCarrier(correctCarrierId, correctReason, external.getRemoteUser());
            messages.info("departures.detail.withdrawn");
        });
    }

    @Allowed({Role.HR, Role.SECRECY_OFFICER})
    public String adjustPeriod() {
        return step(() -> {
            LocalDate end = departures.adjustPeriod(id, adjustKind, adjustYears, adjustNewEnd, adjustReason,
                    adjustApprovedBy, adjustDocumentRef, external.getRemoteUser());
            messages.info("departures.detail.adjusted", end.toString());
            // another period of the person (an earlier departure, e.g. a first lowering) may bind them longer
            String employeeNo = departure == null ? null : departure.employee().getEmployeeNo();
            departures.restrictionOf(employeeNo).filter(r -> r.restricted() && r.until().isAfter(end))
                    .ifPresent(r -> messages.info("departures.detail.adjusted.otherPeriod", r.until().toString()));
        });
    }

    @Allowed({Role.HR, Role.SECRECY_OFFICER})
    @Once
    public String entrust() {
        return step(() -> {
            departures.entrust(id, entrustOrganisation, entrustReference, entrustReason, external.getRemoteUser());
            messages.info("departures.detail.entrusted");
        });
    }

    @Allowed({Role.HR, Role.SECRECY_OFFICER})
    @Once
    public String recordContactChange() {
        return step(() -> {
            departures.recordContactChange(id, contactReportedOn, contactDetails, contactEmployer,
                    external.getRemoteUser());
            messages.info("departures.detail.contactRecorded");
        });
    }

    private CarrierKind kindOf(Long carrierId) {
        return departure.carriers().stream().filter(c -> carrierId != null && c.id() == carrierId)
                .map(c -> c.kind()).findFirst().orElse(null);
    }

    private String descriptionOf(Long carrierId) {
        return departure.carriers().stream().filter(c -> carrierId != null && c.id() == carrierId)
                .map(c -> c.description()).findFirst().orElse(null);
    }

    /** Whether this is the login's own departure (recorded by another HR officer or the secrecy office). */
    public boolean isOwn() {
        return own;
    }

    public PeriodAdjustment.Kind[] getAdjustmentKinds() {
        return PeriodAdjustment.Kind.values();
    }

    public List<DepartureDetail.ContactRow> getContactChanges() {
        return contactChanges;
    }

    public Long getCorrectCarrierId() {
        return correctCarrierId;
    }

    public void setCorrectCarrierId(Long correctCarrierId) {
        this.correctCarrierId = correctCarrierId;
    }

    public CarrierKind getCorrectKind() {
        return correctKind;
    }

    public void setCorrectKind(CarrierKind correctKind) {
        this.correctKind = correctKind;
    }

    public String getCorrectDescription() {
        return correctDescription;
    }

    public void setCorrectDescription(String correctDescription) {
        this.correctDescription = correctDescription;
    }

    public String getCorrectReason() {
        return correctReason;
    }

    public void setCorrectReason(String correctReason) {
        this.correctReason = correctReason;
    }

    public PeriodAdjustment.Kind getAdjustKind() {
        return adjustKind;
    }

    public void setAdjustKind(PeriodAdjustment.Kind adjustKind) {
        this.adjustKind = adjustKind;
    }

    public Integer getAdjustYears() {
        return adjustYears;
    }

    public void setAdjustYears(Integer adjustYears) {
        this.adjustYears = adjustYears;
    }

    public LocalDate getAdjustNewEnd() {
        return adjustNewEnd;
    }

    public void setAdjustNewEnd(LocalDate adjustNewEnd) {
        this.adjustNewEnd = adjustNewEnd;
    }

    public String getAdjustReason() {
        return adjustReason;
    }

    public void setAdjustReason(String adjustReason) {
        this.adjustReason = adjustReason;
    }

    public String getAdjustApprovedBy() {
        return adjustApprovedBy;
    }

    public void setAdjustApprovedBy(String adjustApprovedBy) {
        this.adjustApprovedBy = adjustApprovedBy;
    }

    public String getAdjustDocumentRef() {
        return adjustDocumentRef;
    }

    public void setAdjustDocumentRef(String adjustDocumentRef) {
        this.adjustDocumentRef = adjustDocumentRef;
    }

    public String getEntrustOrganisation() {
        return entrustOrganisation;
    }

    public void setEntrustOrganisation(String entrustOrganisation) {
        this.entrustOrganisation = entrustOrganisation;
    }

    public String getEntrustReference() {
        return entrustReference;
    }

    public void setEntrustReference(String entrustReference) {
        this.entrustReference = entrustReference;
    }

    public String getEntrustReason() {
        return entrustReason;
    }

    public void setEntrustReason(String entrustReason) {
        this.entrustReason = entrustReason;
    }

    public LocalDate getContactReportedOn() {
        return contactReportedOn;
    }

    public void setContactReportedOn(LocalDate contactReportedOn) {
        this.contactReportedOn = contactReportedOn;
    }

    public String getContactDetails() {
        return contactDetails;
    }

    public void setContactDetails(String contactDetails) {
        this.contactDetails = contactDetails;
    }

    public String getContactEmployer() {
        return contactEmployer;
    }

    public void setContactEmployer(String contactEmployer) {
        this.contactEmployer = contactEmployer;
    }

    @Allowed(Role.HR)
    @Once
    public String addCarrier() {
        return step(() -> {
            departures.addCarrier(id, carrierKind, carrierDescription, external.getRemoteUser());
            messages.info("departures.detail.carrierAdded", carrierDescription);
        });
    }

    @Allowed(Role.HR)
    public String returnCarrier() {
        return step(() -> {
            departures.returnCarrier(returnCarrierId, returnedOn, receivedBy, external.getRemoteUser());
            messages.info(departure != null && departure.isHandover() ? "departures.detail.handover.carrierReturned"
                    : "departures.detail.carrierReturned", receivedBy);
        });
    }

    @Allowed(Role.HR)
    public String recordBriefing() {
        return step(() -> {
            departures.recordBriefing(id, briefingOn, briefingGivenBy, external.getRemoteUser());
            messages.info(lowering() ? "departures.detail.briefingRecordedLowered" : "departures.detail.briefingRecorded");
        });
    }

    @Allowed(Role.HR)
    public String recordPaperPledge() {
        return step(() -> {
            departures.recordPaperExitPledge(id, pledgePaperRef, pledgeSignedOn, external.getRemoteUser());
            messages.info(lowering() ? "departures.detail.pledgeRecordedLowered" : "departures.detail.pledgeRecorded");
        });
    }

    /** Whether this departure lowers the class of a person who stays in post: its steps are named so. */
    private boolean lowering() {
        return departure != null && departure.isLoweringInPost();
    }

    /** Withdraws an open 离岗 or 离职 opened by mistake, with a reason; the record is kept and shown read only. */
    @Allowed(Role.HR)
    @Once
    public String withdraw() {
        return step(() -> {
            departures.withdraw(id, withdrawReason, external.getRemoteUser());
            messages.info("departures.detail.withdraw.done");
            followUp();
        });
    }

    /**
     * Changes the planned last working day of an open 离岗 or 离职, with a reason; the day before is kept as a change
     * row shown on this page.
     */
    @Allowed(Role.HR)
    @Once
    public String changeLastDay() {
        return step(() -> {
            departures.changeLastDay(id, lastDayNewDay, lastDayReason, external.getRemoteUser());
            messages.info("departures.detail.lastDay.done", lastDayNewDay.toString());
        });
    }

    public LocalDate getLastDayNewDay() {
        return lastDayNewDay;
    }

    public void setLastDayNewDay(LocalDate lastDayNewDay) {
        this.lastDayNewDay = lastDayNewDay;
    }

    public String getLastDayReason() {
        return lastDayReason;
    }

    public void setLastDayReason(String lastDayReason) {
        this.lastDayReason = lastDayReason;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }

    @Allowed(Role.HR)
    public String approve() {
        return step(() -> {
            Optional<Span> period = departures.approve(id, approvedOn, external.getRemoteUser());
            // the page's beans may be gone (a page kept open after leaving it): the departure as stored then
            boolean handover = departure != null ? departure.isHandover()
                    : departures.detail(id).map(DepartureDetail::isHandover).orElse(false);
            boolean afterPost = departure != null ? departure.isAfterPost()
                    : departures.detail(id).map(DepartureDetail::isAfterPost).orElse(false);
            if (handover) {
                messages.info("departures.detail.handoverApproved");
            } else if (afterPost) {
                // 离岗 → 离职: no period of its own; the one from leaving the post runs on (not "非涉密人员，无脱密期")
                messages.info("departures.detail.approvedAfterPost");
            } else if (period.isPresent()) {
                messages.info("departures.detail.approved", period.get().end().toString());
            } else {
                messages.info("departures.detail.approvedNoPeriod");
            }
            followUp();
        });
    }

    /**
     * After a step that left the person in post (a hand-over confirmed, a lowering within the secret-related classes
     * approved, a withdrawal): a 离岗 open now was opened by it for a 复审 不合格 or 上岗审查 未通过 that still rules (one
     * departure is open at a time); the page names it.
     */
    private void followUp() {
        String no = departure != null ? departure.employee().getEmployeeNo()
                : departures.detail(id).map(d -> d.employee().getEmployeeNo()).orElse(null);
        departures.underWay(no).filter(other -> !other.equals(id))
                .ifPresent(other -> messages.warn("departures.detail.followUp", other.toString()));
    }

    private String step(Runnable action) {
        try {
            action.run();
            return Actions.redirect("/departures/detail.xhtml?id=" + id);
        } catch (DepartureRefusedException refused) {
            DepartureRefusals.show(messages, refused, departure == null ? null : departure.employee().getEmployeeNo(),
                    departure == null ? DepartureRefusals.Kind.DEPARTURE
                    : departure.isHandover() ? DepartureRefusals.Kind.HANDOVER
                    : departure.isLoweringInPost() ? DepartureRefusals.Kind.LOWERING
                    : DepartureRefusals.Kind.DEPARTURE);
            return afterRefusal();
        } catch (AccountRefusedException refused) {
            // the approval would take the portal's last administrator login
            messages.error("admin.accounts.refused." + refused.reason().name());
            return afterRefusal();
        }
    }

    /**
     * After a refused step: the same page again with what was typed kept, or, when the departure changed since this
     * page read it (a step recorded meanwhile in another tab or session), the page read anew (Post/Redirect/Get, the
     * refusal's messages carried over). A briefing recorded in one tab and again in another was refused as recorded
     * while the answer still showed the empty briefing form and listed 未进行离岗教育 (outside check). Re-reading the
     * departure in the same answer is not enough: with an error message on the page, Faces keeps the lists it
     * iterated while taking the post (MyFaces' ui:repeat and data tables), so the missing items stayed as they were.
     */
    private String afterRefusal() {
        Optional<DepartureDetail> now = id == null ? Optional.empty() : departures.detail(id);
        if (departure != null && now.isPresent() && !sameState(departure, now.get())) {
            return Actions.redirect("/departures/detail.xhtml?id=" + id);
        }
        return null;
    }

    /** Whether two readings of a departure show the same state (its steps, carriers, approval and period). */
    private static boolean sameState(DepartureDetail a, DepartureDetail b) {
        return a.status() == b.status() && a.checklist().equals(b.checklist()) && a.carriers().equals(b.carriers())
                && java.util.Objects.equals(a.plannedLastDay(), b.plannedLastDay())
                && java.util.Objects.equals(a.briefingOn(), b.briefingOn())
                && java.util.Objects.equals(a.exitPledgeSignedOn(), b.exitPledgeSignedOn())
                && java.util.Objects.equals(a.exitPledgePaperRef(), b.exitPledgePaperRef())
                && java.util.Objects.equals(a.approvedOn(), b.approvedOn())
                && java.util.Objects.equals(a.periodEnd(), b.periodEnd())
                && a.extra().corrections().equals(b.extra().corrections())
                && a.extra().adjustments().equals(b.extra().adjustments())
                && a.extra().entrustments().equals(b.extra().entrustments());
    }

    /** The grace the last-day hint names: how many days before the opening day the last day may be. */
    public int getLastDayGraceDays() {
        return departures.lastDayGraceDays();
    }

    public CarrierKind[] getCarrierKinds() {
        return CarrierKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DepartureDetail getDeparture() {
        return departure;
    }

    /**
     * The "review unsatisfactory" or "vetting not passed" reason the portal wrote itself (kept in Chinese, as the
     * paper record).
     */
    private static final java.util.regex.Pattern REVIEW_REASON = java.util.regex.Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}) (复审不合格|上岗审查未通过)（审查记录 (\\d+)）");

    /**
     * The departure's reason as the reader reads it: the one the portal wrote for an unsatisfactory review in the
     * reader's language (English pages showed it in Chinese), any other as HR typed it.
     */
    public String getReason() {
        String reason = departure == null ? null : departure.getReason();
        java.util.regex.Matcher review = reason == null ? null : REVIEW_REASON.matcher(reason);
        return review != null && review.matches()
                ? messages.text(review.group(2).equals("复审不合格") ? "departure.reason.reviewUnsatisfactory"
                : "departure.reason.vettingNotPassed", review.group(1), review.group(3)) : reason;
    }

    public CarrierKind getCarrierKind() {
        return carrierKind;
    }

    public void setCarrierKind(CarrierKind carrierKind) {
        this.carrierKind = carrierKind;
    }

    public String getCarrierDescription() {
        return carrierDescription;
    }

    public void setCarrierDescription(String carrierDescription) {
        this.carrierDescription = carrierDescription;
    }

    public Long getReturnCarrierId() {
        return returnCarrierId;
    }

    public void setReturnCarrierId(Long returnCarrierId) {
        this.returnCarrierId = returnCarrierId;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public void setReceivedBy(String receivedBy) {
        this.receivedBy = receivedBy;
    }

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public void setReturnedOn(LocalDate returnedOn) {
        this.returnedOn = returnedOn;
    }

    public LocalDate getBriefingOn() {
        return briefingOn;
    }

    public void setBriefingOn(LocalDate briefingOn) {
        this.briefingOn = briefingOn;
    }

    public String getBriefingGivenBy() {
        return briefingGivenBy;
    }

    public void setBriefingGivenBy(String briefingGivenBy) {
        this.briefingGivenBy = briefingGivenBy;
    }

    public String getPledgePaperRef() {
        return pledgePaperRef;
    }

    public void setPledgePaperRef(String pledgePaperRef) {
        this.pledgePaperRef = pledgePaperRef;
    }

    public LocalDate getPledgeSignedOn() {
        return pledgeSignedOn;
    }

    public void setPledgeSignedOn(LocalDate pledgeSignedOn) {
        this.pledgeSignedOn = pledgeSignedOn;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public void setApprovedOn(LocalDate approvedOn) {
        this.approvedOn = approvedOn;
    }
}
