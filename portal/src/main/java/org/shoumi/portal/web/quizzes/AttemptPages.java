package org.shoumi.portal.web.quizzes;

import jakarta.faces.context.ExternalContext;
import java.io.IOException;
import org.shoumi.quizzes.attempts.boundary.QuizRefusedException;

/** What the attempt pages answer when an attempt cannot be shown: someone else's is 403, anything else 404. */
final class AttemptPages {

    private AttemptPages() {
    }

    static void refuse(ExternalContext external, QuizRefusedException refused) throws IOException {
        external.responseSendError(refused.reason() == QuizRefusedException.Reason.NOT_YOURS ? 403 : 404, null);
    }
}
