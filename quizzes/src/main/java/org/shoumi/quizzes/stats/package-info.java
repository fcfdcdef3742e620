/** Item analysis for secrecy officers: facility and discrimination of each question, weakest rule topics. */
package org.shoumi.quizzes.stats;
