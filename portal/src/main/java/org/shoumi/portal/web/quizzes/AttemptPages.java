package org.shoumi.portal.web.quizzes;

import org.shoumi.portal.web.shared.NotFound;
import jakarta.faces.context.ExternalContext;
import java.io.IOException;
import org.shoumi.quizzes.attempts.boundary.QuizRefusedException;

/**
 * What the attempt pages answer when an attempt cannot be shown: 404, for someone else's attempt too, so that
 * nobody learns by trying ids which attempts exist (the pledge PDF answers the same way).
 */
final class AttemptPages {

    private AttemptPages() {
    }

    static void refuse(ExternalContext external, QuizRefusedException refused) throws IOException {
        NotFound.answer(external);
    }
}
