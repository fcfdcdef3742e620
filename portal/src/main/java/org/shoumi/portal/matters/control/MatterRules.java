package org.shoumi.portal.matters.control;

import java.time.LocalDate;
import java.util.Optional;
import org.shoumi.portal.matters.entity.MatterStatus;

/**
 * The order of a report's steps, plain Java: reported, then acknowledged, then decided, each once; and a matter
 * is reported after it happened (its day is not in the future).
 */
public final class MatterRules {

    private MatterRules() {
    }

    /** Why a step cannot be taken now. */
    public enum StepProblem {
        /** acknowledged (or decided) already */
        ALREADY_ACKNOWLEDGED,
        /** a decision before the acknowledgement */
        NOT_ACKNOWLEDGED,
        /** decided already: the report is closed */
        ALREADY_DECIDED,
        /** REPORTED is the report itself, not a step the office takes */
        NOT_A_STEP
    }

    /** What stops {@code step} on a report whose last step is {@code current}, if anything. */
    public static Optional<StepProblem> check(MatterStatus current, MatterStatus step) {
        if (current == MatterStatus.DECIDED && step != MatterStatus.REPORTED) {
            return Optional.of(StepProblem.ALREADY_DECIDED);
        }
        return switch (step) {
            case REPORTED -> Optional.of(StepProblem.NOT_A_STEP);
            case ACKNOWLEDGED -> current == MatterStatus.REPORTED ? Optional.empty()
                    : Optional.of(StepProblem.ALREADY_ACKNOWLEDGED);
            case DECIDED -> current == MatterStatus.ACKNOWLEDGED ? Optional.empty()
                    : Optional.of(StepProblem.NOT_ACKNOWLEDGED);
        };
    }

    /** Whether a matter's day is acceptable: given and not after today. */
    public static boolean dayAllowed(LocalDate occurredOn, LocalDate today) {
        return occurredOn != null && !occurredOn.isAfter(today);
    }
}
