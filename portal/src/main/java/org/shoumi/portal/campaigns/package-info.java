/**
 * In-post training campaigns: a secrecy officer targets departments, posts and secrecy classes with a window
 * and a due date; everyone targeted gets the in-post programme; e-mail reminders go out before the due date
 * and when overdue, with a copy to the department head.
 */
package org.shoumi.portal.campaigns;
