/**
 * Helpers every feature may use, below all of them: the unit's daily schedule, and the contract by which a feature adds its records to a person's secrecy file and to the records workbook ({@link org.shoumi.portal.shared.RecordSection}), and what a feature's refused exception tells the web layer ({@link org.shoumi.portal.shared.Refused}). Nothing here imports a feature
 * package (checked by ArchitectureTest).
 */
package org.shoumi.portal.shared;
