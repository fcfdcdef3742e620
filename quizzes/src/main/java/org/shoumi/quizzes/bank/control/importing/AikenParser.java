package org.shoumi.quizzes.bank.control.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the Aiken format as Moodle 5.1's qformat_aiken does: a question line, option lines "A) text" or
 * "A. text" (the space after the label may be missing), and "ANSWER: X". Reports the same errors Moodle does:
 * fewer than two options, an option or ANSWER line outside a question, and a question without ANSWER.
 * Lines shorter than two characters are ignored, as in Moodle.
 */
final class AikenParser {

    private static final Pattern OPTION = Pattern.compile("^[A-Z][).][ \\t]?.*");

    private AikenParser() {
    }

    static GiftParser.Parsed parse(String text) {
        List<MoodleItem> items = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        MoodleItem current = null;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.length() < 2) {
                continue;
            }
            if (OPTION.matcher(line).matches()) {
                if (current == null) {
                    errors.add(ImportError.of(number, "import.error.aiken.notStarted"));
                    continue;
                }
                current.answers.add(new MoodleItem.Answer(line.substring(2).strip(), BigDecimal.ZERO));
            } else if (line.startsWith("ANSWER:")) {
                if (current == null) {
                    errors.add(ImportError.of(number, "import.error.aiken.notStarted"));
                    continue;
                }
                if (current.answers.size() < 2) {
                    errors.add(ImportError.of(number, "import.error.aiken.tooFewAnswers", current.name));
                    current = null;
                    continue;
                }
                String answer = line.substring(line.indexOf(':') + 1).strip();
                int index = answer.isEmpty() ? -1 : answer.charAt(0) - 'A';
                if (index < 0 || index >= current.answers.size()) {
                    errors.add(ImportError.of(number, "import.error.aiken.badAnswer", answer));
                    current = null;
                    continue;
                }
                MoodleItem.Answer right = current.answers.get(index);
                current.answers.set(index, new MoodleItem.Answer(right.text(), BigDecimal.ONE));
                items.add(current);
                current = null;
            } else {
                if (current != null) {
                    errors.add(ImportError.of(current.line, "import.error.aiken.notCompleted", current.name));
                }
                current = new MoodleItem(number, "multichoice");
                current.name = MoodleText.defaultName(line);
                current.text = line;
                current.single = true;
            }
        }
        if (current != null) {
            errors.add(ImportError.of(current.line, "import.error.aiken.notCompleted", current.name));
        }
        return new GiftParser.Parsed(items, errors);
    }
}
