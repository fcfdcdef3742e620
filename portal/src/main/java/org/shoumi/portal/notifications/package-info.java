/**
 * In-app notifications: the bell beside the e-mail. Other features tell a login something (a reminder, an
 * escalation); the person sees the unread count on every page and the list on the notifications page. Depends on
 * no other feature.
 */
package org.shoumi.portal.notifications;
