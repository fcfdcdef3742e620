package org.shoumi.portal.web.quizzes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.shoumi.portal.web.shared.CurrentPerson;
import org.shoumi.quizzes.attempts.boundary.QuizAttempts;
import org.shoumi.quizzes.attempts.boundary.QuizRefusedException;
import org.shoumi.quizzes.attempts.boundary.ResultView;

/** The result of a finished attempt, with the feedback the quiz allows. */
@Named
@RequestScoped
public class QuizResultView {

    @Inject
    QuizAttempts attempts;

    @Inject
    CurrentPerson person;

    @Inject
    ExternalContext external;

    private Long attempt;
    private ResultView result;

    public void load() throws IOException {
        String me = person.employeeNo().orElse(null);
        if (attempt == null || me == null) {
            external.responseSendError(404, null);
            return;
        }
        try {
            result = attempts.result(attempt, me);
        } catch (QuizRefusedException refused) {
            external.responseSendError(refused.reason() == QuizRefusedException.Reason.NOT_YOURS ? 403 : 404, null);
        }
    }

    public Long getAttempt() {
        return attempt;
    }

    public void setAttempt(Long attempt) {
        this.attempt = attempt;
    }

    public ResultView getResult() {
        return result;
    }
}
