/**
 * 信息公开保密审查: what the unit means to make public — a news item, a page of its website, material handed to
 * another organisation, a paper — is reviewed for secrets before it goes out (先审查、后公开). The person who
 * wants it published asks, having checked it themselves; the head of their department checks it first, the
 * secrecy office decides (approved, approved with changes, refused); the requester records where and when it went
 * out. Every step is a row of its own in the evidence log; the register is a sheet of the records workbook.
 */
package org.shoumi.portal.disclosures;
