/**
 * Text as every module's boundaries take it: {@link org.shoumi.content.text.Texts} strips white space and invisible
 * format characters, tells a text with nothing visible from one with a word, measures as the columns do, and turns
 * full-width forms typed by a Chinese input method into ASCII. Below every feature, so the quizzes module checks its
 * reasons as the portal does.
 */
package org.shoumi.content.text;
