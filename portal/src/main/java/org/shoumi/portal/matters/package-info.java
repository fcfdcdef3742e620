/**
 * Major personal-matter reports (重大事项报告): a person reports a matter from a fixed list of categories (marriage
 * to a foreign national, relatives settling abroad, a passport or residence abroad, being investigated, unusual
 * foreign contact, a lost carrier, other) with the day it happened and an optional short note; the secrecy office
 * acknowledges it and then records its decision. Each step (reported, acknowledged, decided) is an immutable row
 * appended to the evidence log; the report row keeps only the current status for lists. The person sees their own
 * reports, the secrecy office all of them, open ones first.
 */
package org.shoumi.portal.matters;
