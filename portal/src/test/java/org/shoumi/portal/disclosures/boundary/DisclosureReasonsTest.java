package org.shoumi.portal.disclosures.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.shoumi.portal.disclosures.boundary.DisclosureRefusedException.Reason;
import org.shoumi.portal.disclosures.control.DisclosureRules;

class DisclosureReasonsTest {

    @Test
    void everyProblemOfTheRulesIsReportedWithAReasonOfItsOwn() {
        for (DisclosureRules.Problem problem : DisclosureRules.Problem.values()) {
            Reason reason = Disclosures.reasonFor(problem);
            if (problem != DisclosureRules.Problem.NOT_A_STEP) {
                assertEquals(problem.name(), reason.name());
            }
        }
    }
}
