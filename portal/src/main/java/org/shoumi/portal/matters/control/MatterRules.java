package org.shoumi.portal.matters.control;

import java.time.LocalDate;
import java.util.Optional;
import org.shoumi.content.text.Texts;
import org.shoumi.portal.matters.entity.MatterCategory;
import org.shoumi.portal.matters.entity.MatterDecision;
import org.shoumi.portal.matters.entity.MatterStatus;

/**
 * The order of a report's steps, plain Java: reported, then acknowledged, then decided, each once; and a matter
 * is reported after it happened (its day is not in the future) and not long after (at most 10 years back).
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

    /** How far back a matter's day may lie, in years (as far as an incident's day may). */
    public static final int MAX_YEARS_BACK = 10;

    /**
     * Whether a matter's day lies more than {@link #MAX_YEARS_BACK} years before today (1900-01-01 was taken; outside
     * check): a matter is reported when it happens, so such a day is a slip of the date picker.
     */
    public static boolean tooLongAgo(LocalDate occurredOn, LocalDate today) {
        return occurredOn != null && occurredOn.isBefore(today.minusYears(MAX_YEARS_BACK));
    }

    /** Whether a matter's day is acceptable: given and not after today. */
    public static boolean dayAllowed(LocalDate occurredOn, LocalDate today) {
        return occurredOn != null && !occurredOn.isAfter(today);
    }

    /** Why a decision on a reported carrier loss is not taken now. */
    public enum CarrierProblem {
        /** 无需处理: a lost carrier is always reported upwards and dealt with as an incident */
        NO_ACTION,
        /** its incident case is not closed yet: the decision would read as handled while the case runs */
        CASE_OPEN
    }

    /**
     * What stops {@code decision} on a report of {@code category}, if anything: a lost secret carrier or device
     * (涉密载体或设备遗失) is never closed as 无需处理, and is decided only once the incident case it opened is closed
     * ({@code caseClosed}: that case's state; a report without a case, from before cases were opened, is not held).
     * Other categories are decided freely.
     */
    public static Optional<CarrierProblem> carrierDecision(MatterCategory category, MatterDecision decision,
                                                           boolean hasCase, boolean caseClosed) {
        if (category != MatterCategory.CARRIER_LOST) {
            return Optional.empty();
        }
        if (decision == MatterDecision.NO_ACTION) {
            return Optional.of(CarrierProblem.NO_ACTION);
        }
        return hasCase && !caseClosed ? Optional.of(CarrierProblem.CASE_OPEN) : Optional.empty();
    }

    /**
     * Whether a report of {@code category} needs a note: one whose note is the report's only content. A lost carrier's
     * is the case's description; under 其他 the category names nothing, and under 与境外组织、人员有异常接触 only the
     * note says with whom and what happened (both were taken with "-", a report of nothing; outside check ex-s37i 5).
     * The other categories name the matter themselves (a marriage, a passport, a relative abroad, an investigation).
     */
    public static boolean noteRequired(MatterCategory category) {
        return category == MatterCategory.CARRIER_LOST || category == MatterCategory.OTHER
                || category == MatterCategory.FOREIGN_CONTACT;
    }

    /**
     * Whether a report of {@code category} lacks the note it needs, or has one that says nothing: a required note
     * ({@link #noteRequired}) must say something ({@link Texts#saysSomething}); a lost carrier's becomes the incident
     * case's description ("-" or "无无" opened a case whose 情况说明 read "-"; outside check ex-s37e 1). A note of
     * another category stays optional, but one typed is kept for good with the report and must say something too
     * ("-" is no note; ex-s37i 5).
     */
    public static boolean noteMissing(MatterCategory category, String note) {
        if (noteRequired(category)) {
            return !Texts.saysSomething(note);
        }
        return Texts.clean(note) != null && !Texts.saysSomething(note);
    }

    /**
     * Whether the text of a decision says nothing: a decision is kept for good with the report and read by an
     * inspection, so "-", "无" or "无无" is no decision in words (调离涉密岗位 with the text "-" was taken; outside check
     * ex-s37e 1).
     */
    public static boolean decisionTextMissing(String text) {
        return !Texts.saysSomething(text);
    }
}
