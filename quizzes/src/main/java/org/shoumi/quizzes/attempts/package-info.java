/**
 * Quizzes and attempts: drawing and shuffling questions, the server-side clock, saving each answer as it is
 * given, submitting exactly once, scoring with partial credit, and grading over several attempts.
 */
package org.shoumi.quizzes.attempts;
