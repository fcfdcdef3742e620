package org.shoumi.portal.events;

/**
 * A part-time secrecy liaison (兼职保密员) was appointed, or their appointment ended ({@code appointed} false):
 * {@code entryId} is the register's new entry, {@code employeeNo} the liaison's staff number, {@code departmentCode}
 * the department served, {@code by} the officer who entered it. Fired in the transaction of the entry; who answers for
 * the department (its self-inspection forms and findings, for want of a head) changes with it.
 */
public record LiaisonChanged(long entryId, String employeeNo, String departmentCode, boolean appointed, String by) {
}
