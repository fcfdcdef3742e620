/**
 * Offline training sessions (线下培训): lectures (讲座), courses (培训班), meetings that count as training (以会代训)
 * and warning-education films (警示教育片). A secrecy officer schedules a session for an audience (departments and
 * secrecy classes, or all staff) with its hours (学时); attendance is recorded by self check-in with a one-time
 * code shown at the session, by importing the paper sign-in sheet (all or nothing), or by the officer. Sessions
 * and attendances are kept for good, every attendance goes into the evidence log, and the hours a person
 * attended count towards their yearly training hours.
 */
package org.shoumi.portal.sessions;
