/**
 * The wrong-answer book (错题本): for each person, the questions they answered wrongly in scored attempts, with
 * how often and when last; a question leaves the book after a configurable number of consecutive correct answers.
 */
package org.shoumi.quizzes.mistakes;
