/**
 * 学时: the training hours each person earns in a year from measured reading, passed exams and attended offline
 * sessions, against the target of their class or of the plan items that concern them.
 */
package org.shoumi.portal.hours;
