/**
 * Quizzes: the question bank, quiz assembly (random draw, shuffling), attempts and scoring, as plain Java.
 * Refers to content only by business keys (rule and duty clause codes), never by JPA association.
 */
package org.shoumi.quizzes;
