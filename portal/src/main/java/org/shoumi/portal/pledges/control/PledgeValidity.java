package org.shoumi.portal.pledges.control;

import java.time.LocalDate;
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
     * Whether the person owes an in-post pledge today: secret-related, in post, and their last yearly pledge
     * ({@code lastSigned}, null when none) has expired.
     */
    public static boolean owes(SecrecyClass secrecyClass, EmployeeStatus status, LocalDate lastSigned, LocalDate today) {
        return secrecyClass.isSecretRelated() && status == EmployeeStatus.ACTIVE
                && (lastSigned == null || validUntil(lastSigned).isBefore(today));
    }
}
