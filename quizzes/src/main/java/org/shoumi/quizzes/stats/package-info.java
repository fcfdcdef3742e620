/**
 * Item statistics for the secrecy officer: facility and discrimination index per question, option distribution,
 * flags for questions that are too easy, too hard or discriminate negatively, and the rule clauses, topics and
 * post duties that people understand worst.
 */
package org.shoumi.quizzes.stats;
