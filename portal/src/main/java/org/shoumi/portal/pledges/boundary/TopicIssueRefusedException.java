package org.shoumi.portal.pledges.boundary;

import java.util.List;
import org.shoumi.portal.shared.Refused;

/** A topic pledge that was not issued, and why (every problem found); nothing was stored. */
public class TopicIssueRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        NO_TOPIC, OCCASION_MISSING, OCCASION_TOO_LONG, DUE_IN_PAST,
        /** a sign-by day further ahead than {@code shoumi.portal.pledges.topic-due-max-days} */
        DUE_TOO_FAR,
        STAFF_LIST_TOO_LONG, UNKNOWN_DEPARTMENT,
        UNKNOWN_STAFF, LEFT_STAFF,
        /** people who left the secret-related post (离岗): the pledge states the post */
        LEFT_POST_STAFF,
        /** people whose 离岗 or 离职 is under way (open): their carriers are being taken back */
        LEAVING_POST_STAFF,
        /** people not yet in post whose vetting (上岗审查) is not passed or not on record */
        NOT_VETTED_STAFF,
        NO_PEOPLE,
        /** the same issue (topic, occasion, due day, department and people) is on record already: a form sent twice */
        ALREADY_ISSUED,
        /**
         * people who still owe a topic pledge of the same topic and occasion, issued before and not signed: they
         * would owe and sign the same pledge twice
         */
        ALREADY_OWED,
        /** a withdrawal of an issue that is not on record */
        NO_SUCH_ISSUE,
        /** a withdrawal of an issue withdrawn already (a form sent twice) */
        ALREADY_WITHDRAWN,
        /** a withdrawal without its reason */
        WITHDRAW_REASON_MISSING,
        /** a withdrawal whose reason is over {@code TopicIssueWithdrawal.MAX_REASON} characters */
        WITHDRAW_REASON_TOO_LONG
    }

    private final List<Reason> reasons;
    private final List<String> unknown;
    private final List<String> left;
    private final List<String> leftPost;
    private final List<String> notVetted;
    private final List<String> owing;
    private final List<String> leaving;

    public TopicIssueRefusedException(List<Reason> reasons, List<String> unknown, List<String> left) {
        this(reasons, unknown, left, List.of(), List.of());
    }

    public TopicIssueRefusedException(List<Reason> reasons, List<String> unknown, List<String> left,
                                      List<String> leftPost, List<String> notVetted) {
        this(reasons, unknown, left, leftPost, notVetted, List.of());
    }

    public TopicIssueRefusedException(List<Reason> reasons, List<String> unknown, List<String> left,
                                      List<String> leftPost, List<String> notVetted, List<String> owing) {
        this(reasons, unknown, left, leftPost, notVetted, owing, List.of());
    }

    public TopicIssueRefusedException(List<Reason> reasons, List<String> unknown, List<String> left,
                                      List<String> leftPost, List<String> notVetted, List<String> owing,
                                      List<String> leaving) {
        super(reasons + (unknown.isEmpty() ? "" : " unknown " + unknown) + (left.isEmpty() ? "" : " left " + left)
                + (leftPost.isEmpty() ? "" : " left post " + leftPost)
                + (leaving.isEmpty() ? "" : " leaving " + leaving)
                + (notVetted.isEmpty() ? "" : " not vetted " + notVetted)
                + (owing.isEmpty() ? "" : " owing " + owing));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal has a reason");
        }
        this.reasons = List.copyOf(reasons);
        this.unknown = List.copyOf(unknown);
        this.left = List.copyOf(left);
        this.leftPost = List.copyOf(leftPost);
        this.notVetted = List.copyOf(notVetted);
        this.owing = List.copyOf(owing);
        this.leaving = List.copyOf(leaving);
    }

    @Override
    public List<Reason> reasons() {
        return reasons;
    }

    /** The first reason found. */
    @Override
    public Reason reason() {
        return reasons.get(0);
    }

    /** For {@link Reason#UNKNOWN_STAFF}: the staff numbers not on the roster, as typed. */
    public List<String> unknown() {
        return unknown;
    }

    /** For {@link Reason#LEFT_STAFF}: the staff numbers of people who have left the unit. */
    public List<String> left() {
        return left;
    }

    /** For {@link Reason#LEFT_POST_STAFF}: the staff numbers of people who left the secret-related post. */
    public List<String> leftPost() {
        return leftPost;
    }

    /** For {@link Reason#LEAVING_POST_STAFF}: the staff numbers of people whose 离岗 or 离职 is under way. */
    public List<String> leaving() {
        return leaving;
    }

    /** For {@link Reason#NOT_VETTED_STAFF}: the staff numbers of people not yet in post and not vetted. */
    public List<String> notVetted() {
        return notVetted;
    }

    /** For {@link Reason#ALREADY_OWED}: the staff numbers of people who still owe the same topic pledge. */
    public List<String> owing() {
        return owing;
    }
}
