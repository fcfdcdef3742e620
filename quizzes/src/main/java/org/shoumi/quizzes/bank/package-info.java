/**
 * The question bank: single, multiple choice, true/false and fill-in questions, each tied to the rule or duty
 * clause it tests (by its content key), with answer, explanation, difficulty and legal basis.
 */
package org.shoumi.quizzes.bank;
