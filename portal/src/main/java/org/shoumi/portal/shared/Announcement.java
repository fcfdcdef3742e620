package org.shoumi.portal.shared;

import java.util.List;
import java.util.Objects;

/**
 * A notice for the whole unit, by bundle key and arguments (a self-inspection round opened, a campaign launched): no
 * person's name, nothing secret. Fired in the transaction that made it; the unit's work chat, when one is configured,
 * posts it once that transaction has committed.
 */
public record Announcement(String messageKey, List<String> arguments) {

    public Announcement {
        Objects.requireNonNull(messageKey);
        arguments = List.copyOf(arguments);
    }
}
