package org.shoumi.quizzes.attempts.control;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.shoumi.quizzes.attempts.control.QuizPolicy.GradingMethod;

/**
 * Whether a person's attempts at a quiz pass as the quiz grades them, and which of their passes stand: the one rule
 * for programme steps, 学时 and the certificate check (an earlier pass counted after a failed retake of a quiz graded
 * by the last attempt: outside check).
 *
 * <ul>
 *   <li>{@link GradingMethod#HIGHEST}: the best attempt counts, so every pass stands; a later failure changes
 *       nothing.</li>
 *   <li>{@link GradingMethod#LAST}: the last attempt counts, even if lower, so a pass stands until a later attempt
 *       fails: that failure supersedes it (and every pass before it). A later pass stands again.</li>
 * </ul>
 *
 * The attempts given are one person's finished attempts at one quiz; void ones (certificate revoked) are left out
 * by the caller: they neither pass nor fail. The attempts themselves are never changed: a superseded pass stays on
 * record as passed, it only no longer counts. {@code asOf} limits the failures that supersede to those finished
 * before it: now for the grade as it is (学时, the certificate check), the moment a programme was given for its step
 * (a retake after that does not undo the step the pass did). With this rule the grade {@link QuizPolicy#grade} gives
 * is a pass exactly when some pass stands.
 */
public final class PassRule {

    /** A finished attempt as the rule sees it: its number, when it was handed in, whether it passed. */
    public record Taken(int number, Instant finishedAt, boolean passed) {
    }

    private PassRule() {
    }

    /**
     * The failed attempt that supersedes {@code pass} as of {@code asOf}: for a quiz graded by the last attempt, the
     * first attempt after it that failed and was handed in before {@code asOf}; empty while the pass stands (always
     * for the best attempt, and for a failed attempt, which has nothing to lose).
     */
    public static Optional<Taken> supersededBy(Taken pass, List<Taken> finished, GradingMethod method, Instant asOf) {
        if (!pass.passed() || method != GradingMethod.LAST) {
            return Optional.empty();
        }
        return finished.stream().filter(t -> t.number() > pass.number() && !t.passed())
                .filter(t -> t.finishedAt() != null && t.finishedAt().isBefore(asOf))
                .min(Comparator.comparingInt(Taken::number));
    }

    /** Whether {@code pass} passed and still stands as of {@code asOf}. */
    public static boolean stands(Taken pass, List<Taken> finished, GradingMethod method, Instant asOf) {
        return pass.passed() && supersededBy(pass, finished, method, asOf).isEmpty();
    }

    /**
     * The first pass handed in at or after {@code since} that stands as of {@code asOf}: what completes a programme's
     * quiz step, and when; empty when there is none.
     */
    public static Optional<Taken> firstStandingPass(List<Taken> finished, GradingMethod method, Instant since,
                                                    Instant asOf) {
        return finished.stream().filter(t -> t.finishedAt() != null && !t.finishedAt().isBefore(since))
                .filter(t -> stands(t, finished, method, asOf))
                .min(Comparator.comparing(Taken::finishedAt).thenComparingInt(Taken::number));
    }

    /** Whether the person's grade in the quiz is a pass as of {@code asOf}: some pass stands. */
    public static boolean passes(List<Taken> finished, GradingMethod method, Instant asOf) {
        return finished.stream().anyMatch(t -> stands(t, finished, method, asOf));
    }
}
