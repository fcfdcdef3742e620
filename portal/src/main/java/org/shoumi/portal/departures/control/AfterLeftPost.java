package org.shoumi.portal.departures.control;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.shoumi.portal.departures.control.PostExitPeriodPolicy.Span;

/**
 * What a 离职 of someone who had already left the secret-related post (离岗) says about the 脱密期: the day they left the
 * post and the period that binds them since, which runs on unchanged. The period counts from leaving the secret-related
 * post; leaving the unit later starts none of its own (a new one, counted from the 离职, would restart it and bind the
 * person longer than the rules say). Plain Java: the days come in from the caller.
 *
 * @param leftPostOn  the day the 离岗 was approved (the first day of its 脱密期); null when no approved 离岗 is on record
 * @param periodStart the first day of the period that binds the person longest (null for none)
 * @param periodEnd   its last day as it stands now, adjustments included (null for none)
 */
public record AfterLeftPost(LocalDate leftPostOn, LocalDate periodStart, LocalDate periodEnd) implements Serializable {

    /** The bundle key of the sentence with a period, and without one (a 非涉密 person, or a class of 0 years). */
    public static final String WITH_PERIOD = "departures.afterPost.period";
    public static final String WITHOUT_PERIOD = "departures.afterPost.noPeriod";

    public AfterLeftPost {
        if ((periodStart == null) != (periodEnd == null)) {
            throw new IllegalArgumentException("a period has a first and a last day: " + periodStart + " " + periodEnd);
        }
    }

    /**
     * The facts of a 离职 opened on {@code openedOn} for someone out of the post: the latest of the days the person's
     * 离岗 departures were approved, up to the opening (a 离岗, then back in post, then out again: the last one), and of
     * the person's 脱密期s the one that binds them longest (the later start on a tie), as the restrictions list and the
     * API count it.
     *
     * @param postLeftOn the approval days of the person's approved departures that took them out of the post
     * @param periods    the person's 脱密期s, each from its first to its current last day
     */
    public static AfterLeftPost of(LocalDate openedOn, Collection<LocalDate> postLeftOn, Collection<Span> periods) {
        Objects.requireNonNull(openedOn);
        LocalDate left = postLeftOn.stream().filter(Objects::nonNull).filter(d -> !d.isAfter(openedOn))
                .max(Comparator.naturalOrder()).orElse(null);
        Optional<Span> governing = periods.stream().max(Comparator.comparing(Span::end).thenComparing(Span::start));
        return new AfterLeftPost(left, governing.map(Span::start).orElse(null), governing.map(Span::end).orElse(null));
    }

    /**
     * The earliest last working day such a 离职 may name: the day the person left the post (they left the post before
     * they leave the unit, or on the same day); empty when no 离岗 is on record.
     */
    public Optional<LocalDate> earliestLastDay() {
        return Optional.ofNullable(leftPostOn);
    }

    public boolean hasPeriod() {
        return periodEnd != null;
    }

    /** The key of the sentence that says so ({@link #WITH_PERIOD} or {@link #WITHOUT_PERIOD}). */
    public String key() {
        return hasPeriod() ? WITH_PERIOD : WITHOUT_PERIOD;
    }

    /** The sentence in the bundle's language, as the departure page, the approval form and the records write it. */
    public String text(ResourceBundle bundle) {
        return MessageFormat.format(bundle.getString(key()), day(leftPostOn), day(periodStart), day(periodEnd));
    }

    // getters for Faces EL (EL 5 does not read record components as properties)
    public LocalDate getLeftPostOn() {
        return leftPostOn;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    /** The three days as the sentence writes them ("—" for none), for the page's parameters. */
    public String getLeftPostOnText() {
        return day(leftPostOn);
    }

    public String getPeriodStartText() {
        return day(periodStart);
    }

    public String getPeriodEndText() {
        return day(periodEnd);
    }

    public String getKey() {
        return key();
    }

    /** A day as the records write it; "—" for none. */
    public static String day(LocalDate day) {
        return day == null ? "—" : day.toString();
    }
}
