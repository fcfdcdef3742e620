package org.shoumi.portal.shared;

import java.util.List;
import org.shoumi.content.persistence.Refusal;

/**
 * What a feature's refused exception says: something asked of its boundary was not done (nothing was stored), and
 * why. Each reason is an enum constant whose name completes the feature's message key
 * ({@code travel.refused.<REASON>}), so the web layer reports the refusals of every feature the same way.
 */
public interface Refused extends Refusal {

    /** The first reason (the only one, for most refusals). */
    Enum<?> reason();

    /** Every reason found, the first one first; only {@link #reason()} unless the feature collects several. */
    default List<? extends Enum<?>> reasons() {
        return List.of(reason());
    }

    /**
     * The arguments of the first reason's message (a day, a limit, a name), which is then a MessageFormat pattern;
     * none for most refusals.
     */
    default List<Object> args() {
        return List.of();
    }

    /**
     * The arguments of the message of the reason at {@code index} of {@link #reasons()}: {@link #args()} for the
     * first, none for the others unless the feature gives each reason its own.
     */
    default List<Object> argsOf(int index) {
        return index == 0 ? args() : List.of();
    }
}
