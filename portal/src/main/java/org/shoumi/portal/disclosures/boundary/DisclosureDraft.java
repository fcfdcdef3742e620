package org.shoumi.portal.disclosures.boundary;

import java.time.LocalDate;
import org.shoumi.portal.disclosures.entity.DisclosureKind;

/**
 * A request as the form gives it: what is to go out, where, when, a summary and the unit's reference, and the
 * requester's word that they checked it against the unit's list of secret matters themselves.
 */
public record DisclosureDraft(String title, DisclosureKind kind, String channel, LocalDate plannedOn, String summary,
                              String reference, boolean selfChecked) {
}
