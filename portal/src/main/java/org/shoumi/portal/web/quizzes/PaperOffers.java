package org.shoumi.portal.web.quizzes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.shoumi.portal.departures.boundary.Departures;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.programmes.boundary.CampaignQuizzes;
import org.shoumi.portal.programmes.boundary.Progress;
import org.shoumi.portal.programmes.boundary.Programmes;

/**
 * Whether a taker may still go on with an open paper, as the home page offers it ({@code LeaverOffers.openPaper}):
 * asked when the take page opens, and again by every answer (the answer endpoint), check and hand-in, so that a
 * page opened before a 离职 was approved takes no answer and hands nothing in after it (outside check ex-s38b 3: the
 * paper was handed in and recorded as passed after the person had left the unit).
 */
@ApplicationScoped
public class PaperOffers {

    @Inject
    Employees employees;

    @Inject
    Departures departures;

    @Inject
    Programmes programmes;

    @Inject
    CampaignQuizzes campaignQuizzes;

    /**
     * Whether the person behind {@code login} may go on with their open paper of quiz {@code quizCode}: always in
     * post or being onboarded (one query: their status); after leaving, as {@code LeaverOffers.openPaper} says (an
     * open programme of theirs still asks for the quiz; a quiz of the bank for one who left the post only). A quiz
     * not known ({@code null}) is not offered to a leaver.
     */
    public boolean stillOffered(String login, String quizCode) {
        EmployeeStatus status = employees.ofAccount(login).map(EmployeeRow::getStatus).orElse(null);
        if (status == null || departures.offersOpenPaper(status, true, false)) {
            return true; // in post or being onboarded: always (the rest is asked only of a leaver)
        }
        if (quizCode == null) {
            return false;
        }
        boolean asked = programmes.of(login).stream().filter(Progress::open).anyMatch(g -> g.asksQuiz(quizCode));
        return departures.offersOpenPaper(status, campaignQuizzes.targeted(quizCode), asked);
    }
}
