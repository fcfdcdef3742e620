package org.shoumi.portal.events;

/**
 * A dated entry was added to a person's history (post, department, secrecy class or status changed):
 * {@code changeId} is the id of the new history row. The evidence log observes it and links the entry.
 */
public record PersonnelChanged(long changeId, String employeeNo) {
}
