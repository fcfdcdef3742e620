package org.shoumi.portal.events;

import java.util.Set;

/**
 * Several people were changed at once (批量调整), each change already a dated entry of their history with its own
 * {@link PersonnelChanged} ({@code source} BULK): {@code departmentCodes} are the departments they were in before and
 * are in now, {@code by} who made the change. Fired once, at the end of the batch and in its transaction, so that what
 * depends on the whole roster (who answers for a department) is settled once against the roster as the batch leaves
 * it: a head and a liaison of one department moved together handed it over twice in the same second, through someone
 * moved out in the same batch (outside check ex-s38f 5).
 */
public record PersonnelBatchChanged(Set<String> departmentCodes, String by) {

    public PersonnelBatchChanged {
        departmentCodes = Set.copyOf(departmentCodes);
    }
}
