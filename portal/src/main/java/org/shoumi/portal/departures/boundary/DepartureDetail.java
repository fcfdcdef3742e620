package org.shoumi.portal.departures.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.shoumi.portal.departures.control.AfterLeftPost;
import org.shoumi.portal.departures.control.ExitChecklist;
import org.shoumi.portal.departures.entity.CarrierKind;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.portal.departures.entity.PeriodAdjustment;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.departures.entity.DepartureStatus;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.portal.organisation.entity.CodedName;

/**
 * A departure with everything its page shows, fully loaded. Dates of the pledge are days in the unit's time zone.
 * {@code periodStart}/{@code periodEnd} are set once it is approved and the class has a 脱密期.
 */
public record DepartureDetail(long id, EmployeeRow employee, DepartureKind kind, DepartureStatus status,
                              LocalDate plannedLastDay, String reason, LocalDate openedOn, String openedBy,
                              List<CarrierRow> carriers, LocalDate briefingOn, String briefingGivenBy,
                              LocalDate exitPledgeSignedOn, Long exitPledgeId, String exitPledgePaperRef,
                              LocalDate approvedOn, String approvedBy, LocalDate periodStart, LocalDate periodEnd,
                              ExitChecklist checklist, Extra extra) implements Serializable {

    /**
     * What the record holds beyond the checklist: the move a lowering departure makes (null otherwise), HR's
     * "holds no carriers" declaration, the carrier corrections, the class and years the 脱密期 uses (years
     * expected before approval), its adjustments and who manages the person during it; {@code atOpening} the
     * person's department, post and class when the departure was opened (what it is about, whatever they hold now).
     */
    public record Extra(Move move, String noCarriersDeclaredBy, LocalDate noCarriersDeclaredOn,
                        List<CorrectionRow> corrections, SecrecyClass periodClass, int periodYears,
                        LocalDate periodOriginalEnd, List<AdjustmentRow> adjustments,
                        List<EntrustmentRow> entrustments, Move atOpening, Handover handover, Withdrawal withdrawal,
                        List<LastDayRow> lastDayChanges, AfterLeftPost afterPost, Integer pledgeYears)
            implements Serializable {

        /**
         * The years of 脱密期 the exit pledge states (kept when it was signed or its paper original recorded); null
         * while no exit pledge is on record.
         */
        public Integer getPledgeYears() {
            return pledgeYears;
        }

        /**
         * For a 离职 of someone who had left the post (离岗) already: the day they left it and the 脱密期 that runs on
         * unchanged; null for any other departure.
         */
        public AfterLeftPost getAfterPost() {
            return afterPost;
        }

        /** The changes of the planned last working day, oldest first (empty when it was never changed). */
        public List<LastDayRow> getLastDayChanges() {
            return lastDayChanges;
        }

        /** Withdrawn as opened by mistake: when, who (login) and why; null for a departure not withdrawn. */
        public Withdrawal getWithdrawal() {
            return withdrawal;
        }

        /** A hand-over's posts (from, to), or null (another kind, or a hand-over whose reason holds them). */
        public Handover getHandover() {
            return handover;
        }

        /** The person's department, post and class when the departure was opened. */
        public Move getAtOpening() {
            return atOpening;
        }

        // getters for Faces EL (EL 5 does not read record components as properties)
        public Move getMove() {
            return move;
        }

        public String getNoCarriersDeclaredBy() {
            return noCarriersDeclaredBy;
        }

        public LocalDate getNoCarriersDeclaredOn() {
            return noCarriersDeclaredOn;
        }

        public List<CorrectionRow> getCorrections() {
            return corrections;
        }

        public SecrecyClass getPeriodClass() {
            return periodClass;
        }

        public int getPeriodYears() {
            return periodYears;
        }

        public LocalDate getPeriodOriginalEnd() {
            return periodOriginalEnd;
        }

        public List<AdjustmentRow> getAdjustments() {
            return adjustments;
        }

        /** Every entrustment (委托管理), oldest first; the last is the one in force. */
        public List<EntrustmentRow> getEntrustments() {
            return entrustments;
        }

        /** The entrustment in force (the latest), or null when none was recorded. */
        public EntrustmentRow getEntrusted() {
            return entrustments.isEmpty() ? null : entrustments.get(entrustments.size() - 1);
        }
    }

    /** Where a lowering departure moves the person on approval; also where the person was when it was opened. */
    public record Move(String departmentName, String departmentNameEn, String postName, String postNameEn,
                       SecrecyClass secrecyClass) implements Serializable {
        public String departmentIn(String language) {
            return CodedName.in(language, departmentName, departmentNameEn);
        }

        public String postIn(String language) {
            return CodedName.in(language, postName, postNameEn);
        }

        public SecrecyClass getSecrecyClass() {
            return secrecyClass;
        }
    }

    /** The withdrawal of a departure opened by mistake: the day (unit's time zone), the login and the reason. */
    public record Withdrawal(LocalDate on, String by, String reason) implements Serializable {
        public LocalDate getOn() {
            return on;
        }

        public String getBy() {
            return by;
        }

        public String getReason() {
            return reason;
        }
    }

    /** The posts of a hand-over (转岗交接): the one left and the one taken up, each in both languages. */
    public record Handover(String fromName, String fromNameEn, String toName, String toNameEn) implements Serializable {
        public String fromIn(String language) {
            return CodedName.in(language, fromName, fromNameEn);
        }

        public String toIn(String language) {
            return CodedName.in(language, toName, toNameEn);
        }
    }

    /** One correction of a carrier line; {@code newKind} null for a withdrawal. */
    public record CorrectionRow(LocalDate on, String by, String reason, CarrierKind oldKind, String oldDescription,
                                CarrierKind newKind, String newDescription) implements Serializable {
        public boolean isWithdrawal() {
            return newKind == null;
        }
    }

    /**
     * One per-person change of the 脱密期: {@code at} the instant it was recorded (pages and records show it to the
     * minute in the unit's time zone, as the last-day changes, so that several adjustments on one day can be put in
     * order).
     */
    public record AdjustmentRow(Instant at, PeriodAdjustment.Kind kind, LocalDate oldEnd, LocalDate newEnd,
                                String reason, String approvedBy, String documentRef, String recordedBy)
            implements Serializable {
    }

    /**
     * One entrustment (委托管理): the day it was recorded and by whom (both null for one carried over from before
     * the history was kept), the organisation, the reference (null for none), and why it replaced the one before
     * (null for the first).
     */
    public record EntrustmentRow(LocalDate on, String by, String organisation, String reference, String reason)
            implements Serializable {
        public LocalDate getOn() {
            return on;
        }

        public String getBy() {
            return by;
        }

        public String getOrganisation() {
            return organisation;
        }

        public String getReference() {
            return reference;
        }

        public String getReason() {
            return reason;
        }
    }

    /**
     * A change of the planned last working day: the instant (pages and records show it to the minute in the unit's
     * time zone, so that changes on one day can be told apart), the login, the day before and after, why.
     */
    public record LastDayRow(Instant at, String by, LocalDate oldDay, LocalDate newDay, String reason)
            implements Serializable {
        public Instant getAt() {
            return at;
        }

        public String getBy() {
            return by;
        }

        public LocalDate getOldDay() {
            return oldDay;
        }

        public LocalDate getNewDay() {
            return newDay;
        }

        public String getReason() {
            return reason;
        }
    }

    /** A change of contact details or employer reported during the 脱密期. */
    public record ContactRow(LocalDate reportedOn, String contact, String employer, String recordedBy)
            implements Serializable {
        public LocalDate getReportedOn() {
            return reportedOn;
        }

        public String getContact() {
            return contact;
        }

        public String getEmployer() {
            return employer;
        }

        public String getRecordedBy() {
            return recordedBy;
        }
    }

    public Extra getExtra() {
        return extra;
    }

    /** A 转岗 hand-over: only the carriers, handed to the successor. */
    /**
     * An open 离岗 or 离职 whose exit pledge states another length of 脱密期 than the approval would start now (a
     * vetting recorded since the signature changed the class the period follows): the approval is refused
     * (PLEDGE_PERIOD_CHANGED), and the page says so before it is tried.
     */
    public boolean isPledgePeriodChanged() {
        return isOpen() && !isHandover() && extra.afterPost() == null && extra.pledgeYears() != null
                && extra.pledgeYears() != extra.periodYears();
    }

    public boolean isHandover() {
        return kind.isHandover();
    }

    /**
     * A lowering to another secret-related class (重要 → 一般): the person stays in post, and the exit pledge they sign
     * (or whose paper original HR records) is the pledge of a lowered class, 降低涉密类别保密承诺书.
     */
    public boolean isLoweringInPost() {
        return !isHandover() && extra.move() != null && extra.move().secrecyClass().isSecretRelated();
    }

    /**
     * A 离职 of someone who had left the post (离岗) already: only the carriers are asked, and no 脱密期 of its own
     * starts (the 离岗's runs on).
     */
    public boolean isAfterPost() {
        return extra.afterPost() != null;
    }

    /** The checklist is the carriers alone (a hand-over, or a 离职 after a 离岗): no briefing, no exit pledge. */
    public boolean isCarriersOnly() {
        return isHandover() || isAfterPost();
    }

    /** Carriers settled (all returned, or none held as declared): the briefing may be recorded. */
    public boolean isReadyForBriefing() {
        return checklist.missingBeforeBriefing().isEmpty();
    }

    /** Carriers settled and briefing recorded: the exit pledge may be signed. */
    public boolean isReadyForPledge() {
        return checklist.missingBeforePledge().isEmpty();
    }

    public boolean isNoCarriersDeclared() {
        return checklist.noCarriersDeclared();
    }

    public boolean isOpen() {
        return status == DepartureStatus.OPEN;
    }

    /** Withdrawn by HR as opened by mistake: read only, no 脱密期. */
    public boolean isWithdrawn() {
        return status == DepartureStatus.WITHDRAWN;
    }

    public boolean isApproved() {
        return status == DepartureStatus.APPROVED;
    }

    public List<CarrierRow> getCarriersOut() {
        return carriers.stream().filter(c -> !c.isReturned()).toList();
    }

    public long getId() {
        return id;
    }

    public EmployeeRow getEmployee() {
        return employee;
    }

    public DepartureKind getKind() {
        return kind;
    }

    public DepartureStatus getStatus() {
        return status;
    }

    public LocalDate getPlannedLastDay() {
        return plannedLastDay;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public List<CarrierRow> getCarriers() {
        return carriers;
    }

    public LocalDate getBriefingOn() {
        return briefingOn;
    }

    public String getBriefingGivenBy() {
        return briefingGivenBy;
    }

    public LocalDate getExitPledgeSignedOn() {
        return exitPledgeSignedOn;
    }

    public Long getExitPledgeId() {
        return exitPledgeId;
    }

    public String getExitPledgePaperRef() {
        return exitPledgePaperRef;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public boolean isBriefed() {
        return checklist.briefed();
    }

    public boolean isPledgeSigned() {
        return checklist.pledgeSigned();
    }

    public List<ExitChecklist.Item> getMissing() {
        return checklist.missing();
    }
}
