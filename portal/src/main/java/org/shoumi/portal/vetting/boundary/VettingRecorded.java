package org.shoumi.portal.vetting.boundary;

import java.time.LocalDate;

/**
 * A vetting or review just recorded: its id; when it corrected a record of the same day that opened a 离岗 departure
 * still open (a review found 不合格, a 上岗审查 not passed), that departure (to be withdrawn by HR), else null; the
 * 离岗 departure it opened itself (a review found 不合格, or a 上岗审查 not passed by someone in post), else null; and,
 * for a 上岗审查 held before the person's current spell in the post, the first day one counts for it (the record does
 * not vet them for this post), else null; {@code heldAheadOf}, for a 上岗审查 通过 held before the raise or return that
 * started the person's current spell but within the allowed days before it (it counts for the class), that day, else
 * null; {@code laterInForce}, for an entry held before a record in force that rules
 * over it (of its kind, or of the other kind: the later-dated result rules across both), that record (it stays in
 * force: this entry changes nothing about the person and opens no 离岗), else null; {@code departureStands}, when it
 * corrected a record whose 离岗 was approved already, that departure (it stands: the correction does not undo it, HR
 * may re-post the person), else null; {@code outOfPost}, whether it is a correction recorded for a person no longer in
 * a secret post (it opens no 离岗); {@code waitingFor}, for a 复审 不合格 or 上岗审查 未通过 that opened no 离岗 because a
 * departure was under way, that departure, and {@code waits}, what follows it (it carries the record out, or the 离岗
 * is opened once it ends), else both null; {@code failureStands}, for a favourable entry that corrects nothing
 * while a 复审 不合格 or 上岗审查 未通过 stands ({@link org.shoumi.portal.vetting.control.VettingRules#stands}: a
 * later-dated review, or a same-day entry of the other kind, is no correction), that record, else null.
 */
public record VettingRecorded(long id, Long departureToWithdraw, Long departureOpened, LocalDate vettingCountsFrom,
                              LocalDate heldAheadOf, InForce laterInForce, Long departureStands, boolean outOfPost,
                              Long waitingFor, org.shoumi.portal.events.ReviewUnsatisfactory.Wait waits,
                              InForce failureStands) {

    /** The record in force that rules over the entry: its number, kind, held day and result. */
    public record InForce(long id, org.shoumi.portal.vetting.entity.VettingKind kind, LocalDate heldOn,
                          org.shoumi.portal.vetting.entity.VettingResult result) {
    }
}
