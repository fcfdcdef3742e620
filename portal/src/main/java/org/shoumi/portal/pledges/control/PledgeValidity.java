package org.shoumi.portal.pledges.control;

import java.time.LocalDate;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * How long a yearly commitment holds. The in-post pledge (在岗保密承诺) is renewed every plan year: one signed in a
 * year is valid until that year's 31 December. An onboarding pledge signed during a year stands for that year's
 * in-post pledge (the person committed on taking the post). A secret-related person in post without a valid one
 * owes one.
 */
public final class PledgeValidity {

    private PledgeValidity() {
    }

    /** The last day a yearly pledge signed on {@code signedOn} is valid: 31 December of that year. */
    public static LocalDate validUntil(LocalDate signedOn) {
        return LocalDate.of(signedOn.getYear(), 12, 31);
    }

    /**
     * Whether the yearly pledge concerns the person at all: secret-related and in post or being onboarded. Someone
     * who left the post (离岗) or the unit (离职) has no yearly pledge to keep, whatever their class: their home page
     * and calendar said it held until 31 December after the departure was approved.
     */
    public static boolean applies(SecrecyClass secrecyClass, EmployeeStatus status) {
        return secrecyClass.isSecretRelated()
                && (status == EmployeeStatus.ACTIVE || status == EmployeeStatus.ONBOARDING);
    }

    /**
     * {@link #applies(SecrecyClass, EmployeeStatus)} with the person's departure: not while a departure out of the
     * post is under way ({@code leaving}: an open 离岗 or 离职; a hand-over 转岗交接 or a lowering that keeps the person
     * in a secret-related post, e.g. 重要 → 一般, is none). The person then owes the exit pledge, which says every
     * carrier was returned; the status changes only at the approval, and the in-post pledge ("I work in this post, I
     * keep my carriers registered") was asked for and signed one second after the exit pledge (outside check).
     */
    public static boolean applies(SecrecyClass secrecyClass, EmployeeStatus status, boolean leaving) {
        return !leaving && applies(secrecyClass, status);
    }

    /**
     * {@link #owes(SecrecyClass, EmployeeStatus, LocalDate, LocalDate)} with the person's departure: never while a
     * departure out of the post is under way ({@code leaving}, see {@link #applies(SecrecyClass, EmployeeStatus,
     * boolean)}).
     */
    public static boolean owes(SecrecyClass secrecyClass, EmployeeStatus status, boolean leaving, LocalDate lastSigned,
                               LocalDate today) {
        return !leaving && owes(secrecyClass, status, lastSigned, today);
    }

    /**
     * Whether a pledge of this kind commits the signer to their post from now on, so that it is neither owed nor
     * signed once their 离岗 or 离职 is opened: the yearly in-post pledge (在岗保密承诺书: "I work in this post, I keep my
     * carriers registered, I will do this year's training") and the yearly responsibility letters of a department
     * head and of a liaison (部门保密工作责任书, 兼职保密员保密工作责任书: they answer for the department's secrecy work and
     * carriers from now on, while a leaver hands their duties over). The exit pledge says the opposite; a topic
     * pledge has its own reasons ({@link SpecialPledgeRules#owesTopic(SpecialPledgeRules.PostStanding, boolean)}).
     */
    public static boolean endsWhenLeaving(PledgeKind kind) {
        return kind == PledgeKind.IN_POST || kind == PledgeKind.RESPONSIBILITY || kind == PledgeKind.LIAISON;
    }

    /**
     * Whether the person owes an in-post pledge today: secret-related, in post, and their last yearly pledge
     * ({@code lastSigned}, null when none) has expired.
     */
    public static boolean owes(SecrecyClass secrecyClass, EmployeeStatus status, LocalDate lastSigned, LocalDate today) {
        return secrecyClass.isSecretRelated() && status == EmployeeStatus.ACTIVE
                && (lastSigned == null || validUntil(lastSigned).isBefore(today));
    }
}
