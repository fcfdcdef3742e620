package org.shoumi.portal.employees.control;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * Which secrecy class counts for a 脱密期: the highest class the person held at any time in the look-back window
 * before the departure was opened, never only the class they hold now (a 核心 person lowered to 一般 shortly
 * before leaving still owes the 核心 period). A class corrected before the post was taken up (上岗前更正, see
 * {@link HireCorrection}) was entered by mistake and never held; nor was a class a person in post was raised into
 * and never took up (no passed 上岗审查 while they held it): they went on holding the class before it. Plain Java:
 * the history comes in as (when, old class, new class, whether it was such a correction, whether it holds a class
 * never taken up).
 */
public final class ClassHistory {

    /**
     * One change of class: when it was made and the classes before (null for a hire) and after; {@code correction}
     * when it corrected the class of a hire who had not taken up any secret-related post (上岗前更正);
     * {@code notTakenUp} when the class it leaves the person in was never taken up (a raise in post into 核心 or 重要
     * with no passed 上岗审查 while it was held, and the entries after it that kept the person in it).
     */
    public record ClassChange(Instant at, SecrecyClass before, SecrecyClass after, boolean correction,
                              boolean notTakenUp) {
        public ClassChange {
            Objects.requireNonNull(at);
            Objects.requireNonNull(after);
        }

        /** A change whose class was taken up. */
        public ClassChange(Instant at, SecrecyClass before, SecrecyClass after, boolean correction) {
            this(at, before, after, correction, false);
        }

        /** A change that is not a correction of the hire, whose class was taken up. */
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
     * as 核心 and corrected to 一般 before the post was taken up owing the 核心 period). A class never taken up
     * ({@link ClassChange#notTakenUp}) counts as the class held before it: a person in post raised from 一般 to 核心
     * by mistake and set back a minute later, with no 上岗审查 in between, owed the 3 years of 核心 (outside check).
     *
     * @param changes the person's changes, oldest first
     */
    public static SecrecyClass highestHeldSince(SecrecyClass current, List<ClassChange> changes, Instant from) {
        Objects.requireNonNull(current);
        // the classes each change found and left the person in, a class never taken up read as the one held before
        SecrecyClass[] before = new SecrecyClass[changes.size()];
        SecrecyClass[] after = new SecrecyClass[changes.size()];
        for (int i = 0; i < changes.size(); i++) {
            ClassChange c = changes.get(i);
            before[i] = i > 0 && changes.get(i - 1).notTakenUp() ? after[i - 1] : c.before();
            after[i] = c.notTakenUp() && before[i] != null ? before[i] : c.after();
        }
        SecrecyClass highest = !changes.isEmpty() && changes.get(changes.size() - 1).notTakenUp()
                ? after[changes.size() - 1] : current;
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
            highest = SecrecyClass.higher(highest, after[i]);
            if (before[i] != null && i != lastCorrection) {
                highest = SecrecyClass.higher(highest, before[i]);
            }
        }
        return highest;
    }

    /**
     * The class a person was raised from when their last change of class raised them into a class they never took
     * up ({@link ClassChange#notTakenUp}) and they hold it still: set back to it, the raise is corrected (a mistaken
     * raise undone), not left by a departure. Empty otherwise.
     *
     * @param changes the person's changes, oldest first
     */
    public static Optional<SecrecyClass> raisedFromNotTakenUp(SecrecyClass current, List<ClassChange> changes) {
        for (int i = changes.size() - 1; i >= 0; i--) {
            ClassChange c = changes.get(i);
            if (!c.notTakenUp() || c.before() == null) {
                return Optional.empty();
            }
            if (c.before() != c.after()) {
                return c.after() == current && c.after().isLoweredTo(c.before()) ? Optional.of(c.before())
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
