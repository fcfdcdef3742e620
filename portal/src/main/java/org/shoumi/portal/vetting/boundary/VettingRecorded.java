package org.shoumi.portal.vetting.boundary;

/**
 * A vetting or review just recorded: its id and, when it corrected a review found 不合格 on the same day, the open
 * 离岗 departure that review opened (to be withdrawn by HR), else null.
 */
public record VettingRecorded(long id, Long departureToWithdraw) {
}
