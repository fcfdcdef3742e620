/**
 * The employee roster (人员名册): who works where, in which post and secrecy class (核心/重要/一般/非涉密),
 * and whether they are in post or have left. HR reads it as a lazily loaded, server-side filtered list, hires
 * one person, changes a person's post or class (which starts the transfer or onboarding programme), and imports
 * the HR system's Excel/CSV roster all or nothing; every training record, pledge and exit case hangs off a
 * person here.
 */
package org.shoumi.portal.employees;
