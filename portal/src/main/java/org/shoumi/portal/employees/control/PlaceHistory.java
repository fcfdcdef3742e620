package org.shoumi.portal.employees.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * Where a person was on a given day: the department and secrecy class the personnel history (人员变动记录) gives them
 * on that day, not the ones they have now, so that who was expected at a past session, or whose a past year's
 * programme was, does not change when people are moved afterwards. Plain Java: the history comes in as the
 * person's dated changes.
 */
public final class PlaceHistory {

    /** A department and a secrecy class. */
    public record Place(String departmentCode, SecrecyClass secrecyClass) {
    }

    /**
     * One entry of a person's history: the day it took effect and the department and class before (null for a
     * hire) and after; {@code changedAt}, when it was registered (null: not known).
     */
    public record Change(LocalDate effectiveOn, String oldDepartment, SecrecyClass oldClass, String newDepartment,
                         SecrecyClass newClass, java.time.Instant changedAt) {
        public Change {
            Objects.requireNonNull(effectiveOn);
            Objects.requireNonNull(newDepartment);
            Objects.requireNonNull(newClass);
        }

        /** An entry whose registration time is not known (read by its day alone). */
        public Change(LocalDate effectiveOn, String oldDepartment, SecrecyClass oldClass, String newDepartment,
                      SecrecyClass newClass) {
            this(effectiveOn, oldDepartment, oldClass, newDepartment, newClass, null);
        }

        /** A hire's entry: nothing before it. */
        boolean hire() {
            return oldDepartment == null || oldClass == null;
        }
    }

    private PlaceHistory() {
    }

    /**
     * Of a person's history ({@code changes} in the order it was recorded), the change in effect on {@code day}: the
     * last to take effect on or before it, of two from the same day the one recorded later; null when every change
     * takes effect after the day. The year report's members ({@code YearMembers}) read the year's end by it too.
     */
    public static <C> C lastInEffect(LocalDate day, List<C> changes, Function<C, LocalDate> effectiveOn) {
        C inEffect = null;
        // a stable sort: of changes in effect from the same day the one recorded later stays later
        for (C c : changes.stream().sorted(Comparator.comparing(effectiveOn)).toList()) {
            if (!effectiveOn.apply(c).isAfter(day)) {
                inEffect = c;
            }
        }
        return inEffect;
    }

    /** The change of a non-empty history that took effect first; of two from the same day, the one recorded first. */
    public static <C> C firstByDay(List<C> changes, Function<C, LocalDate> effectiveOn) {
        return changes.stream().min(Comparator.comparing(effectiveOn)).orElseThrow();
    }

    /**
     * The day whose class a year's 学时 target follows: the year's last day, as the year-end report counts the
     * year's people ({@code YearMembers}), or {@code today} for the year under way (and a later one). The secrecy
     * file read every year's target from the class the person has now: a 核心 person of all of 2025 lowered to 一般
     * today read "2025 年度：0 / 8 学时" while the 2025 report counted them as 核心 (outside check).
     */
    public static LocalDate classDayOfYear(int year, LocalDate today) {
        LocalDate last = LocalDate.of(year, 12, 31);
        return last.isBefore(today) ? last : today;
    }

    /**
     * The place of a person on {@code day}: the one the last change in effect on that day gave them (of two in
     * effect from the same day, the one recorded later); before every recorded change, the one the first change
     * found them in; the place they have now when there is no history, or the first change is their hire.
     *
     * @param now     the department and class now
     * @param changes the person's history, in the order it was recorded
     */
    public static Place on(LocalDate day, Place now, List<Change> changes) {
        Objects.requireNonNull(day);
        Objects.requireNonNull(now);
        if (changes.isEmpty()) {
            return now;
        }
        Change inEffect = lastInEffect(day, changes, Change::effectiveOn);
        if (inEffect != null) {
            return new Place(inEffect.newDepartment(), inEffect.newClass());
        }
        Change first = firstByDay(changes, Change::effectiveOn);
        if (first.oldDepartment() == null || first.oldClass() == null) {
            // hired after the day: where the hire put them (they were not there yet; the caller decides what that means)
            return new Place(first.newDepartment(), first.newClass());
        }
        return new Place(first.oldDepartment(), first.oldClass());
    }

    /**
     * The place of a person at {@code moment} (a session's start), on its day {@code day} in the unit's zone: as
     * {@link #on}, except that an entry taking effect on that very day counts only once it was registered by then.
     * The history has a day for each entry, not a time; an entry of the day registered later (a move or a hire
     * entered in the evening) took effect after the moment, and read by day it rewrote who was expected at a session
     * held that morning (outside check). An entry of an earlier day counts whenever it was registered (a departure
     * approved as of an earlier day took effect then); one whose registration time is not known counts by its day.
     * Empty when the person was not yet in the unit at the moment: their first entry is their hire and it had not
     * taken effect (a later hire date, or the day's hire registered after the moment).
     *
     * @param now     the department and class now
     * @param changes the person's history, in the order it was recorded
     */
    public static java.util.Optional<Place> at(java.time.Instant moment, LocalDate day, Place now,
                                               List<Change> changes) {
        Objects.requireNonNull(moment);
        Objects.requireNonNull(day);
        // an entry of the day registered after the moment is read as taking effect on the next day
        List<Change> byThen = changes.stream().map(c -> registeredAfter(c, moment, day)
                ? new Change(day.plusDays(1), c.oldDepartment(), c.oldClass(), c.newDepartment(), c.newClass(),
                c.changedAt()) : c).toList();
        if (!byThen.isEmpty() && lastInEffect(day, byThen, Change::effectiveOn) == null
                && firstByDay(byThen, Change::effectiveOn).hire()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(on(day, now, byThen));
    }

    private static boolean registeredAfter(Change c, java.time.Instant moment, LocalDate day) {
        return c.effectiveOn().equals(day) && c.changedAt() != null && c.changedAt().isAfter(moment);
    }
}
