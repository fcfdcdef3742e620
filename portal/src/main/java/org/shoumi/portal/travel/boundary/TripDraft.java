package org.shoumi.portal.travel.boundary;

import java.time.LocalDate;
import org.shoumi.portal.travel.entity.PurposeCategory;

/** What a person asks for: the destination (ISO 3166-1 alpha-2), the days, the purpose and an optional note. */
public record TripDraft(String country, LocalDate departureDay, LocalDate returnDay, PurposeCategory purpose,
                        String note) {
}
