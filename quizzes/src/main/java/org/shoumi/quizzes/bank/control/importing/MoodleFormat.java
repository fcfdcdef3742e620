package org.shoumi.quizzes.bank.control.importing;

/** The Moodle question formats Shoumi reads. */
public enum MoodleFormat {
    /** GIFT text format ({@code ::name:: text {answers}}). */
    GIFT,
    /** Aiken: question line, "A) option" lines, "ANSWER: X". */
    AIKEN,
    /** Moodle's "missing word" format: text with one {=right ~wrong} section. */
    MISSING_WORD,
    /** Moodle XML ({@code <quiz><question type="…">}). */
    XML
}
