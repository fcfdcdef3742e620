package org.shoumi.portal.disclosures.control;

import java.time.LocalDate;
import java.util.Optional;
import org.shoumi.portal.disclosures.entity.DisclosureStatus;

/**
 * Who may take which step of a request, and when, plain Java. The department checks first — its head, or the
 * secrecy office for a department without a head —; then the secrecy office approves (with changes, or not) or
 * refuses; either reviewer may refuse at their stage. No one reviews their own request. The requester may withdraw
 * an open request and records the publication of an approved one (so may the secrecy office).
 */
public final class DisclosureRules {

    private DisclosureRules() {
    }

    /**
     * Who is acting, as far as the rules care.
     *
     * @param requester the person who asked
     * @param head a head of the request's department
     * @param officer a secrecy officer
     * @param departmentHasHead whether the request's department has a head at all
     */
    public record Actor(boolean requester, boolean head, boolean officer, boolean departmentHasHead) {

        /** Who checks for the department: its head, or an officer when it has none; never the requester. */
        boolean checksForDepartment() {
            return !requester && (head || officer && !departmentHasHead);
        }

        boolean decides() {
            return !requester && officer;
        }
    }

    /** Why a step cannot be taken now, or not by this actor. */
    public enum Problem {
        /** SUBMITTED is the request itself, not a step */
        NOT_A_STEP,
        /** refused, decided or published already: nothing more to review */
        CLOSED,
        /**
         * a withdrawal after the secrecy office's decision: approved, it is not closed (the publication is recorded
         * next); refused, it is (it read "已办结" to the requester whose page was opened before the approval)
         */
        ALREADY_DECIDED,
        /** withdrawn by the requester: nothing more to review (it read "已办结" to the head who had it open) */
        WITHDRAWN,
        /** the department has checked it already */
        ALREADY_CHECKED,
        /** a decision before the department's check */
        NOT_CHECKED,
        /** publication of a request not approved */
        NOT_APPROVED,
        /** published already */
        ALREADY_PUBLISHED,
        /** a reviewer acting on their own request */
        OWN_REQUEST,
        /** the department's check by someone who is not its head (nor an officer standing in for a missing head) */
        NOT_DEPARTMENT_REVIEWER,
        /** a decision by someone who is not a secrecy officer */
        NOT_OFFICER,
        /** a withdrawal by someone else than the requester, or a publication by neither requester nor officer */
        NOT_REQUESTER
    }

    /** What stops {@code actor} from taking {@code step} on a request whose status is {@code current}, if anything. */
    public static Optional<Problem> check(DisclosureStatus current, DisclosureStatus step, Actor actor) {
        if (current == DisclosureStatus.WITHDRAWN && step != DisclosureStatus.SUBMITTED
                && step != DisclosureStatus.PUBLISHED) {
            return Optional.of(Problem.WITHDRAWN);
        }
        return switch (step) {
            case SUBMITTED -> Optional.of(Problem.NOT_A_STEP);
            case DEPARTMENT_AGREED -> current == DisclosureStatus.SUBMITTED ? department(actor)
                    : Optional.of(current == DisclosureStatus.DEPARTMENT_AGREED ? Problem.ALREADY_CHECKED
                    : Problem.CLOSED);
            case APPROVED, APPROVED_WITH_CHANGES -> current == DisclosureStatus.DEPARTMENT_AGREED ? decision(actor)
                    : Optional.of(current == DisclosureStatus.SUBMITTED ? Problem.NOT_CHECKED : Problem.CLOSED);
            case REFUSED -> switch (current) {
                case SUBMITTED -> department(actor);
                case DEPARTMENT_AGREED -> decision(actor);
                default -> Optional.of(Problem.CLOSED);
            };
            case WITHDRAWN -> current.approved() || current == DisclosureStatus.REFUSED
                    ? Optional.of(Problem.ALREADY_DECIDED)
                    : !current.open() ? Optional.of(Problem.CLOSED)
                    : actor.requester() ? Optional.empty() : Optional.of(Problem.NOT_REQUESTER);
            case PUBLISHED -> current == DisclosureStatus.PUBLISHED ? Optional.of(Problem.ALREADY_PUBLISHED)
                    : !current.approved() ? Optional.of(Problem.NOT_APPROVED)
                    : actor.requester() || actor.officer() ? Optional.empty() : Optional.of(Problem.NOT_REQUESTER);
        };
    }

    /** Whether {@code actor} may take some step on a request whose status is {@code current} (what a page offers). */
    public static boolean mayReview(DisclosureStatus current, Actor actor) {
        return check(current, DisclosureStatus.REFUSED, actor).isEmpty();
    }

    private static Optional<Problem> department(Actor actor) {
        if (actor.requester()) {
            return Optional.of(Problem.OWN_REQUEST);
        }
        return actor.checksForDepartment() ? Optional.empty() : Optional.of(Problem.NOT_DEPARTMENT_REVIEWER);
    }

    private static Optional<Problem> decision(Actor actor) {
        if (actor.requester()) {
            return Optional.of(Problem.OWN_REQUEST);
        }
        return actor.decides() ? Optional.empty() : Optional.of(Problem.NOT_OFFICER);
    }

    /** How long an identical request counts as the same form sent again, whatever became of the first. */
    public static final java.time.Duration RESUBMISSION_WINDOW = java.time.Duration.ofMinutes(10);

    /**
     * Whether a new request identical to an earlier one of the same person (same title, kind, channel, planned day,
     * summary and reference) is that request sent again: while the earlier one is still being reviewed, or when it
     * was sent within {@link #RESUBMISSION_WINDOW}.
     */
    public static boolean repeats(DisclosureStatus earlier, java.time.Instant earlierAt, java.time.Instant now) {
        return earlier.open() || earlierAt.isAfter(now.minus(RESUBMISSION_WINDOW));
    }

    /** Whether a planned day is acceptable: none, or not before today (a review comes before publication). */
    public static boolean plannedDayAllowed(LocalDate plannedOn, LocalDate today) {
        return plannedOn == null || !plannedOn.isBefore(today);
    }

    /**
     * Whether a planned day lies further ahead than {@code maxDaysAhead} days after today ({@link #latestPlannedDay}):
     * 9999-12-31 was taken, and a year of five digits reached the database and answered HTTP 500 (outside check
     * ex-s37e 4). A review is asked for a publication in sight, as a trip abroad is asked at most a year ahead.
     */
    public static boolean plannedDayTooFar(LocalDate plannedOn, LocalDate today, int maxDaysAhead) {
        return plannedOn != null && plannedOn.isAfter(latestPlannedDay(today, maxDaysAhead));
    }

    /** The latest planned day a request asked {@code today} may give. */
    public static LocalDate latestPlannedDay(LocalDate today, int maxDaysAhead) {
        return today.plusDays(maxDaysAhead);
    }

    /** Why a publication day cannot be recorded, if it cannot: it is given, not after today, not before approval. */
    public enum DayProblem { MISSING, IN_FUTURE, BEFORE_APPROVAL }

    public static Optional<DayProblem> publishedDay(LocalDate day, LocalDate approvedOn, LocalDate today) {
        if (day == null) {
            return Optional.of(DayProblem.MISSING);
        }
        if (day.isAfter(today)) {
            return Optional.of(DayProblem.IN_FUTURE);
        }
        return day.isBefore(approvedOn) ? Optional.of(DayProblem.BEFORE_APPROVAL) : Optional.empty();
    }

    /**
     * The words of a review's decisions, in both languages: the options' own labels (不同意公开, 同意，报保密办审核,
     * 删改后同意公开; Not to be published, Approved with changes), their parts and close variants (不予公开, 不宜发布,
     * 暂不公开, 经研究决定不予公开). Not text shown to anyone: what a reason is compared with ({@link #givesReason}).
     */
    static final java.util.List<String> DECISION_WORDS = java.util.List.of(
            // Chinese: the decision, its subject and the words around it
            "不同意", "同意", "不予", "准予", "予以", "不宜", "不能", "不可", "不得", "不准", "不应", "不", "暂不", "暂缓", "暂",
            "公开", "发布", "刊发", "发表", "对外", "上网", "删改后", "删改", "修改后", "报保密办审核", "保密办", "审核", "审查",
            "初审", "部门", "批准", "通过", "拒绝", "驳回", "否决", "否", "此次", "本次", "该", "此", "本", "申请", "稿件",
            "内容", "信息", "经研究", "研究", "决定", "意见", "结论", "建议", "的",
            // English: the labels' words and their variants, compared as whole words
            "not", "to", "be", "published", "publish", "publishing", "publication", "release", "released", "do",
            "don", "t", "dont", "cannot", "can", "agreed", "agree", "disagree", "disagreed", "pass", "passed", "it",
            "the", "secrecy", "office", "approved", "approve", "approval", "with", "changes", "change", "refused",
            "refuse", "refusal", "rejected", "reject", "denied", "deny", "department", "did", "no", "yes", "ok",
            "request", "this", "that", "is", "for", "now", "decision", "i", "we", "should", "must", "may", "a", "an",
            "of", "review", "check", "checked");

    /**
     * Whether the reason of a refusal, or the changes of an approval with changes, says more than the decision
     * itself: "不同意公开" (the option's own label), "不予公开" or "Not to be published" alone tell the requester nothing
     * (a head's refusal with "不同意公开" was kept for good; outside check ex-s38e 3). Besides
     * {@link org.shoumi.content.text.Texts#saysSomething}, which refuses "-", "无" and "不同意".
     */
    public static boolean givesReason(String note) {
        return org.shoumi.content.text.Texts.saysMoreThan(note, DECISION_WORDS);
    }
}
