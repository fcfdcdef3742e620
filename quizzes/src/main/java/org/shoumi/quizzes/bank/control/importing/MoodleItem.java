package org.shoumi.quizzes.bank.control.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One item as a Moodle parser read it, before conversion to a {@code Question}. Package-private scratch type. */
final class MoodleItem {

    /** One answer: its text and the fraction of the mark it earns (1 = 100%, may be negative). */
    record Answer(String text, BigDecimal fraction) {
    }

    int line;
    /** Moodle's qtype name: category, multichoice, truefalse, shortanswer, essay, match, numerical, … */
    String qtype;
    String name = "";
    String text = "";
    String generalFeedback = "";
    final List<Answer> answers = new ArrayList<>();
    /** multichoice: one answer allowed. */
    boolean single = true;
    /** truefalse: the statement is true. */
    boolean statementTrue;
    /** category items: the category path. */
    String category;
    final List<String> tags = new ArrayList<>();
    boolean hasEmbeddedFiles;

    MoodleItem(int line, String qtype) {
        this.line = line;
        this.qtype = qtype;
    }
}
