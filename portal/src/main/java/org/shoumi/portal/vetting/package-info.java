/**
 * Vetting (上岗审查) and periodic review (复审) of secret-related staff: the record that a vetting or a review was
 * held (day, result, approver, reference to the paper file, who recorded it), never the personal details it
 * looked at. For 核心 and 重要 a passed vetting comes before the onboarding pledge (the pledges feature asks here);
 * reviews recur per secrecy class, the secrecy office sees who is overdue or due soon and is told once per person
 * and due day when a review becomes overdue; an unsatisfactory review fires {@code ReviewUnsatisfactory}, on which
 * the departures feature opens a 离岗 departure. Records are immutable: a correction is a new record.
 */
package org.shoumi.portal.vetting;
