package org.shoumi.portal.employees.control;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * Which secrecy class counts for a 脱密期: the highest class the person held at any time in the look-back window
 * before the departure was opened, never only the class they hold now (a 核心 person lowered to 一般 shortly
 * before leaving still owes the 核心 period). A class corrected before the post was taken up (上岗前更正, see
 * {@link HireCorrection}) was entered by mistake and never held. Plain Java: the history comes in as (when, old
 * class, new class, whether it was such a correction).
 */
public final class ClassHistory {

    /**
     * One change of class: when it was made and the classes before (null for a hire) and after; {@code correction}
     * when it corrected the class of a hire who had not taken up any secret-related post (上岗前更正).
     */
    public record ClassChange(Instant at, SecrecyClass before, SecrecyClass after, boolean correction) {
        public ClassChange {
            Objects.requireNonNull(at);
            Objects.requireNonNull(after);
        }

        /** A change that is not a correction of the hire. */
        public ClassChange(Instant at, SecrecyClass before, SecrecyClass after) {
            this(at, before, after, false);
        }
    }

    private ClassHistory() {
    }

    /**
     * The highest class held from {@code from} up to now: the current class, and the classes before and after
     * every change made since {@code from} (the class before the first such change is the one held at
     * {@code from}). Changes before {@code from} do not count. A correction of the hire says that the person had
     * taken up no secret-related post until then (the portal corrects only such a hire): the class it replaced, and
     * every class of the entries before it, were never held and do not count (an outside check found a hire entered
     * as 核心 and corrected to 一般 before the post was taken up owing the 核心 period).
     *
     * @param changes the person's changes, oldest first
     */
    public static SecrecyClass highestHeldSince(SecrecyClass current, List<ClassChange> changes, Instant from) {
        SecrecyClass highest = Objects.requireNonNull(current);
        int lastCorrection = -1;
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).correction()) {
                lastCorrection = i;
            }
        }
        for (int i = Math.max(lastCorrection, 0); i < changes.size(); i++) {
            ClassChange c = changes.get(i);
            if (c.at().isBefore(from)) {
                continue;
            }
            highest = SecrecyClass.higher(highest, c.after());
            if (c.before() != null && i != lastCorrection) {
                highest = SecrecyClass.higher(highest, c.before());
            }
        }
        return highest;
    }
}
