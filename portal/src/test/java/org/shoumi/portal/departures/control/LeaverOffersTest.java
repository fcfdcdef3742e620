package org.shoumi.portal.departures.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.EmployeeStatus;

class LeaverOffersTest {

    @Test
    void aPersonInPostIsOfferedEveryOpenPaper() {
        assertTrue(LeaverOffers.openPaper(EmployeeStatus.ACTIVE, true, false));
        assertTrue(LeaverOffers.openPaper(EmployeeStatus.ONBOARDING, true, false));
    }

    @Test
    void aLeaverIsNotOfferedAnInPostExamTheirClosedProgrammesNoLongerAsk() {
        assertFalse(LeaverOffers.openPaper(EmployeeStatus.LEFT_UNIT, true, false));
        assertFalse(LeaverOffers.openPaper(EmployeeStatus.LEFT_POST, true, false));
        assertTrue(LeaverOffers.openPaper(EmployeeStatus.LEFT_UNIT, true, true), "an open programme still asks it");
    }

    @Test
    void aQuizOfTheBankStaysOfferedToWhoLeftThePostButNotTheUnit() {
        assertTrue(LeaverOffers.openPaper(EmployeeStatus.LEFT_POST, false, false));
        assertFalse(LeaverOffers.openPaper(EmployeeStatus.LEFT_UNIT, false, false));
    }

    @Test
    void dailyPracticeIsForThePeopleOfTheUnit() {
        assertTrue(LeaverOffers.dailyPractice(EmployeeStatus.ACTIVE));
        assertTrue(LeaverOffers.dailyPractice(EmployeeStatus.LEFT_POST));
        assertFalse(LeaverOffers.dailyPractice(EmployeeStatus.LEFT_UNIT));
    }
}
