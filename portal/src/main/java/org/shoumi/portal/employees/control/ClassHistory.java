package org.shoumi.portal.employees.control;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * Which secrecy class counts for a 脱密期: the highest class the person held at any time in the look-back window
 * before the departure was opened, never only the class they hold now (a 核心 person lowered to 一般 shortly
 * before leaving still owes the 核心 period). Plain Java: the history comes in as (when, old class, new class).
 */
public final class ClassHistory {

    /** One change of class: when it was made and the classes before (null for a hire) and after. */
    public record ClassChange(Instant at, SecrecyClass before, SecrecyClass after) {
        public ClassChange {
            Objects.requireNonNull(at);
            Objects.requireNonNull(after);
        }
    }

    private ClassHistory() {
    }

    /**
     * The highest class held from {@code from} up to now: the current class, and the classes before and after
     * every change made since {@code from} (the class before the first such change is the one held at
     * {@code from}). Changes before {@code from} do not count.
     */
    public static SecrecyClass highestHeldSince(SecrecyClass current, Collection<ClassChange> changes, Instant from) {
        SecrecyClass highest = Objects.requireNonNull(current);
        for (ClassChange c : changes) {
            if (c.at().isBefore(from)) {
                continue;
            }
            highest = SecrecyClass.higher(highest, c.after());
            if (c.before() != null) {
                highest = SecrecyClass.higher(highest, c.before());
            }
        }
        return highest;
    }
}
