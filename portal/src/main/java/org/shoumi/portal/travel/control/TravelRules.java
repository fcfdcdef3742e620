package org.shoumi.portal.travel.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.content.text.Texts;
import org.shoumi.portal.travel.entity.PurposeCategory;
import org.shoumi.portal.travel.entity.TravelRule;
import org.shoumi.portal.travel.entity.TripStatus;

/**
 * The rules of a travel request, in plain Java: who must ask, what a request must say, and which step may follow
 * which (requested → briefed → approved → debriefed; refused before approval; withdrawn before departure). Every
 * check answers the first problem found, or empty when the step may be taken. Days are the unit's days; "today"
 * is passed in.
 */
public final class TravelRules {

    public static final int MAX_NOTE_LENGTH = 300;
    public static final int MAX_GIVEN_BY_LENGTH = 50;

    private TravelRules() {
    }

    /**
     * Why a person must ask: a secret-related post held now (待上岗 or 在岗) comes first; otherwise a running 脱密期;
     * otherwise nothing is required.
     */
    public static TravelRule ruleFor(SecrecyClass secrecyClass, EmployeeStatus status, boolean postExitPeriodRuns) {
        boolean inPost = status == EmployeeStatus.ONBOARDING || status == EmployeeStatus.ACTIVE;
        if (inPost && secrecyClass != null && secrecyClass.isSecretRelated()) {
            return TravelRule.IN_POST;
        }
        return postExitPeriodRuns ? TravelRule.POST_EXIT_PERIOD : TravelRule.NONE;
    }

    /**
     * Whether a trip departing on {@code departure} lies wholly after the 脱密期 that is the person's only reason to
     * ask ({@code rule} {@code POST_EXIT_PERIOD}, running until {@code until}, included): such a trip needs no
     * approval (outside check: a leaver's paper request for a trip after the period was taken and could be approved).
     * A trip that starts within the period is asked for, whenever it ends; a person in a secret-related post asks
     * whatever the day.
     */
    public static boolean afterPeriod(TravelRule rule, LocalDate until, LocalDate departure) {
        return rule == TravelRule.POST_EXIT_PERIOD && until != null && departure != null && departure.isAfter(until);
    }

    /**
     * Every problem of a leaver's paper request recorded by the officer: those of {@link #requestProblems} and the
     * paper's reference (required, at most {@code maxReferenceLength} characters), in the form's order, so that a
     * form with the reference and other fields missing names them all at once (outside check: only the reference was
     * named).
     */
    public static List<Refusal> paperRequestProblems(String country, LocalDate departure, LocalDate returnDay,
                                                     PurposeCategory purpose, String note, String reference,
                                                     int maxReferenceLength, LocalDate today) {
        List<Refusal> problems = new ArrayList<>(requestProblems(country, departure, returnDay, purpose, note, today));
        Refusal atReference = stored(reference) == null ? Refusal.PAPER_REFERENCE_MISSING
                : tooLong(reference, maxReferenceLength) ? Refusal.PAPER_REFERENCE_TOO_LONG : null;
        if (atReference != null) {
            // the form's order: the reference comes after the purpose, before the note
            int atNote = problems.indexOf(Refusal.NOTE_TOO_LONG);
            problems.add(atNote < 0 ? problems.size() : atNote, atReference);
        }
        return problems;
    }

    /**
     * Every problem of a new request — a known country, both days, departure not before today, return not before
     * departure, a purpose, a note not too long — in the form's order (empty: it may be made), so that a refused form
     * names each field at fault at once; an empty form named only the destination (outside check).
     */
    public static List<Refusal> requestProblems(String country, LocalDate departure, LocalDate returnDay,
                                                PurposeCategory purpose, String note, LocalDate today) {
        List<Refusal> problems = new ArrayList<>();
        if (Texts.blank(country)) {
            problems.add(Refusal.COUNTRY_MISSING);
        } else if (!CountryCodes.isKnown(country)) {
            problems.add(Refusal.COUNTRY_UNKNOWN);
        }
        if (departure == null) {
            problems.add(Refusal.DEPARTURE_MISSING);
        }
        if (returnDay == null) {
            problems.add(Refusal.RETURN_MISSING);
        }
        if (departure != null && departure.isBefore(today)) {
            problems.add(Refusal.DEPARTURE_IN_PAST);
        }
        if (departure != null && returnDay != null && returnDay.isBefore(departure)) {
            problems.add(Refusal.RETURN_BEFORE_DEPARTURE);
        }
        if (purpose == null) {
            problems.add(Refusal.PURPOSE_MISSING);
        }
        if (tooLong(note, MAX_NOTE_LENGTH)) {
            problems.add(Refusal.NOTE_TOO_LONG);
        }
        return problems;
    }

    /**
     * How far a new request may reach: the departure at most {@code maxDaysAhead} days after today, and the trip
     * (departure and return day included) at most {@code maxTripDays} days long. An outside check asked for a
     * departure in 2099 and a trip of ten years and both were taken. Empty, too, while the days are missing or
     * out of order, which {@link #requestProblems} answers.
     */
    public static Optional<Refusal> checkReach(LocalDate departure, LocalDate returnDay, LocalDate today,
                                               int maxDaysAhead, int maxTripDays) {
        if (departure == null || returnDay == null || departure.isBefore(today) || returnDay.isBefore(departure)) {
            return Optional.empty();
        }
        if (departure.isAfter(latestDeparture(today, maxDaysAhead))) {
            return Optional.of(Refusal.DEPARTURE_TOO_FAR_AHEAD);
        }
        if (ChronoUnit.DAYS.between(departure, returnDay) + 1 > maxTripDays) {
            return Optional.of(Refusal.TRIP_TOO_LONG);
        }
        return Optional.empty();
    }

    /** The last departure day a request made today may ask for. */
    public static LocalDate latestDeparture(LocalDate today, int maxDaysAhead) {
        return today.plusDays(maxDaysAhead);
    }

    /** The pre-trip briefing (行前保密提醒教育): once, while the request waits, on a day not in the future. */
    public static Optional<Refusal> checkBriefing(TripStatus status, LocalDate day, String givenBy, LocalDate today) {
        if (status == TripStatus.BRIEFED) {
            return Optional.of(Refusal.ALREADY_BRIEFED);
        }
        if (status != TripStatus.REQUESTED) {
            return Optional.of(Refusal.NOT_PENDING);
        }
        if (day == null) {
            return Optional.of(Refusal.BRIEFING_DAY_MISSING);
        }
        if (day.isAfter(today)) {
            return Optional.of(Refusal.BRIEFING_IN_FUTURE);
        }
        if (Texts.blank(givenBy)) {
            return Optional.of(Refusal.GIVEN_BY_MISSING);
        }
        if (tooLong(givenBy, MAX_GIVEN_BY_LENGTH)) {
            return Optional.of(Refusal.GIVEN_BY_TOO_LONG);
        }
        return Optional.empty();
    }

    /** Approval: only of a waiting request whose briefing is recorded, before the departure day has passed. */
    public static Optional<Refusal> checkApproval(TripStatus status, LocalDate departure, LocalDate today) {
        if (status == TripStatus.REQUESTED) {
            return Optional.of(Refusal.NO_BRIEFING);
        }
        if (status != TripStatus.BRIEFED) {
            return Optional.of(Refusal.NOT_PENDING);
        }
        if (departure.isBefore(today)) {
            return Optional.of(Refusal.DEPARTURE_PASSED);
        }
        return Optional.empty();
    }

    /**
     * The words of the decision on a trip, in both languages: the options' own labels (批准, 不予批准; Approve, Refuse),
     * their parts and close variants (不同意出境, 不予批准此次因私出境申请, 经研究决定不予批准; Trip refused). Not text
     * shown to anyone: what a refusal's reason is compared with ({@link Texts#saysMoreThan}).
     */
    static final List<String> DECISION_WORDS = List.of(
            // Chinese: the decision, its subject and the words around it
            "不予批准", "不予", "批准", "准予", "予以", "不同意", "同意", "不准", "不能", "不宜", "不可", "不", "暂不", "暂缓",
            "暂", "拒绝", "驳回", "否决", "否", "出境", "出国", "因私", "出行", "行程", "此次", "本次", "该", "此", "本", "申请",
            "经研究", "研究", "决定", "意见", "结论", "审批", "审核", "通过", "的",
            // English: the labels' words and their variants, compared as whole words
            "refused", "refuse", "refusal", "not", "approved", "approve", "approval", "denied", "deny", "rejected",
            "reject", "trip", "travel", "travelling", "traveling", "abroad", "private", "request", "the", "this", "is",
            "no", "agreed", "agree", "disagree", "disagreed", "permitted", "allowed", "to", "be", "for", "a", "an", "of",
            "decision", "ok");

    /**
     * Refusal: of a request still waiting (not once approved), with a reason that says more than the refusal itself.
     */
    public static Optional<Refusal> checkRefusal(TripStatus status, String reason) {
        if (!status.isPending()) {
            return Optional.of(Refusal.NOT_PENDING);
        }
        // a refusal whose reason says nothing ("-", "不同意") tells the traveller nothing (outside check ex-s36h 2)
        if (!Texts.saysSomething(reason)) {
            return Optional.of(Refusal.REASON_REQUIRED);
        }
        // nor does one that only repeats the decision ("不予批准", the option's own label; outside check ex-s38e 3)
        if (!Texts.saysMoreThan(reason, DECISION_WORDS)) {
            return Optional.of(Refusal.REASON_RESTATES_DECISION);
        }
        if (tooLong(reason, MAX_NOTE_LENGTH)) {
            return Optional.of(Refusal.REASON_TOO_LONG);
        }
        return Optional.empty();
    }

    /**
     * Every problem of a leaver's withdrawal the officer records: the request may still be withdrawn (waiting or
     * approved, before the departure day) and the paper's reference or a reason is given, at most
     * {@code maxReferenceLength} characters; all at once.
     */
    public static List<Refusal> leaverWithdrawalProblems(TripStatus status, LocalDate departure, String reference,
                                                         int maxReferenceLength, LocalDate today) {
        List<Refusal> problems = new ArrayList<>();
        checkWithdrawal(status, departure, today).ifPresent(problems::add);
        if (stored(reference) == null) {
            problems.add(Refusal.WITHDRAWAL_REFERENCE_MISSING);
        } else if (tooLong(reference, maxReferenceLength)) {
            problems.add(Refusal.WITHDRAWAL_REFERENCE_TOO_LONG);
        }
        return problems;
    }

    /** The person withdraws a waiting or approved request, before the departure day. */
    public static Optional<Refusal> checkWithdrawal(TripStatus status, LocalDate departure, LocalDate today) {
        if (!status.isPending() && status != TripStatus.APPROVED) {
            return Optional.of(Refusal.CANNOT_WITHDRAW);
        }
        if (!today.isBefore(departure)) {
            return Optional.of(Refusal.ALREADY_DEPARTED);
        }
        return Optional.empty();
    }

    /**
     * The debrief after the return (回国后报告): of an approved trip that has begun (someone may come back early), with
     * the actual return day, not before the departure and not in the future, and a short note.
     */
    public static Optional<Refusal> checkDebrief(TripStatus status, LocalDate departure, LocalDate returnedOn,
                                                 String note, LocalDate today) {
        Optional<Refusal> day = checkDebriefDay(status, departure, returnedOn, today);
        if (day.isPresent()) {
            return day;
        }
        if (Texts.blank(note)) {
            return Optional.of(Refusal.DEBRIEF_NOTE_MISSING);
        }
        if (tooLong(note, MAX_NOTE_LENGTH)) {
            return Optional.of(Refusal.DEBRIEF_NOTE_TOO_LONG);
        }
        return Optional.empty();
    }

    /**
     * A leaver's report after the return handed in on paper, recorded by the secrecy officer (a leaver has no login to
     * report with, so the trip stayed 已回国、待报告; outside check): the rules of {@link #checkDebrief} for the trip and
     * the actual return day, and the paper's reference instead of the note (required, at most
     * {@code maxReferenceLength} characters); every problem at once.
     */
    public static List<Refusal> leaverDebriefProblems(TripStatus status, LocalDate departure, LocalDate returnedOn,
                                                      String reference, int maxReferenceLength, LocalDate today) {
        List<Refusal> problems = new ArrayList<>();
        checkDebriefDay(status, departure, returnedOn, today).ifPresent(problems::add);
        if (stored(reference) == null) {
            problems.add(Refusal.DEBRIEF_REFERENCE_MISSING);
        } else if (tooLong(reference, maxReferenceLength)) {
            problems.add(Refusal.DEBRIEF_REFERENCE_TOO_LONG);
        }
        return problems;
    }

    /** {@link #checkDebrief} of the trip and the actual return day, without the note. */
    private static Optional<Refusal> checkDebriefDay(TripStatus status, LocalDate departure, LocalDate returnedOn,
                                                     LocalDate today) {
        if (status != TripStatus.APPROVED) {
            return Optional.of(Refusal.NOT_APPROVED);
        }
        if (today.isBefore(departure)) {
            return Optional.of(Refusal.TRIP_NOT_STARTED);
        }
        if (returnedOn == null) {
            return Optional.of(Refusal.RETURNED_ON_MISSING);
        }
        if (returnedOn.isBefore(departure)) {
            return Optional.of(Refusal.RETURNED_BEFORE_DEPARTURE);
        }
        if (returnedOn.isAfter(today)) {
            return Optional.of(Refusal.RETURNED_IN_FUTURE);
        }
        return Optional.empty();
    }

    /** Whether two trips, each from its departure to its return day (both included), share a day. */
    public static boolean overlaps(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        return !aFrom.isAfter(bTo) && !bFrom.isAfter(aTo);
    }

    /**
     * Why a new request is refused whose days overlap a waiting or approved request of the same person: to the same
     * destination it is that trip asked again ({@link Refusal#ALREADY_REQUESTED}); to another one it is a different
     * trip on days already taken ({@link Refusal#OVERLAPS_REQUEST}). Countries as stored (ISO codes, upper case).
     */
    public static Refusal overlapRefusal(String country, String otherCountry) {
        return country != null && country.equalsIgnoreCase(otherCountry) ? Refusal.ALREADY_REQUESTED
                : Refusal.OVERLAPS_REQUEST;
    }

    /**
     * The last day a trip keeps its person abroad: the actual return day once the report after the return is recorded
     * (someone may come back early, or later), the planned return day before. An outside check found a trip reported
     * back on its departure day still blocking the person's next trip over its planned days.
     *
     * @param returnedOn the day of the debrief step (the actual return), or null while none is recorded
     */
    public static LocalDate tripEnd(TripStatus status, LocalDate plannedReturn, LocalDate returnedOn) {
        return status == TripStatus.DEBRIEFED && returnedOn != null ? returnedOn : plannedReturn;
    }

    /** An approved trip whose planned return day has passed and whose debrief is not recorded. */
    public static boolean awaitingDebrief(TripStatus status, LocalDate returnDay, LocalDate today) {
        return status == TripStatus.APPROVED && returnDay.isBefore(today);
    }

    /** Whether a text exceeds a limit after trimming, counted as its column counts ({@link Texts#tooLong}). */
    public static boolean tooLong(String text, int max) {
        return Texts.tooLong(text, max);
    }

    /** A text as stored: trimmed, null when blank. */
    public static String stored(String text) {
        return Texts.clean(text);
    }
}
