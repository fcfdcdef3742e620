package org.shoumi.portal.programmes.boundary;

import java.time.LocalDate;
import org.shoumi.content.persistence.Refusal;

/**
 * The quiz is asked of this person only by programmes that have not opened yet (a campaign whose window starts
 * later): an attempt now would not count for them, so none is started. Nothing was stored.
 */
public class ProgrammeNotOpenException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    private final LocalDate opensOn;

    public ProgrammeNotOpenException(String quizCode, LocalDate opensOn) {
        super("quiz " + quizCode + " opens for this person on " + opensOn);
        this.opensOn = opensOn;
    }

    /** The first day a programme asking for the quiz opens. */
    public LocalDate opensOn() {
        return opensOn;
    }
}
