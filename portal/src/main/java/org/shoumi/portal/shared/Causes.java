package org.shoumi.portal.shared;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** A failure and the causes behind it, once each (a cause chain that loops back is walked only once). */
public final class Causes {

    private Causes() {
    }

    /** The failure, then its cause, then that one's cause, and so on. */
    public static Stream<Throwable> of(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        return Stream.iterate(failure, t -> t != null && seen.put(t, Boolean.TRUE) == null, Throwable::getCause);
    }

    /** Whether the failure, or one of its causes, is of this type. */
    public static boolean include(Throwable failure, Class<? extends Throwable> type) {
        return of(failure).anyMatch(type::isInstance);
    }
}
