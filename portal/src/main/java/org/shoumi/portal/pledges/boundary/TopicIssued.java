package org.shoumi.portal.pledges.boundary;

import java.util.List;

/**
 * A topic pledge issued: its id, how many people it went to, and whom a department's issue left out: those who still
 * owe the same pledge ({@code stillOwing}, staff numbers) and how many of the department's people may not be given one
 * ({@code notIssuable}: out of the post, leaving it, or not yet vetted).
 */
public record TopicIssued(long id, int addressed, List<String> stillOwing, int notIssuable) {
}
