package org.shoumi.portal.web.vetting;

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
import org.shoumi.portal.vetting.boundary.AwaitedVetting;
import org.shoumi.portal.vetting.boundary.DueReview;
import org.shoumi.portal.vetting.boundary.ReviewOutlook;
import org.shoumi.portal.vetting.boundary.VettingDraft;
import org.shoumi.portal.vetting.boundary.VettingRecorded;
import org.shoumi.portal.vetting.boundary.VettingRow;
import org.shoumi.portal.vetting.boundary.Vettings;
import org.shoumi.portal.vetting.entity.VettingKind;
import org.shoumi.portal.vetting.entity.VettingResult;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.Allowed;
import org.shoumi.portal.web.shared.ChangesNothing;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.Times;

/**
 * Vetting and review for the secrecy office and HR (auditors read): recording one for a staff number, the reviews
 * overdue or due soon, and the history of the person named in the address ({@code ?no=}).
 */
@Named
@ViewScoped
public class VettingManageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Vettings vettings;

    @Inject
    org.shoumi.portal.departures.boundary.Departures departures;

    @Inject
    ExternalContext external;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    @Inject
    Times times;

    private String no;
    private List<VettingRow> history = List.of();
    private ReviewOutlook outlook;
    private List<DueReview> due = List.of();
    private List<AwaitedVetting> awaited = List.of();
    private List<org.shoumi.portal.vetting.boundary.RaisedUnvetted> raised = List.of();

    @StaffNumber

    private String employeeNo;
    private PendingExitPledge pendingExitPledge;
    private VettingKind kind = VettingKind.VETTING;
    private LocalDate heldOn;
    private VettingResult result;
    private String approver;
    private String fileRef;
    private String note;

    @PostConstruct
    void init() {
        heldOn = vettings.today();
        due = vettings.due();
        awaited = vettings.awaited();
        raised = vettings.raisedUnvetted();
    }

    /** View action: the history of the person named in the address, if any. */
    @ChangesNothing
    public void load() {
        if (no == null || no.isBlank()) {
            history = List.of();
            return;
        }
        // read as the roster stores it: ?no=sm002 is SM002 (the redirect after recording "sm002" found nothing)
        no = org.shoumi.portal.employees.entity.Employee.canonicalNumber(no);
        if (no.length() > StaffNumber.MAX_LENGTH) {
            // no staff number is that long: not echoed into the heading and the form (a 1,000-character ?no= was)
            messages.error("vetting.history.tooLong", StaffNumber.MAX_LENGTH);
            no = null;
            history = List.of();
            return;
        }
        history = vettings.history(no);
        outlook = vettings.outlook(no);
        pendingExitPledge = pendingExitPledge(no).orElse(null);
        if (employeeNo == null) {
            employeeNo = no;
        }
    }

    @Allowed({Role.HR, Role.SECRECY_OFFICER})
    public String record() {
        if (!getMayRecord()) {
            return null;
        }
        return actions.attempt(() -> {
            VettingRecorded recorded = vettings.enter(new VettingDraft(employeeNo, kind, heldOn, result, approver,
                    fileRef, note), external.getRemoteUser());
            if (result == VettingResult.NOT_PASSED && recorded.departureOpened() != null) {
                // someone in post failed their 上岗审查: a 离岗 was opened, as for a review found 不合格
                messages.info("vetting.recorded.notPassedInPost", employeeNo.strip(),
                        recorded.departureOpened().toString());
            } else if (recorded.departureOpened() != null) {
                messages.info("vetting.recorded.unsatisfactory", employeeNo.strip(),
                        recorded.departureOpened().toString());
            } else if (recorded.waits() != null) {
                // no 离岗 opened now: what is under way carries the result out, or the 离岗 follows it (the page said
                // a 离岗 was opened when none was; outside check)
                messages.warn("vetting.recorded.waits." + (result == VettingResult.NOT_PASSED ? "VETTING." : "REVIEW.")
                        + recorded.waits().name(), employeeNo.strip(), recorded.waitingFor().toString());
            } else {
                // a 不合格 dated before a record in force that rules over it opens no 离岗: the page said both that it
                // changed nothing and that a 离岗 was opened (outside check)
                messages.info("vetting.recorded", employeeNo.strip());
            }
            if (recorded.vettingCountsFrom() != null) {
                messages.warn("vetting.recorded.beforeSpell", heldOn.toString(),
                        recorded.vettingCountsFrom().toString());
            }
            if (recorded.heldAheadOf() != null) {
                // held before the raise (or return), within the allowed days: counted for the class, said so
                messages.warn("vetting.recorded.aheadOfRaise", heldOn.toString(), recorded.heldAheadOf().toString(),
                        vettings.intervals().vettingBeforeHireDays());
            }
            if (recorded.laterInForce() != null) {
                // held before a record in force that rules over it (of its kind or the other): recorded, and
                // changes nothing about the person
                VettingRecorded.InForce later = recorded.laterInForce();
                messages.warn("vetting.recorded.laterInForce", heldOn.toString(),
                        messages.text("enum.VettingKind." + later.kind().name()).toLowerCase(java.util.Locale.ROOT),
                        later.heldOn().toString(), messages.text("enum.VettingResult." + later.result().name()),
                        Long.toString(later.id()));
            }
            if (recorded.failureStands() != null) {
                // a later-dated or other-kind entry corrects nothing: the failure still takes the person out
                VettingRecorded.InForce failed = recorded.failureStands();
                messages.warn("vetting.recorded.failureStands." + failed.kind().name(), failed.heldOn().toString(),
                        Long.toString(failed.id()));
            }
            if (recorded.departureStands() != null) {
                // the 离岗 the mistaken entry opened was approved: the correction is recorded, the departure stands
                messages.warn("vetting.recorded.departureStands", recorded.departureStands().toString());
            }
            pendingExitPledge(employeeNo.strip()).filter(PendingExitPledge::changed).ifPresent(p ->
                    // the vetting changed the class the pending 脱密期 follows: the signed exit pledge no longer says
                    // what the approval would start, and the approval will be refused (a left item of an outside check)
                    messages.warn("vetting.recorded.pledgePeriodChanged", Long.toString(p.departureId()),
                            p.pledgeYears(), p.periodYears()));
            if (recorded.departureToWithdraw() != null) {
                // the corrected entry's 离岗 is still open: HR withdraws it (told under the bell as well)
                messages.warn("vetting.recorded.departureToWithdraw", recorded.departureToWithdraw().toString());
            }
            return Actions.redirect("/vetting/manage?no=" + employeeNo.strip());
        }, "vetting.refused.");
    }

    /**
     * The person's open 离岗 or 离职 whose exit pledge is on record, with the 脱密期 it states and the one its approval
     * would start now; a vetting that changes the class the period follows makes them differ ({@code changed}, as
     * the departure's own page reads it: {@code DepartureDetail.isPledgePeriodChanged}).
     */
    public record PendingExitPledge(long departureId, int pledgeYears, int periodYears, boolean changed)
            implements Serializable {

        public long getDepartureId() {
            return departureId;
        }

        public int getPledgeYears() {
            return pledgeYears;
        }
    }

    private java.util.Optional<PendingExitPledge> pendingExitPledge(String employeeNo) {
        // the person's own departure, not every open one with its checklist read to find it
        return departures.openDetailOf(org.shoumi.portal.employees.entity.Employee.canonicalNumber(employeeNo))
                .filter(d -> !d.isHandover() && !d.isAfterPost() && d.getExtra().pledgeYears() != null)
                .map(d -> new PendingExitPledge(d.getId(), d.getExtra().pledgeYears(), d.getExtra().periodYears(),
                        d.isPledgePeriodChanged()));
    }

    /** The person named in the address has an exit pledge on record for a departure still to approve, else null. */
    public PendingExitPledge getPendingExitPledge() {
        return pendingExitPledge;
    }

    /** The secrecy office and HR record; auditors only read. */
    public boolean getMayRecord() {
        return external.isUserInRole("SECRECY_OFFICER") || external.isUserInRole("HR");
    }

    public String time(Instant at) {
        return times.format(at);
    }

    public VettingKind[] getKinds() {
        return VettingKind.values();
    }

    public VettingResult[] getResults() {
        return VettingResult.values();
    }

    public int getDueSoonDays() {
        return vettings.dueSoonDays();
    }

    /** The 待上岗 people waiting for their 上岗审查 (a list of its own, apart from the reviews due). */
    public List<AwaitedVetting> getAwaited() {
        return awaited;
    }

    /** The people in post raised into 核心 or 重要 without a passed 上岗审查 for it (a list of its own). */
    public List<org.shoumi.portal.vetting.boundary.RaisedUnvetted> getRaised() {
        return raised;
    }

    public List<DueReview> getDue() {
        return due;
    }

    public List<VettingRow> getHistory() {
        return history;
    }

    public ReviewOutlook getOutlook() {
        return outlook;
    }

    public String getNo() {
        return no;
    }

    public void setNo(String no) {
        this.no = no;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public void setEmployeeNo(String employeeNo) {
        this.employeeNo = employeeNo;
    }

    public VettingKind getKind() {
        return kind;
    }

    public void setKind(VettingKind kind) {
        this.kind = kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public VettingResult getResult() {
        return result;
    }

    public void setResult(VettingResult result) {
        this.result = result;
    }

    public String getApprover() {
        return approver;
    }

    public void setApprover(String approver) {
        this.approver = approver;
    }

    public String getFileRef() {
        return fileRef;
    }

    public void setFileRef(String fileRef) {
        this.fileRef = fileRef;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
