package org.shoumi.quizzes.bank.control.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One item as a Moodle reader found it (GIFT block or Moodle XML {@code <question>}), in Moodle's own terms,
 * before {@link MoodleMapping} turns it into an {@link ImportedQuestion}. Package-private scratch type.
 */
final class MoodleItem {

    /** One answer: its plain text and the share of the mark it earns (1 = 100 %, may be negative). */
    record Answer(String text, BigDecimal fraction) {
    }

    /** Line of the item in the file. */
    final int line;
    /** Moodle's qtype name: category, multichoice, truefalse, shortanswer, essay, match, numerical, … */
    final String qtype;
    /** Moodle's question name ("" for categories). */
    String name = "";
    /** Question text as plain text. */
    String text = "";
    /** General feedback as plain text. */
    String generalFeedback = "";
    final List<Answer> answers = new ArrayList<>();
    /** multichoice: only one answer may be chosen. */
    boolean single = true;
    /** truefalse: the statement is true. */
    Boolean statementTrue;
    /** category items: the category path as written in the file. */
    String category = "";
    /** Images, sound or other files that the question refers to and that are not imported. */
    boolean embeddedMedia;

    MoodleItem(int line, String qtype) {
        this.line = line;
        this.qtype = qtype;
    }

    /** "qtype TAB name", as EXPECTED-moodle-5.1-parse.txt lists items. */
    @Override
    public String toString() {
        return qtype + "\t" + name;
    }
}
