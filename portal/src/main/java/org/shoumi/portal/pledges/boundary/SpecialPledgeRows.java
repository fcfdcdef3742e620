package org.shoumi.portal.pledges.boundary;

import java.io.Serializable;

import java.time.Instant;
import java.time.LocalDate;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.organisation.entity.CodedName;
import org.shoumi.portal.pledges.entity.PledgeTopic;

/** What the secrecy office sees of topic pledges and responsibility letters. */
public final class SpecialPledgeRows {

    private SpecialPledgeRows() {
    }

    /**
     * A responsibility letter (a head's or a liaison's) and the department it names: its code, and its name in
     * Chinese and English.
     */
    public record LetterFor(long pledgeId, org.shoumi.content.documents.entity.PledgeKind kind, String departmentCode,
                            String departmentName, String departmentNameEn) implements Serializable {
    }

    /**
     * One issued topic pledge: how many people it concerns, how many signed, how many still owe it; and, once the
     * secrecy office withdrew it, when, by whom and why (null otherwise).
     */
    public record Issue(long id, PledgeTopic topic, String occasion, LocalDate dueOn, String departmentCode,
                        String issuedBy, Instant issuedAt, int concerned, int signed, int owed, Instant withdrawnAt,
                        String withdrawnBy, String withdrawReason) implements Serializable {

        public boolean isWithdrawn() {
            return withdrawnAt != null;
        }

        public Instant getWithdrawnAt() {
            return withdrawnAt;
        }

        public String getWithdrawnBy() {
            return withdrawnBy;
        }

        public String getWithdrawReason() {
            return withdrawReason;
        }

        public long getId() {
            return id;
        }

        public PledgeTopic getTopic() {
            return topic;
        }

        public String getOccasion() {
            return occasion;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public String getDepartmentCode() {
            return departmentCode;
        }

        public String getIssuedBy() {
            return issuedBy;
        }

        public Instant getIssuedAt() {
            return issuedAt;
        }

        public int getConcerned() {
            return concerned;
        }

        public int getSigned() {
            return signed;
        }

        public int getOwed() {
            return owed;
        }
    }

    /** One person a topic pledge was issued to: signed when (null if not), or still owing it (false once left). */
    public record Addressee(String employeeNo, String name, String department, String departmentEn,
                            EmployeeStatus status, Instant signedAt, boolean owes) implements Serializable {

        /** The department's name in the page's language (its Chinese name where it has no English one). */
        public String departmentIn(String language) {
            return CodedName.in(language, department, departmentEn);
        }

        public String getEmployeeNo() {
            return employeeNo;
        }

        public String getName() {
            return name;
        }

        public String getDepartment() {
            return department;
        }

        public EmployeeStatus getStatus() {
            return status;
        }

        public Instant getSignedAt() {
            return signedAt;
        }

        public boolean isOwes() {
            return owes;
        }
    }

    /**
     * A department and one signer of a yearly letter in it, a head or a liaison (null when it has none): their
     * letter this year (signed when, on which template version; null when none), and whether it counts (signed this
     * year on the version now required).
     */
    public record Letter(String departmentCode, String departmentName, String departmentNameEn, String signerNo,
                         String signerName, Instant signedAt, Integer version, boolean valid, boolean leaving)
            implements Serializable {

        /**
         * Whether the signer's 离岗 or 离职 is open: they hand their duties over and owe no letter (listed as such, not
         * as 未签 or to sign again).
         */
        public boolean isLeaving() {
            return leaving;
        }

        /** The department's name in the page's language (its Chinese name where it has no English one). */
        public String departmentIn(String language) {
            return CodedName.in(language, departmentName, departmentNameEn);
        }

        public String getDepartmentCode() {
            return departmentCode;
        }

        public String getDepartmentName() {
            return departmentName;
        }

        public String getSignerNo() {
            return signerNo;
        }

        public String getSignerName() {
            return signerName;
        }

        public Instant getSignedAt() {
            return signedAt;
        }

        public Integer getVersion() {
            return version;
        }

        public boolean isValid() {
            return valid;
        }
    }
}
