package org.shoumi.portal.employees.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

/** Whatever the hire date (today, last week, still to come): the status and the history decide. */
class HireCorrectionTest {

    @Test
    void aHireStillOnboardingIsCorrected() {
        // outside check: 一般 typed for 非涉密 on a hire dated today opened a departure with a 脱密期
        assertTrue(HireCorrection.corrects(SecrecyClass.GENERAL, SecrecyClass.NONE, EmployeeStatus.ONBOARDING,
                false));
        assertTrue(HireCorrection.corrects(SecrecyClass.IMPORTANT, SecrecyClass.GENERAL, EmployeeStatus.ONBOARDING,
                false));
        assertTrue(HireCorrection.corrects(SecrecyClass.CORE, SecrecyClass.NONE, EmployeeStatus.ONBOARDING, false),
                "hired last week, or from a day still to come, and still onboarding");
    }

    /**
     * Found by an outside check: a 核心 hire dated three months ahead completed the onboarding (在岗, pledge signed,
     * 上岗审查 passed) and, lowered to 非涉密, was saved as a 上岗前更正 with no 离岗 and no 脱密期. In post, they took the
     * post up, whatever the hire date: the guide's rule is the status, not the date.
     */
    @Test
    void aHireInPostBeforeTheirFirstDayTookUpThePost() {
        assertFalse(HireCorrection.corrects(SecrecyClass.CORE, SecrecyClass.NONE, EmployeeStatus.ACTIVE, true),
                "trained ahead of the first day and in post: a departure");
        assertFalse(HireCorrection.corrects(SecrecyClass.CORE, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, true));
        assertFalse(HireCorrection.notStarted(EmployeeStatus.ACTIVE, true));
        assertTrue(HireCorrection.notStarted(EmployeeStatus.ONBOARDING, false));
    }

    @Test
    void someoneWhoTookUpThePostLeavesItByADeparture() {
        assertFalse(HireCorrection.corrects(SecrecyClass.GENERAL, SecrecyClass.NONE, EmployeeStatus.ACTIVE, true),
                "in post since this morning");
        assertFalse(HireCorrection.corrects(SecrecyClass.CORE, SecrecyClass.GENERAL, EmployeeStatus.ONBOARDING,
                true), "a returnee (按新上岗) held the post before");
        assertFalse(HireCorrection.notStarted(EmployeeStatus.ONBOARDING, true), "a returnee");
    }

    @Test
    void onlyALoweringOfSomeoneInPostIsACorrection() {
        assertFalse(HireCorrection.corrects(SecrecyClass.GENERAL, SecrecyClass.CORE, EmployeeStatus.ONBOARDING,
                false), "a raise");
        assertFalse(HireCorrection.corrects(SecrecyClass.GENERAL, SecrecyClass.NONE, EmployeeStatus.LEFT_POST,
                true));
        assertFalse(HireCorrection.corrects(SecrecyClass.GENERAL, SecrecyClass.NONE, EmployeeStatus.LEFT_UNIT,
                true));
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
