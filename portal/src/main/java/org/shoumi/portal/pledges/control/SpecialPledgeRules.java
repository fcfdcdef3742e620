package org.shoumi.portal.pledges.control;

import org.shoumi.content.text.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shoumi.portal.employees.entity.EmployeeStatus;

/**
 * Who owes the pledges that no programme asks for. A topic pledge (专项保密承诺) is owed by each person it was issued
 * to until they sign it, unless they have left the post or the unit. A department head owes a responsibility letter
 * (保密工作责任书) each calendar year: one signed in a year holds until that year's 31 December. A department's
 * part-time secrecy liaison (兼职保密员) owes a letter of their own the same way, and again on a new appointment (a
 * letter signed before the appointment began, or before it was recorded, answers for an earlier one). A pledge signed on
 * a version of its template older than the newest material version in force is owed again (a version that only
 * fixes wording re-opens nothing).
 */
public final class SpecialPledgeRules {

    /** The longest occasion of a topic pledge (a short description, never classified content). */
    public static final int MAX_OCCASION = 200;
    /** The longest list of staff numbers an officer may type for one issue (characters). */
    public static final int MAX_STAFF_LIST = 20_000;

    /** What is wrong with an issue before anyone is looked up. */
    public enum Problem {
        NO_TOPIC, OCCASION_MISSING, OCCASION_TOO_LONG, DUE_IN_PAST, DUE_TOO_FAR, STAFF_LIST_TOO_LONG
    }

    /** How many days ahead a topic pledge's sign-by day may lie by default ({@code shoumi.portal.pledges.topic-due-max-days}). */
    public static final int DUE_MAX_DAYS = 365;

    private SpecialPledgeRules() {
    }

    /** A change of a person's department, as the personnel history records it ({@code from} null for a hire). */
    public record Move(Instant at, String from, String to) {
    }

    /**
     * The department a head's responsibility letter signed at {@code signedAt} names: the one they were in then, from
     * their department changes ({@code moves}, in any order) and the department they are in now ({@code current}, when
     * no change says otherwise).
     */
    public static String letterDepartment(Instant signedAt, List<Move> moves, String current) {
        Move before = null;
        Move after = null;
        for (Move m : moves) {
            if (m.to() == null || m.to().equals(m.from())) {
                continue;
            }
            if (!m.at().isAfter(signedAt)) {
                before = before == null || m.at().isAfter(before.at()) ? m : before;
            } else if (after == null || m.at().isBefore(after.at())) {
                after = m;
            }
        }
        if (before != null) {
            return before.to();
        }
        return after != null && after.from() != null ? after.from() : current;
    }

    /**
     * A responsibility letter signed: its id, its signer, its kind (a head's or a liaison's: the capacity it was
     * signed in), the department it names ({@link #letterDepartment}) and when it was signed.
     */
    public record SignedLetter(long id, long signer, org.shoumi.content.documents.entity.PledgeKind kind, String department, Instant signedAt) {
    }

    /**
     * The letters of a year that count, as the letters page counts them: one per signer, capacity and department named,
     * the newest (the one in force). Signed again after a material change of the template, a head's letter is still
     * the department's one letter: the year report counted 部门保密工作责任书 2 for 财务处 with one head, and 3 for the
     * unit with two heads (outside check ex-s38e 4). A head moved to another department who signed there has a letter
     * for each; two heads of one department each have theirs, as the letters page lists each.
     */
    public static List<SignedLetter> lettersInForce(List<SignedLetter> signed) {
        java.util.Map<List<Object>, SignedLetter> newest = new java.util.LinkedHashMap<>();
        for (SignedLetter l : signed) {
            newest.merge(List.of(l.signer(), l.kind(), java.util.Objects.requireNonNullElse(l.department(), "")), l,
                    (a, b) -> b.signedAt().isAfter(a.signedAt())
                            || b.signedAt().equals(a.signedAt()) && b.id() > a.id() ? b : a);
        }
        return List.copyOf(newest.values());
    }

    /**
     * Whether a head's responsibility letter counts for the department they head now ({@code current}): it names that
     * department. A head who signed as head of 科研处 and was moved back to 办公室 showed 办公室 as signed (tester zg); he
     * owes a letter for 办公室, as a liaison's letter follows the appointment.
     */
    public static boolean letterForDepartment(Instant signedAt, List<Move> moves, String current) {
        return current != null && current.equals(letterDepartment(signedAt, moves, current));
    }

    /**
     * Where a person stands towards topic pledges: their status, whether a departure out of the post is under way
     * ({@code leaving}: an open 离岗 or 离职, not a hand-over 转岗交接 nor a lowering that keeps them in a secret-related
     * post), and when they last left the post or the unit as the personnel history records it ({@code lastLeft}, null
     * when never).
     */
    public record PostStanding(EmployeeStatus status, boolean leaving, Instant lastLeft) {

        /** Whether they stand so, never having left the post before. */
        public PostStanding(EmployeeStatus status, boolean leaving) {
            this(status, leaving, null);
        }

        /**
         * Whether the person is out of the post for topic pledges: left it (离岗) or the unit (离职), or leaving it (the
         * 离岗 or 离职 is open). Leaving starts when HR opens the departure: from then on the exit checklist takes the
         * carriers back and the exit pledge says every one was returned, so no pledge to hold a new one is owed,
         * signed or issued (outside check: one was signed two seconds after the exit pledge, while the 离岗 awaited
         * its approval).
         */
        public boolean outOfPost() {
            return leaving || SpecialPledgeRules.outOfPost(status);
        }

        /**
         * Whether the person is in post for the yearly letters: 在岗 and not leaving (no 离岗 or 离职 open). A head or
         * liaison whose departure is open hands over their duties; a letter that makes them answer for the
         * department's secrecy work from now on was signed two seconds after the exit pledge (outside check).
         */
        public boolean inPost() {
            return status == EmployeeStatus.ACTIVE && !leaving;
        }
    }

    /**
     * Whether a person a topic pledge was issued to still owes it: not signed yet, and still in the post. Its text says
     * they work in their post with their class, for a carrier, meeting or project of people in post: someone who left
     * the post (离岗, in the 脱密期) or the unit no longer owes it, and the issue stays on record with them as not signed.
     * It stayed owed after leaving the post, and was signed after the exit pledge said every carrier was returned
     * (outside check).
     */
    public static boolean owesTopic(EmployeeStatus status, boolean signed) {
        return !signed && !outOfPost(status);
    }

    /**
     * {@link #owesTopic(EmployeeStatus, boolean)} with the person's departure: not owed while a departure out of the
     * post is under way ({@link PostStanding#outOfPost}).
     */
    public static boolean owesTopic(PostStanding person, boolean signed) {
        return !signed && !person.outOfPost();
    }

    /**
     * {@link #owesTopic(PostStanding, boolean)} of an issue made at {@code issuedAt}: an issue made before the person
     * last left the post ({@link #endedByLeaving}) is owed no more after they are put back on a secret post.
     */
    public static boolean owesTopic(PostStanding person, Instant issuedAt, boolean signed) {
        return owesTopic(person, signed) && !endedByLeaving(issuedAt, person.lastLeft());
    }

    /**
     * Whether leaving the post at {@code lastLeft} (null: never left) ended a topic pledge issued at {@code issuedAt}:
     * it was issued before. An end does not undo itself on a re-post (离岗 → 待上岗): the carrier was handed back at the
     * 离岗, and one handed out again needs a new issue. A re-posted person owed again, and signed, the pledges of their
     * earlier spell for carriers the 离岗 checklist recorded as returned (outside re-check).
     */
    public static boolean endedByLeaving(Instant issuedAt, Instant lastLeft) {
        return lastLeft != null && issuedAt != null && issuedAt.isBefore(lastLeft);
    }

    /** Whether a person of this status is out of the post (离岗 or 离职): a topic pledge is neither owed nor signed. */
    public static boolean outOfPost(EmployeeStatus status) {
        return status == EmployeeStatus.LEFT_POST || status == EmployeeStatus.LEFT_UNIT;
    }

    /** Why a person cannot be given a topic pledge now, though still in the unit. */
    public enum NotIssuable {
        /** left the secret-related post (离岗, in the 脱密期): the pledge states the post they work in */
        LEFT_POST,
        /** an open 离岗 or 离职 takes them out of the post: their carriers are being taken back */
        LEAVING_POST,
        /** not yet in post (待上岗) and held back for a vetting (上岗审查) not passed or not on record */
        NOT_VETTED
    }

    /**
     * Whether a topic pledge may be issued to a person still in the unit (who left the unit is refused apart): its
     * text says they work in their post with their class, and it is given for a secret carrier, meeting or project,
     * which a person takes up only in post. Refused for someone who left the post, and for someone not yet in post
     * whose vetting their onboarding pledge waits for ({@code vettingMissing}: 核心/重要 without a passed 上岗审查).
     */
    public static java.util.Optional<NotIssuable> notIssuable(EmployeeStatus status, boolean vettingMissing) {
        return notIssuable(status, false, vettingMissing);
    }

    /**
     * {@link #notIssuable(EmployeeStatus, boolean)}, and refused too while a departure out of the post is under way
     * ({@code leaving}: an open 离岗 or 离职; a hand-over or a lowering that keeps them in post is none).
     */
    public static java.util.Optional<NotIssuable> notIssuable(EmployeeStatus status, boolean leaving,
                                                              boolean vettingMissing) {
        if (status == EmployeeStatus.LEFT_POST) {
            return java.util.Optional.of(NotIssuable.LEFT_POST);
        }
        if (leaving) {
            return java.util.Optional.of(NotIssuable.LEAVING_POST);
        }
        return status == EmployeeStatus.ONBOARDING && vettingMissing ? java.util.Optional.of(NotIssuable.NOT_VETTED)
                : java.util.Optional.empty();
    }

    /** The last day a responsibility letter signed on {@code signedOn} holds: 31 December of that year. */
    public static LocalDate letterValidUntil(LocalDate signedOn) {
        return LocalDate.of(signedOn.getYear(), 12, 31);
    }

    /**
     * Whether a department head owes a responsibility letter today: in post, and the newest letter
     * ({@code lastSigned}, null when none, signed on template version {@code lastVersion}) has expired or was
     * signed on a version older than {@code requiredVersion} (the newest material version in force).
     */
    public static boolean owesLetter(boolean head, EmployeeStatus status, LocalDate lastSigned, int lastVersion,
                                     int requiredVersion, LocalDate today) {
        return owesLetter(head, new PostStanding(status, false), lastSigned, lastVersion, requiredVersion, today);
    }

    /**
     * {@link #owesLetter(boolean, EmployeeStatus, LocalDate, int, int, LocalDate)} with the person's departure: none
     * while their 离岗 or 离职 is open ({@link PostStanding#inPost}).
     */
    public static boolean owesLetter(boolean head, PostStanding person, LocalDate lastSigned, int lastVersion,
                                     int requiredVersion, LocalDate today) {
        if (!head || !person.inPost()) {
            return false;
        }
        return lastSigned == null || letterValidUntil(lastSigned).isBefore(today)
                || reopened(lastVersion, requiredVersion);
    }

    /**
     * Whether a liaison owes their responsibility letter today: serving an appointment that began on
     * {@code appointedOn} (null when they serve none) and in post, and the newest letter ({@code lastSigned}, null
     * when none, on template version {@code lastVersion}) was signed before the appointment began, has expired, or
     * was signed on a version older than {@code requiredVersion}. The appointment's recorded time is not known here:
     * see the overload that takes it.
     */
    public static boolean owesLiaisonLetter(LocalDate appointedOn, EmployeeStatus status, LocalDate lastSigned,
                                            int lastVersion, int requiredVersion, LocalDate today) {
        return owesLiaisonLetter(appointedOn, null, status, lastSigned, null, lastVersion, requiredVersion, today);
    }

    /**
     * As {@link #owesLiaisonLetter(LocalDate, EmployeeStatus, LocalDate, int, int, LocalDate)}, a letter counting
     * only for the appointment it was signed under ({@link #answersAppointment}): one signed before the appointment
     * was recorded ({@code recordedAt}) answered an earlier one, even when signed the same day.
     */
    public static boolean owesLiaisonLetter(LocalDate appointedOn, Instant recordedAt, EmployeeStatus status,
                                            LocalDate lastSigned, Instant lastSignedAt, int lastVersion,
                                            int requiredVersion, LocalDate today) {
        return owesLiaisonLetter(appointedOn, recordedAt, new PostStanding(status, false), lastSigned, lastSignedAt,
                lastVersion, requiredVersion, today);
    }

    /**
     * {@link #owesLiaisonLetter(LocalDate, Instant, EmployeeStatus, LocalDate, Instant, int, int, LocalDate)} with the
     * person's departure: none while their 离岗 or 离职 is open ({@link PostStanding#inPost}), whatever the appointment.
     */
    public static boolean owesLiaisonLetter(LocalDate appointedOn, Instant recordedAt, PostStanding person,
                                            LocalDate lastSigned, Instant lastSignedAt, int lastVersion,
                                            int requiredVersion, LocalDate today) {
        if (appointedOn == null || appointedOn.isAfter(today) || !person.inPost()) {
            return false;
        }
        return owesLetter(true, person, lastSigned, lastVersion, requiredVersion, today)
                || lastSigned != null && !answersAppointment(lastSigned, lastSignedAt, appointedOn, recordedAt);
    }

    /**
     * Whether a liaison's letter signed on {@code signedOn} (at {@code signedAt}, null when not known) answers the
     * appointment that began on {@code appointedOn} and was recorded at {@code recordedAt} (null when not known):
     * signed on or after the appointment's first day and not before it was recorded. A letter signed in the morning
     * under an appointment ended that day counted for the one recorded in the afternoon (outside check).
     */
    public static boolean answersAppointment(LocalDate signedOn, Instant signedAt, LocalDate appointedOn,
                                             Instant recordedAt) {
        return !signedOn.isBefore(appointedOn)
                && (signedAt == null || recordedAt == null || !signedAt.isBefore(recordedAt));
    }

    /**
     * Whether a pledge signed on template version {@code signedVersion} must be signed again because a material
     * version ({@code requiredVersion}, 0 when none is in force) came after it.
     */
    public static boolean reopened(int signedVersion, int requiredVersion) {
        return signedVersion < requiredVersion;
    }

    /** As {@link #check(Object, String, LocalDate, String, LocalDate, int)}, the sign-by day within {@link #DUE_MAX_DAYS}. */
    public static List<Problem> check(Object topic, String occasion, LocalDate dueOn, String staffList, LocalDate today) {
        return check(topic, occasion, dueOn, staffList, today, DUE_MAX_DAYS);
    }

    /**
     * The problems of a topic issue's own fields (the people are checked against the roster by the boundary): the
     * sign-by day not past and at most {@code dueMaxDays} after today ({@link #latestDue}); 9999-12-31 was taken, a
     * pledge that could never be overdue, and a year of five digits reached the database and answered HTTP 500
     * (outside check ex-s37e 4).
     */
    public static List<Problem> check(Object topic, String occasion, LocalDate dueOn, String staffList, LocalDate today,
                                      int dueMaxDays) {
        List<Problem> problems = new ArrayList<>();
        if (topic == null) {
            problems.add(Problem.NO_TOPIC);
        }
        if (Texts.blank(occasion)) {
            problems.add(Problem.OCCASION_MISSING);
        } else if (Texts.tooLong(occasion, MAX_OCCASION)) {
            problems.add(Problem.OCCASION_TOO_LONG);
        }
        if (dueOn != null && dueOn.isBefore(today)) {
            problems.add(Problem.DUE_IN_PAST);
        } else if (dueOn != null && dueOn.isAfter(latestDue(today, dueMaxDays))) {
            problems.add(Problem.DUE_TOO_FAR);
        }
        if (staffList != null && staffList.length() > MAX_STAFF_LIST) {
            problems.add(Problem.STAFF_LIST_TOO_LONG);
        }
        return problems;
    }

    /** The latest sign-by day a topic pledge issued {@code today} may have. */
    public static LocalDate latestDue(LocalDate today, int dueMaxDays) {
        return today.plusDays(dueMaxDays);
    }

    /**
     * The staff numbers of a typed list, in order and without repeats: separated by spaces, line breaks, commas
     * (also the Chinese ，and 、) or semicolons. Full-width letters and digits are read as half-width ones
     * ({@link Texts#halfWidth}: ＳＭ００５ is SM005), as every other form reads a staff number.
     */
    public static List<String> staffNumbers(String list) {
        if (list == null) {
            return List.of();
        }
        // one staff number once, whatever its case or width (SM002, sm002 and ＳＭ００２ are one person: the roster
        // matches them so)
        java.util.Map<String, String> numbers = new java.util.LinkedHashMap<>();
        for (String part : Texts.halfWidth(list).split("[\\s,，、;；]+")) {
            if (!part.isBlank()) {
                numbers.putIfAbsent(part.strip().toUpperCase(java.util.Locale.ROOT), part.strip());
            }
        }
        return List.copyOf(numbers.values());
    }

    /**
     * The occasion of a topic pledge as issues are told apart by it, as the portal's other duplicate checks compare
     * (quiz titles, question stems, staff numbers): full-width letters, digits and signs as half-width
     * ({@link Texts#halfWidth}), every space (the ideographic and no-break ones too) and invisible format character
     * left out, case ignored. "领用涉密Ｕ盘　编号Ａ－００１", "领用涉密U盘编号A-001" and "领用涉密u盘 编号a-001" are one
     * occasion: compared character for character, a retyped occasion issued the same pledge again (outside re-check).
     * Empty for null.
     */
    public static String sameOccasion(String occasion) {
        return Texts.comparable(occasion);
    }

    /** Whether two occasions are one as {@link #sameOccasion} reads them. */
    public static boolean sameOccasion(String one, String other) {
        return sameOccasion(one).equals(sameOccasion(other));
    }

    /**
     * Whether a topic pledge issued to {@code issued} (staff numbers, as stored) is issued to the same people as
     * {@code asked}: the same people in any order (SM004 SM003 SM002 and SM002 SM003 SM004 are one list).
     */
    public static boolean samePeople(java.util.Collection<String> issued, java.util.Collection<String> asked) {
        return java.util.Set.copyOf(issued).equals(java.util.Set.copyOf(asked));
    }

    /**
     * Whom a topic pledge goes to when some of the people asked for still owe the same one (same topic and
     * occasion, issued before and not signed): they would owe and sign two identical pledges (outside check). Those
     * typed by staff number are refused by name ({@code refused}); those reached only through their department are
     * left out ({@code leftOut}), as the department's people who may not be given one are. {@code listed} and
     * {@code department} are the staff numbers asked for each way, in order; {@code owing} who owes it already.
     */
    public static Reissue reissue(List<String> listed, List<String> department, java.util.Set<String> owing) {
        List<String> refused = listed.stream().filter(owing::contains).distinct().toList();
        List<String> leftOut = department.stream().filter(no -> owing.contains(no) && !listed.contains(no))
                .distinct().toList();
        return new Reissue(refused, leftOut);
    }

    /** See {@link #reissue}: refused by name, and left out of a department's issue. */
    public record Reissue(List<String> refused, List<String> leftOut) {
    }
}
