package org.shoumi.portal.employees.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

class HireCorrectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void aHireDatedTodayStillOnboardingIsCorrected() {
        // outside check: 一般 typed for 非涉密 on a hire dated today opened a departure with a 脱密期
        assertTrue(HireCorrection.corrects(SecrecyClass.GENERAL, SecrecyClass.NONE, EmployeeStatus.ONBOARDING, TODAY,
                TODAY, false));
        assertTrue(HireCorrection.corrects(SecrecyClass.IMPORTANT, SecrecyClass.GENERAL, EmployeeStatus.ONBOARDING,
                TODAY, TODAY, false));
    }

    @Test
    void aHireOfLastWeekStillOnboardingIsCorrected() {
        assertTrue(HireCorrection.corrects(SecrecyClass.CORE, SecrecyClass.NONE, EmployeeStatus.ONBOARDING,
                TODAY.minusDays(7), TODAY, false));
    }

    @Test
    void aHireWhoseFirstDayIsToComeIsCorrectedAsBefore() {
        assertTrue(HireCorrection.corrects(SecrecyClass.CORE, SecrecyClass.GENERAL, EmployeeStatus.ONBOARDING,
                TODAY.plusDays(1), TODAY, false));
        assertTrue(HireCorrection.corrects(SecrecyClass.CORE, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE,
                TODAY.plusDays(1), TODAY, true), "trained ahead of the first day: still not exposed");
    }

    @Test
    void someoneWhoTookUpThePostLeavesItByADeparture() {
        assertFalse(HireCorrection.corrects(SecrecyClass.GENERAL, SecrecyClass.NONE, EmployeeStatus.ACTIVE, TODAY,
                TODAY, true), "in post since this morning");
        assertFalse(HireCorrection.corrects(SecrecyClass.CORE, SecrecyClass.GENERAL, EmployeeStatus.ONBOARDING,
                TODAY.minusYears(3), TODAY, true), "a returnee (按新上岗) held the post before");
    }

    @Test
    void onlyALoweringOfSomeoneInPostIsACorrection() {
        assertFalse(HireCorrection.corrects(SecrecyClass.GENERAL, SecrecyClass.CORE, EmployeeStatus.ONBOARDING, TODAY,
                TODAY, false), "a raise");
        assertFalse(HireCorrection.corrects(SecrecyClass.GENERAL, SecrecyClass.NONE, EmployeeStatus.LEFT_POST,
                TODAY.plusDays(1), TODAY, true));
        assertFalse(HireCorrection.corrects(SecrecyClass.GENERAL, SecrecyClass.NONE, EmployeeStatus.LEFT_UNIT,
                TODAY.plusDays(1), TODAY, true));
    }

    @Test
    void theHistoryShowsWhoHeldASecretRelatedPost() {
        assertFalse(HireCorrection.heldSecretPost(null, null, EmployeeStatus.ONBOARDING, SecrecyClass.GENERAL),
                "the hire");
        assertFalse(HireCorrection.heldSecretPost(EmployeeStatus.ACTIVE, SecrecyClass.NONE,
                EmployeeStatus.ONBOARDING, SecrecyClass.GENERAL), "a 非涉密 person raised into a class");
        assertFalse(HireCorrection.heldSecretPost(null, null, EmployeeStatus.ACTIVE, SecrecyClass.NONE),
                "a 非涉密 hire");
        assertTrue(HireCorrection.heldSecretPost(EmployeeStatus.ONBOARDING, SecrecyClass.GENERAL,
                EmployeeStatus.ACTIVE, SecrecyClass.GENERAL), "onboarding done");
        assertTrue(HireCorrection.heldSecretPost(EmployeeStatus.LEFT_POST, SecrecyClass.GENERAL,
                EmployeeStatus.ONBOARDING, SecrecyClass.CORE), "taken back after a 离岗");
    }
}
