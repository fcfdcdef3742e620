package org.shoumi.quizzes.attempts.boundary;

import java.util.List;
import org.shoumi.quizzes.bank.entity.BankQuestion;

/**
 * The questions of a person's mistake book, which the built-in practice quiz draws from. Implemented by the
 * mistakes feature, which observes finished attempts to keep the book; the attempts only ask.
 */
public interface PracticePool {

    /** The person's questions still open in the mistake book. */
    List<BankQuestion> openMistakes(String person);
}
