package org.shoumi.portal.vetting.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.vetting.entity.VettingKind;
import org.shoumi.portal.vetting.entity.VettingResult;

/**
 * The rules of vetting and review, plain Java. A person's records count in held-day order, a later entry for the
 * same day after an earlier one (that is how a correction is made: a new record, never an edit).
 *
 * <ul>
 *   <li>核心 and 重要 need a passed vetting (the newest vetting record says 通过) before the onboarding pledge; 一般 and
 *   非涉密 need none but may have one recorded.</li>
 *   <li>The next review is due on the newest vetting-or-review day plus the class's interval; without any record,
 *   on the hire date plus the interval (the vetting on paper at hiring counts as the start). Only people in post
 *   (在岗) in a secret-related class are due: a review follows a post taken up, so someone not yet in post (待上岗)
 *   is not due one (their vetting counts before it).</li>
 *   <li>Only the records of the person's current spell in their post count ({@link #tenure}): a vetting or review
 *   held before it (more than {@link Intervals#vettingBeforeHireDays()} days before they took up or return to the
 *   post, or before they left an earlier one) belongs to an earlier post and neither vets them nor starts their
 *   review schedule. A return from 离岗 and a move into 核心 or 重要 from a class that needed no vetting start a new
 *   spell, as a hire does.</li>
 *   <li>A held day is never in the future and never before the hire date; a vetting may precede the hire date by
 *   up to {@link Intervals#vettingBeforeHireDays()} days, since the vetting is done before the appointment.</li>
 * </ul>
 */
public final class VettingRules {

    private VettingRules() {
    }

    /** The review intervals in years per class and how long a vetting may precede the hire date. */
    public record Intervals(int coreYears, int importantYears, int generalYears, int vettingBeforeHireDays) {

        public Intervals {
            if (coreYears < 1 || importantYears < 1 || generalYears < 1 || vettingBeforeHireDays < 0) {
                throw new IllegalArgumentException("review intervals are at least one year");
            }
        }

        /** Years between reviews for a class; empty for a class that is not secret-related. */
        public Optional<Integer> years(SecrecyClass c) {
            return switch (c) {
                case CORE -> Optional.of(coreYears);
                case IMPORTANT -> Optional.of(importantYears);
                case GENERAL -> Optional.of(generalYears);
                case NONE -> Optional.empty();
            };
        }
    }

    /** One record as the rules see it. {@code sequence} orders entries of the same day (the id). */
    public record Held(VettingKind kind, LocalDate on, VettingResult result, long sequence) {
    }

    /**
     * One entry of the person's history as the rules see it: the day it took effect, and class and status before
     * (null for the hire's entry) and after.
     */
    public record Step(LocalDate on, SecrecyClass oldClass, SecrecyClass newClass, EmployeeStatus oldStatus,
                       EmployeeStatus newStatus, boolean correctsRaise) {

        /**
         * An entry that sets back no raise. {@code correctsRaise}: the entry set the person back from a raise never
         * taken up (history source RAISE_CORRECTION): the spell that raise started never began.
         */
        public Step(LocalDate on, SecrecyClass oldClass, SecrecyClass newClass, EmployeeStatus oldStatus,
                    EmployeeStatus newStatus) {
            this(on, oldClass, newClass, oldStatus, newStatus, false);
        }
    }

    /**
     * The person's current spell in their post: {@code since} the day it starts (the hire date, or the day of a
     * return or a move into a class that needs vetting, never before the hire date) and {@code earliest} the first
     * day a vetting or review counts for it.
     */
    public record Tenure(LocalDate since, LocalDate earliest) {

        /** The records held within this spell, in the order given. */
        public List<Held> of(List<Held> records) {
            return records.stream().filter(h -> !h.on().isBefore(earliest)).toList();
        }
    }

    /**
     * The person's current spell (see {@link Tenure}) from their history, oldest first. It starts on the hire date;
     * a return to the post (离岗 → 待上岗 or 在岗), a move in post into a secret-related class from 非涉密, or a raise in
     * post into 核心 or 重要 from any lower class ({@link #raisesIntoVetting}: 一般 → 核心, and 重要 → 核心 too) starts a
     * new one on its day. A vetting counts from {@link Intervals#vettingBeforeHireDays()} days before the start, as for
     * a hire, but never from before the day the person last left a post (a returnee's old vetting, or the one before a
     * review found 不合格, does not vet them for the new post; outside check). A raise set back as never taken up
     * ({@link Step#correctsRaise}) started nothing: the spell before it goes on (the 重要 vetting of a person raised to
     * 核心 by mistake and set back vets them for 重要 again).
     */
    public static Tenure tenure(LocalDate hireDate, List<Step> history, Intervals intervals) {
        LocalDate since = hireDate;
        LocalDate left = null;
        LocalDate floor = null;
        // the spell before the latest raise, for its correction
        LocalDate sinceBeforeRaise = null;
        LocalDate floorBeforeRaise = null;
        for (Step s : history) {
            if (s.oldStatus() == null) {
                continue;
            }
            if (s.correctsRaise()) {
                if (sinceBeforeRaise != null) {
                    since = sinceBeforeRaise;
                    floor = floorBeforeRaise;
                    sinceBeforeRaise = null;
                    floorBeforeRaise = null;
                }
                continue;
            }
            boolean wasIn = inPost(s.oldStatus());
            boolean isIn = inPost(s.newStatus());
            if (wasIn && !isIn) {
                left = s.on();
            } else if (isIn && (!wasIn || !s.oldClass().isSecretRelated() && s.newClass().isSecretRelated()
                    || raisesIntoVetting(s.oldClass(), s.newClass()))) {
                if (wasIn && raisesIntoVetting(s.oldClass(), s.newClass())) {
                    sinceBeforeRaise = since;
                    floorBeforeRaise = floor;
                } else {
                    sinceBeforeRaise = null;
                    floorBeforeRaise = null;
                }
                since = s.on().isBefore(hireDate) ? hireDate : s.on();
                floor = left;
            }
        }
        LocalDate earliest = since.minusDays(intervals.vettingBeforeHireDays());
        if (floor != null && floor.isAfter(earliest)) {
            earliest = floor;
        }
        return new Tenure(since, earliest);
    }

    /**
     * Whether a change of class is a raise that needs a 上岗审查 of its own: into 核心 or 重要, from a lower class. A
     * 上岗审查 held for 重要 does not vet the person for 核心 (records carry no class: the one that counts is held from
     * the allowed days before the raise on, {@link #tenure}); a 重要 person raised to 核心 was listed nowhere, and set
     * back a minute later owed the 核心 脱密期 (outside check).
     */
    public static boolean raisesIntoVetting(SecrecyClass from, SecrecyClass to) {
        return from != null && to != null && vettingRequired(to) && to.rank() > from.rank();
    }

    /**
     * The entries of a person's history (oldest first) that hold a class never taken up: a raise in post, or a
     * re-post from 离岗 ({@link #rePostRaise}: a 上岗审查 counts from the day the person left their earlier post at the
     * earliest), into 核心 or 重要 from a lower class (重要 → 核心 too: the move that starts a new spell, {@link #tenure}) with no passed
     * 上岗审查 held while the person held that class (from {@link Intervals#vettingBeforeHireDays()} days before the
     * raise, as for a hire, to the day they left the class or the post, or up to now), and the entries after it that
     * kept them in that class. Such a class was never held: the person went on working in the class before (a raise
     * from 一般 to 核心 entered by mistake and set back a minute later owed the 核心 脱密期; outside check). Only the records
     * that stand count ({@link #standing}): a 通过 corrected by a later entry of the same day takes nothing up.
     *
     * @return the positions of those entries in {@code history}
     */
    public static java.util.Set<Integer> notTakenUp(List<Step> history, List<Held> records, Intervals intervals) {
        return notTakenUp(history, records, intervals, true);
    }

    /**
     * As {@link #notTakenUp}, the raises in post alone: a re-post's raise never taken up counts as the class held
     * before it for the 脱密期, but setting the person back is not a correction of a raise (they were out of the post
     * before it, and a correction would leave them 待上岗 in the class they left with).
     */
    public static java.util.Set<Integer> notTakenUpInPost(List<Step> history, List<Held> records,
                                                          Intervals intervals) {
        return notTakenUp(history, records, intervals, false);
    }

    private static java.util.Set<Integer> notTakenUp(List<Step> history, List<Held> records, Intervals intervals,
                                                     boolean withRePosts) {
        java.util.Set<Integer> never = new java.util.TreeSet<>();
        // a 通过 corrected the same day (a later entry of its kind and day says 未通过) is void: it took nothing up
        // (the 离岗 it opened named the 重要 脱密期 of a class the person never took up; outside check)
        List<Held> standing = standing(records);
        int i = 0;
        while (i < history.size()) {
            Step raise = history.get(i);
            boolean rePost = withRePosts && rePostRaise(raise);
            if (!raisesInPost(raise) && !rePost) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < history.size() && history.get(end).newClass() == raise.newClass()
                    && inPost(history.get(end).newStatus())) {
                end++;
            }
            LocalDate earliest = raise.on().minusDays(intervals.vettingBeforeHireDays());
            if (rePost) {
                // a 上岗审查 held before the person left their earlier post does not vet them for the new one
                for (int k = i - 1; k >= 0; k--) {
                    Step s = history.get(k);
                    if (s.oldStatus() != null && inPost(s.oldStatus()) && !inPost(s.newStatus())) {
                        if (s.on().isAfter(earliest)) {
                            earliest = s.on();
                        }
                        break;
                    }
                }
            }
            LocalDate from = earliest;
            LocalDate until = end < history.size() ? history.get(end).on() : null;
            boolean passed = standing.stream().anyMatch(h -> h.kind() == VettingKind.VETTING
                    && h.result() == VettingResult.PASSED && !h.on().isBefore(from)
                    && (until == null || !h.on().isAfter(until)));
            if (!passed) {
                for (int k = i; k < end; k++) {
                    never.add(k);
                }
            }
            i = end;
        }
        return never;
    }

    /**
     * The entry that supersedes {@code h}, one of {@code records}: the next one entered (by sequence) of the same kind
     * and held day. For one day the later entry counts and the one before it is void (a correction is a new record,
     * never an edit); empty when {@code h} stands.
     */
    public static Optional<Held> supersededBy(List<Held> records, Held h) {
        return records.stream().filter(o -> o.sequence() > h.sequence() && o.kind() == h.kind()
                && o.on().equals(h.on())).min(Comparator.comparingLong(Held::sequence));
    }

    /**
     * The records that stand, in the order given: those no later entry of the same kind and day supersedes
     * ({@link #supersededBy}). A rule that asks whether any record says something (not only the newest) reads these:
     * a 上岗审查 通过 corrected the same day to 未通过 vetted nobody.
     */
    public static List<Held> standing(List<Held> records) {
        return records.stream().filter(h -> supersededBy(records, h).isEmpty()).toList();
    }

    /**
     * A re-post (离岗 → 待上岗 or 在岗, 按新上岗) into 核心 or 重要 from a lower class than the one held out of the post
     * ({@link #raisesIntoVetting}): never taken up without a passed 上岗审查 held while the class was held, as a raise in
     * post, and then counted as the class held before it (a re-post into 核心 set back a minute later owed the 核心
     * 脱密期 at the next departure, three times the 一般 one the person had earned; outside check). A hire is neither.
     */
    private static boolean rePostRaise(Step s) {
        return s.oldStatus() != null && s.oldClass() != null && !inPost(s.oldStatus()) && inPost(s.newStatus())
                && raisesIntoVetting(s.oldClass(), s.newClass());
    }

    /** A move in post (待上岗 or 在岗 before and after) into 核心 or 重要 from a lower class ({@link #raisesIntoVetting}). */
    private static boolean raisesInPost(Step s) {
        return s.oldStatus() != null && s.oldClass() != null && inPost(s.oldStatus()) && inPost(s.newStatus())
                && raisesIntoVetting(s.oldClass(), s.newClass());
    }

    private static boolean inPost(EmployeeStatus status) {
        return status == EmployeeStatus.ONBOARDING || status == EmployeeStatus.ACTIVE;
    }

    /** What is wrong with a held day, if anything. */
    public enum DateProblem {
        IN_FUTURE, BEFORE_HIRE
    }

    /** Whether a class needs a passed vetting before its onboarding pledge (核心, 重要). */
    public static boolean vettingRequired(SecrecyClass c) {
        return c == SecrecyClass.CORE || c == SecrecyClass.IMPORTANT;
    }

    /** The newest record of a kind (held day, then entry order). */
    public static Optional<Held> newest(List<Held> records, VettingKind kind) {
        return records.stream().filter(h -> h.kind() == kind)
                .max(Comparator.comparing(Held::on).thenComparingLong(Held::sequence));
    }

    /**
     * The record in force that rules over a new entry: empty when the entry, added to {@code records}, is in force
     * itself ({@link #inForce}); else the record in force of its kind held on a later day, or the newest record of
     * any kind. Such an entry (held earlier, entered later: a 通过 of yesterday after a 未通过 of today, a 复审 不合格
     * or a 上岗审查 未通过 dated before a 复审 合格) changes nothing about where the person stands and opens no 离岗: it
     * was saved as "已为 SM932 登记。" and the person silently stayed off the list of hires waiting for their vetting, and
     * a 上岗审查 未通过 dated before a later 复审 合格 opened a 离岗 (outside checks). Give the records of the current
     * spell; the entry's sequence is taken as the highest (it is entered last).
     */
    public static Optional<Held> laterInForce(List<Held> records, VettingKind kind, LocalDate day,
                                              VettingResult result) {
        Held entry = new Held(kind, day, result, Long.MAX_VALUE);
        List<Held> after = new java.util.ArrayList<>(records);
        after.add(entry);
        return ruling(after, entry);
    }

    /**
     * The record in force that rules over {@code h}, one of {@code records}: empty when {@code h} is in force itself;
     * else the record in force of its kind held on a later day, or else the newest record of any kind when it was
     * held on a later day.
     */
    public static Optional<Held> ruling(List<Held> records, Held h) {
        java.util.Set<Long> inForce = inForce(records);
        if (inForce.contains(h.sequence())) {
            return Optional.empty();
        }
        Optional<Held> ofKind = newest(records, h.kind()).filter(o -> inForce.contains(o.sequence())
                && o.on().isAfter(h.on()));
        return ofKind.or(() -> newest(records).filter(o -> o.on().isAfter(h.on())));
    }

    /**
     * The sequences of the records in force among these, as the file and the workbook mark them. A failure that
     * stands ({@link #closing}) is the one record in force: a later-dated 合格 or 通过 does not undo it (the file marked
     * the later 合格 现行有效 while the departure page said the 不合格 still stood; outside check). Otherwise, the newest
     * record of any kind (held day, then entry order: it says where the person stands), and the newest of the other
     * kind when both results are positive (上岗审查 通过, 复审 合格). The later-dated result rules across both kinds: a
     * 上岗审查 未通过 or a 复审 不合格 held before a later record entered before it is no longer in force, nor is a 通过 or
     * 合格 held before a later negative one (the file marked a 未通过 dated before a later 复审 合格 【现行有效】 beside it;
     * outside check). Give the records of the current spell.
     */
    public static java.util.Set<Long> inForce(List<Held> records) {
        Optional<Held> failed = closing(records);
        if (failed.isPresent()) {
            return new java.util.HashSet<>(java.util.Set.of(failed.get().sequence()));
        }
        return inForceByDay(records);
    }

    /** The records in force by held day alone (see {@link #inForce}), before a failure that stands is considered. */
    private static java.util.Set<Long> inForceByDay(List<Held> records) {
        java.util.Set<Long> inForce = new java.util.HashSet<>();
        Optional<Held> newest = newest(records);
        if (newest.isEmpty()) {
            return inForce;
        }
        inForce.add(newest.get().sequence());
        for (VettingKind kind : VettingKind.values()) {
            newest(records, kind).filter(h -> positive(h) && positive(newest.get()))
                    .ifPresent(h -> inForce.add(h.sequence()));
        }
        return inForce;
    }

    /**
     * THE rule of whether a failure stands, read by every part of the portal that asks it (the vetting page and its
     * schedule, HR's notices, the refusal to withdraw the 离岗 it opened, the 离岗 opened once a hand-over or a
     * lowering is settled): a 复审 不合格 or a 上岗审查 未通过 that
     * <ol>
     *   <li>no later entry of the same kind and held day corrects ({@link #supersededBy}: a correction is a new
     *   record of the same kind and day; an entry of the other kind is none, so a same-day 上岗审查 通过 does not
     *   correct a 复审 不合格: it was announced as a correction and the withdrawal it asked for was refused; outside
     *   check),</li>
     *   <li>was in force when it was entered: a later-dated record entered before it rules over it, so it opened no
     *   离岗 ({@link #laterInForce}), and</li>
     *   <li>for a 上岗审查 未通过 only: no passed 上岗审查 held on a later day stands (a new vetting, passed).</li>
     * </ol>
     * A later-dated 复审 合格 is a new review, not a correction: it does not undo a 不合格 that stands (it did, only
     * while a hand-over was open, and the person stayed in the post; outside check).
     */
    public static boolean stands(List<Held> records, Held h) {
        if (h.result().favourable() || supersededBy(records, h).isPresent()) {
            return false;
        }
        List<Held> entered = records.stream().filter(o -> o.sequence() <= h.sequence()).toList();
        if (rulingByDay(entered, h).isPresent()) {
            return false;
        }
        return h.kind() != VettingKind.VETTING || records.stream().noneMatch(o -> o.kind() == VettingKind.VETTING
                && o.result() == VettingResult.PASSED && o.on().isAfter(h.on()) && supersededBy(records, o).isEmpty());
    }

    /** The failures that stand ({@link #stands}), in the order given. */
    public static List<Held> failuresStanding(List<Held> records) {
        return records.stream().filter(h -> stands(records, h)).toList();
    }

    /** As {@link #ruling}, by held day alone ({@link #inForceByDay}). */
    private static Optional<Held> rulingByDay(List<Held> records, Held h) {
        java.util.Set<Long> inForce = inForceByDay(records);
        if (inForce.contains(h.sequence())) {
            return Optional.empty();
        }
        Optional<Held> ofKind = newest(records, h.kind()).filter(o -> inForce.contains(o.sequence())
                && o.on().isAfter(h.on()));
        return ofKind.or(() -> newest(records).filter(o -> o.on().isAfter(h.on())));
    }

    /** Whether a result vets the person: a 上岗审查 通过 or a 复审 合格. */
    private static boolean positive(Held h) {
        return h.result().favourable();
    }

    /** The newest record of any kind (held day, then entry order): the one that says where the person stands. */
    public static Optional<Held> newest(List<Held> records) {
        return records.stream().max(Comparator.comparing(Held::on).thenComparingLong(Held::sequence));
    }

    /**
     * The failure that ends the review schedule and takes the person out of the post, if one stands ({@link #stands}):
     * the newest of them (held day, then entry order). A same-day correction of its kind puts the person back on the
     * schedule; a later-dated record of another day does not.
     */
    public static Optional<Held> closing(List<Held> records) {
        return failuresStanding(records).stream()
                .max(Comparator.comparing(Held::on).thenComparingLong(Held::sequence));
    }

    /** Whether the newest vetting record says not passed (未通过). */
    public static boolean vettingNotPassed(List<Held> records) {
        return newest(records, VettingKind.VETTING).map(h -> h.result() == VettingResult.NOT_PASSED).orElse(false);
    }

    /**
     * The failure that stands ({@link #stands}) which an entry of {@code kind} and {@code result} held on {@code day}
     * corrects: the newest of that kind and held day, when the entry says otherwise. An entry of the other kind
     * corrects nothing (see {@link #stands}).
     */
    public static Optional<Held> corrects(List<Held> records, VettingKind kind, LocalDate day, VettingResult result) {
        if (kind == null || day == null || result == null || !result.favourable()) {
            return Optional.empty();
        }
        return records.stream().filter(h -> h.kind() == kind && h.on().equals(day))
                .max(Comparator.comparingLong(Held::sequence)).filter(h -> stands(records, h));
    }

    /**
     * Whether an entry of {@code kind} held on {@code day} is a correction of a record on file: one of the same kind
     * and held day is among {@code records} (the later entry of a day counts). A 复审 is recorded only for a person in
     * post in a secret-related class, but a correction of one is accepted whatever the person's status now: a 不合格
     * recorded by mistake opened a 离岗, which was approved, and the correction the vetting page asked for was then
     * refused as "复审只适用于在涉密岗位上的人员", leaving the wrong 不合格 in force in the file (outside check). A new
     * 复审 on another day for someone not in post stays refused.
     */
    public static boolean correctsOnFile(List<Held> records, VettingKind kind, LocalDate day) {
        return kind != null && day != null && records.stream().anyMatch(h -> h.kind() == kind && h.on().equals(day));
    }

    /**
     * Whether the person stands vetted: the newest vetting record says passed, or it says not passed but is no longer
     * in force ({@link #inForce}: a later-dated 复审 合格 rules over it, so it opened no 离岗) and a 通过 that stands
     * ({@link #standing}) was recorded before. Raised 一般 → 重要 with a 复审 合格 of 12-07, a 上岗审查 通过 of 12-01 and a
     * 未通过 of 12-03 entered in that order, the vetting page said no passed 上岗审查 was on record while the 未通过 had
     * changed nothing, the waiting list left the person out and the set-back took the raise as taken up (outside
     * check): all three now read the person as vetted, as the record in force says.
     */
    public static boolean passedVetting(List<Held> records) {
        Optional<Held> last = newest(records, VettingKind.VETTING);
        if (last.isEmpty()) {
            return false;
        }
        if (last.get().result() == VettingResult.PASSED) {
            return true;
        }
        return !inForce(records).contains(last.get().sequence()) && newest(records).filter(VettingRules::positive)
                .isPresent() && standing(records).stream().anyMatch(h -> h.kind() == VettingKind.VETTING
                && h.result() == VettingResult.PASSED);
    }

    /**
     * Whether the onboarding pledge must wait for a vetting: a 核心/重要 person whose newest vetting is not passed.
     * Give the records of the person's current spell ({@link Tenure#of}): an older vetting does not count.
     */
    public static boolean vettingMissing(SecrecyClass c, List<Held> records) {
        return vettingRequired(c) && !passedVetting(records);
    }

    /**
     * Whether a person in post (在岗) waits for the 上岗审查 of the class they were raised into (or returned to): 核心 or
     * 重要, no passed vetting for this spell in the post ({@link #vettingMissing}), and no result that ends the
     * schedule ({@link #closing}: the newest record of any kind found not passed or 不合格, which opened a 离岗). The
     * officers were told of the raise, but the vetting page listed only hires not yet in post and reviews due
     * (outside check). A 未通过 that a later-dated 复审 合格 rules over opened nothing: the person stays listed, as the
     * vetting page says no passed 上岗审查 is on record (they were on neither list; outside check).
     */
    public static boolean awaitedInPost(EmployeeStatus status, SecrecyClass c, List<Held> records) {
        return status == EmployeeStatus.ACTIVE && vettingMissing(c, records) && closing(records).isEmpty();
    }

    /**
     * The day from which a person in post (在岗) waits for the 上岗审查 of the class they were raised into (or returned
     * to), or empty: in post since a day after the hire ({@link Tenure#since}: a raise into 核心 or 重要, a return),
     * without a passed vetting for this spell and without a result that ends the schedule ({@link #awaitedInPost}).
     * The vetting page lists them under 在岗、涉密类别调升后等待上岗审查的人员; the person's secrecy file says so too and the
     * onboarding pledge's refusal names it: the passed 上岗审查 they hold from before the raise does not count for the
     * new class (the file showed it and a review 【现行有效】 while the refusal said 尚无您的上岗审查记录; outside check
     * ex-s38g 5).
     *
     * @param records all of the person's records; those of the current spell are taken by {@code tenure}
     */
    public static Optional<LocalDate> awaitedSince(EmployeeStatus status, SecrecyClass c, LocalDate hireDate,
                                                   Tenure tenure, List<Held> records) {
        return tenure.since().isAfter(hireDate) && awaitedInPost(status, c, tenure.of(records))
                ? Optional.of(tenure.since()) : Optional.empty();
    }

    /**
     * Whether a record counts for the person's current spell in the post, and so may be the one in force of its kind:
     * a vetting (上岗审查) from {@link Tenure#earliest} (it may be held ahead of the spell, as for a hire), a review
     * (复审) only from {@link Tenure#since}: one held before a raise into 核心 or 重要 (or before a return) reviewed the
     * person in the class before, not in the one they were raised into (the secrecy file marked it 【现行有效】 while a
     * vetting for the new class was awaited; outside check ex-s38g 5).
     */
    public static boolean countsForSpell(Held record, Tenure tenure) {
        return !record.on().isBefore(record.kind() == VettingKind.REVIEW ? tenure.since() : tenure.earliest());
    }

    /** The newest vetting-or-review day, or empty. */
    public static Optional<LocalDate> lastHeld(List<Held> records) {
        return records.stream().map(Held::on).max(Comparator.naturalOrder());
    }

    /**
     * The day the next review is due; empty for someone not in post (在岗) or not in a secret-related class. A 待上岗
     * person is not due one: a review of them is refused until they take up the post (the list named people due a
     * review the form then refused; outside check).
     *
     * @param since the day the person's current spell in the post started ({@link Tenure#since}: the hire date for
     *              a hire), counted when nothing is on record
     * @param last  the newest vetting-or-review day of that spell, or null
     */
    public static Optional<LocalDate> nextReview(SecrecyClass c, EmployeeStatus status, LocalDate since,
                                                 LocalDate last, Intervals intervals) {
        if (status != EmployeeStatus.ACTIVE) {
            return Optional.empty();
        }
        return intervals.years(c).map(years -> (last == null ? since : last).plusYears(years));
    }

    /** Whether a review due on {@code due} is overdue on {@code today} (the due day itself is not). */
    public static boolean overdue(LocalDate due, LocalDate today) {
        return due.isBefore(today);
    }

    /** Whether a due day falls within the list of {@code today} .. {@code today + days}, or before (overdue). */
    public static boolean dueWithin(LocalDate due, LocalDate today, int days) {
        return !due.isAfter(today.plusDays(days));
    }

    /** What is wrong with the day a vetting or review was held, if anything. */
    public static Optional<DateProblem> checkDay(VettingKind kind, LocalDate heldOn, LocalDate hireDate,
                                                 LocalDate today, Intervals intervals) {
        if (heldOn.isAfter(today)) {
            return Optional.of(DateProblem.IN_FUTURE);
        }
        LocalDate earliest = kind == VettingKind.VETTING ? hireDate.minusDays(intervals.vettingBeforeHireDays())
                : hireDate;
        return heldOn.isBefore(earliest) ? Optional.of(DateProblem.BEFORE_HIRE) : Optional.empty();
    }

    /** The earliest day a record of this kind may be held for someone hired on {@code hireDate}. */
    public static LocalDate earliest(VettingKind kind, LocalDate hireDate, Intervals intervals) {
        return kind == VettingKind.VETTING ? hireDate.minusDays(intervals.vettingBeforeHireDays()) : hireDate;
    }
}
