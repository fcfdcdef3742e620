package org.shoumi.portal.sessions.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * Whether a typed check-in code checks a person in, and to which session. The code names the session: the
 * sessions whose current code it is are the candidates (a renewed code replaces the old one, so an old code
 * names none). Refused: a code that names no session, a session whose window has not opened yet or has closed,
 * and a person already recorded at the session. Too many wrong codes in a short time block further tries.
 */
public final class CheckInRules {

    /** Why a check-in is refused. */
    public enum Refusal { WRONG_CODE, NOT_YET_OPEN, ENDED, ALREADY_CHECKED_IN, TOO_MANY_TRIES }

    /** A session whose current code is the typed one. */
    public record Candidate(long sessionId, Instant startsAt, Instant endsAt) {
    }

    /** The session to record the person at, or why not. */
    public record Decision(Long sessionId, Refusal refusal) {
        public static Decision at(long sessionId) {
            return new Decision(sessionId, null);
        }

        public static Decision refused(Refusal refusal) {
            return new Decision(null, refusal);
        }

        public boolean accepted() {
            return refusal == null;
        }
    }

    /** How many wrong codes a person may type within {@code period} before further tries are refused. */
    public record TryLimit(int maxWrong, Duration period) {
        public static final TryLimit STANDARD = new TryLimit(5, Duration.ofMinutes(10));

        /** Whether these earlier wrong tries block a try now. */
        public boolean blocks(List<Instant> wrongTries, Instant now) {
            Instant since = now.minus(period);
            return wrongTries.stream().filter(t -> t.isAfter(since)).count() >= maxWrong;
        }
    }

    private CheckInRules() {
    }

    /**
     * Decides a check-in. {@code candidates}: the sessions whose current code is the (normalized) typed code, empty
     * when the code was malformed or names none; {@code attended}: whether the person is already recorded at a
     * session. A session open now comes first; otherwise the most recent that ended, then the next to open.
     */
    public static Decision decide(List<Candidate> candidates, Instant now, CheckInWindow window, LongPredicate attended) {
        if (candidates.isEmpty()) {
            return Decision.refused(Refusal.WRONG_CODE);
        }
        Optional<Candidate> open = candidates.stream()
                .filter(c -> window.state(now, c.startsAt(), c.endsAt()) == CheckInWindow.State.OPEN)
                .min(Comparator.comparing(Candidate::endsAt));
        Candidate chosen = open.or(() -> candidates.stream()
                        .filter(c -> window.state(now, c.startsAt(), c.endsAt()) == CheckInWindow.State.ENDED)
                        .max(Comparator.comparing(Candidate::endsAt)))
                .orElseGet(() -> candidates.stream().min(Comparator.comparing(Candidate::startsAt)).orElseThrow());
        if (attended.test(chosen.sessionId())) {
            return Decision.refused(Refusal.ALREADY_CHECKED_IN);
        }
        return switch (window.state(now, chosen.startsAt(), chosen.endsAt())) {
            case OPEN -> Decision.at(chosen.sessionId());
            case NOT_YET_OPEN -> Decision.refused(Refusal.NOT_YET_OPEN);
            case ENDED -> Decision.refused(Refusal.ENDED);
        };
    }
}
