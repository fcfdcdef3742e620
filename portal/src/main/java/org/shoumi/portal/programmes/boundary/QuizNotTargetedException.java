package org.shoumi.portal.programmes.boundary;

import org.shoumi.content.persistence.Refusal;

/**
 * The quiz belongs to a campaign or plan item that was not given to this person: for them it does not exist (pages answer 404,
 * so that nobody learns which targeted quizzes there are).
 */
public class QuizNotTargetedException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    public QuizNotTargetedException(String quizCode) {
        super("quiz " + quizCode + " is not targeted at this person");
    }
}
