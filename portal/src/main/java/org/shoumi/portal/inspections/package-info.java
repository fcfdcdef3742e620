/**
 * Self-inspection (保密自查): a secrecy officer opens a round on a checklist in force; every secret-related
 * person in post (personal checklist) or the head of every department (department checklist) answers each item
 * yes or no; every "no" becomes a finding with the checklist's remediation, an owner and a due date, which the
 * owner remediates and the secrecy office closes or reopens.
 */
package org.shoumi.portal.inspections;
