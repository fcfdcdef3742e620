/**
 * 每日一练: one question a day for each person, drawn from the active bank without repeating what they answered in
 * the last weeks, answered once, with the right answer and its explanation at once. A wrong answer enters the
 * 错题本 (the mistakes feature observes {@link org.shoumi.quizzes.daily.boundary.DailyAnswered}); the days in a row
 * keep a streak. Practice only: it is not an exam and counts towards no programme.
 */
package org.shoumi.quizzes.daily;
