/**
 * Reports: the year-end report on secrecy education and training (年度保密教育培训情况) of the unit or of one
 * department, as figures (coverage, hours, quizzes, offline sessions, pledges, self-inspection, departures and
 * 脱密期) written to an Excel workbook and a PDF with charts, and a person's due dates as an iCalendar file.
 * The renderers are plain Java: they take the figures and a label lookup and touch no database.
 */
package org.shoumi.portal.reports;
