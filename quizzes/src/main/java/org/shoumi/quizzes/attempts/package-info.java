/**
 * Quiz assembly and attempts: quiz definitions made of draw rules, the seeded random draw that avoids the
 * previous attempt's questions and shuffles questions and options, quiz policies per mode (exam, practice,
 * contest: time limit, pass mark, attempts allowed, grading method, feedback), the attempt state machine with
 * its server-side deadline, exact scoring with configurable partial credit, and the taker's view that never
 * holds the answer key.
 */
package org.shoumi.quizzes.attempts;
