package org.shoumi.portal.hours.boundary;

import java.math.BigDecimal;
import org.shoumi.portal.hours.control.HoursRules;

/** A person's hours in a year, by source, and the target they must reach. */
public record Tally(BigDecimal reading, BigDecimal quizzes, BigDecimal sessions, BigDecimal target) {

    public BigDecimal total() {
        return reading.add(quizzes).add(sessions);
    }

    /** Whether the target is reached. */
    public boolean met() {
        return total().compareTo(target) >= 0;
    }

    public BigDecimal getReading() {
        return reading;
    }

    public BigDecimal getQuizzes() {
        return quizzes;
    }

    public BigDecimal getSessions() {
        return sessions;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public BigDecimal getTotal() {
        return total();
    }

    public boolean isMet() {
        return met();
    }

    /** Whole percent of the target reached, at most 100 (100 when the target is zero). */
    public int getPercent() {
        return HoursRules.percent(total(), target);
    }
}
