package org.shoumi.quizzes.bank.control.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Moodle's GIFT format ({@code ::name:: text {=right ~wrong}}), read the way Moodle's qformat_gift reads it: questions
 * separated by blank lines, {@code //} comment lines, the escapes {@code \: \# \= \{ \} \~ \n}, an optional
 * {@code [html]}/{@code [moodle]}/{@code [plain]}/{@code [markdown]} format marker, {@code $CATEGORY:} switches (the
 * category is the rest of its line, and lines after it in the same block are read as a question, where Moodle would
 * take the whole block as the category's name), and Moodle's rules for telling the question type from the answer block. An answer block in the middle of the text is a
 * missing-word question: the text gets {@code _____} in its place.
 * <p>
 * Multiple choice with one {@code =} answer becomes 单选; with only {@code ~%n%} weights it becomes 多选 (the options
 * with positive weight are right); {@code {T}}/{@code {FALSE}} becomes 判断; {@code {=a =b}} becomes 填空 accepting
 * every full-credit answer. Essay, matching, numerical, description and ordering questions are skipped with a notice,
 * and so is cloze markup ({@code {1:MULTICHOICE:…}}), which Moodle's GIFT reader would misread as answers; see
 * {@link MoodleMapping} for what else is refused or noted. With any problem the result holds no questions.
 */
public final class GiftReader {

    private record Line(int number, String text) {
    }

    /** What Moodle's format markers mean here. */
    private record Formatted(String text, MoodleText.Format format) {
    }

    private static final String[][] ESCAPES = {
            {"\\:", "\uE000", ":"}, {"\\#", "\uE001", "#"}, {"\\=", "\uE002", "="}, {"\\{", "\uE003", "{"},
            {"\\}", "\uE004", "}"}, {"\\~", "\uE005", "~"}, {"\\n", "\uE006", "\n"}};
    /** Moodle's $giftanswerweightregex. */
    private static final Pattern WEIGHT = Pattern.compile("^%-*([0-9]{1,2})\\.?([0-9]*)%");
    private static final Pattern ID_OR_TAG = Pattern.compile("^\\[(id|tag):(?:\\\\]|[^\\]])+?]\\s*");
    private static final Pattern AIKEN_ANSWER = Pattern.compile("(?m)^\\s*ANSWER\\s*:");
    private static final Pattern GIFT_MARK = Pattern.compile("(?m)^\\s*(::|\\$CATEGORY:)|\\{[^}]*}");
    /** Cloze (embedded answers) markup such as {1:MULTICHOICE:…} or {:SA:…}, which GIFT cannot express. */
    private static final Pattern CLOZE = Pattern.compile("\\{[0-9]*:[A-Z_]+:");
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");

    private final List<MoodleItem> items = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    private GiftReader() {
    }

    /** Reads a GIFT file (already decoded, see {@link TextDecoding}); all questions, or problems and none. */
    public static ImportResult read(String text) {
        GiftReader reader = parse(text);
        return MoodleMapping.result(reader.items, reader.problems);
    }

    /**
     * Tells a GIFT .txt file from an Aiken one: Aiken has {@code ANSWER:} lines; GIFT has {@code ::title::} lines,
     * {@code $CATEGORY:} lines or {@code {…}} answer blocks.
     */
    public static boolean looksLikeGift(String text) {
        return !AIKEN_ANSWER.matcher(text).find() && GIFT_MARK.matcher(text).find();
    }

    /** The items as Moodle would list them, and the problems met reading them (for the conformance tests). */
    static GiftReader parse(String text) {
        GiftReader reader = new GiftReader();
        for (List<Line> block : blocks(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            reader.readBlock(block);
        }
        return reader;
    }

    List<MoodleItem> items() {
        return items;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    /** Moodle's qformat_default::readquestions: trimmed lines, questions separated by blank lines. */
    private static List<List<Line>> blocks(String text) {
        List<List<Line>> blocks = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(new Line(i + 1, line));
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    private static String pre(String s) {
        String r = s.replace("\\\\", "\uE007");
        for (String[] e : ESCAPES) {
            r = r.replace(e[0], e[1]);
        }
        return r.replace("\uE007", "\\");
    }

    private static String post(String s) {
        String r = s;
        for (String[] e : ESCAPES) {
            r = r.replace(e[1], e[2]);
        }
        return r;
    }

    /** Moodle's parse_text_with_format: an optional leading [format] marker, escapes undone. */
    private static Formatted format(String text, MoodleText.Format fallback) {
        String t = text.strip();
        MoodleText.Format format = fallback;
        if (t.startsWith("[")) {
            int end = t.indexOf(']');
            String name = end > 0 ? t.substring(1, end) : "";
            MoodleText.Format named = switch (name) {
                case "html" -> MoodleText.Format.HTML;
                case "moodle" -> MoodleText.Format.MOODLE;
                case "plain", "markdown" -> MoodleText.Format.PLAIN;
                default -> null;
            };
            if (named != null) {
                format = named;
                t = t.substring(end + 1);
            }
        }
        return new Formatted(post(t).strip(), format);
    }

    private static String plain(Formatted f) {
        return MoodleText.plain(f.text(), f.format());
    }

    private void readBlock(List<Line> block) {
        int first = 0;
        while (first < block.size() && block.get(first).text().startsWith("//")) {
            first++;
        }
        if (first < block.size() && block.get(first).text().startsWith("$CATEGORY:")) {
            // the category is its line only; Moodle takes the whole block, so a question written on the next line
            // without a blank line between became part of the category's name (with its line break) and was lost
            MoodleItem category = new MoodleItem(block.get(first).number(), "category");
            category.category = post(pre(block.get(first).text()).substring(10)).strip();
            items.add(category);
            if (block.subList(first + 1, block.size()).stream().anyMatch(l -> !l.text().startsWith("//"))) {
                readBlock(block.subList(first + 1, block.size()));
            }
            return;
        }
        int line = block.stream().filter(l -> !l.text().startsWith("//")).findFirst().orElse(block.get(0)).number();
        List<String> lines = new ArrayList<>();
        for (Line l : block) {
            lines.add(l.text().startsWith("//") ? " " : l.text());
        }
        String text = String.join("\n", lines).strip();
        if (text.isEmpty()) {
            return;
        }
        text = pre(text);
        String name = null;
        if (text.startsWith("::")) {
            text = text.substring(2);
            int end = text.indexOf("::");
            if (end < 0) {
                problems.add(ImportProblem.of(line, "import.error.gift.title"));
                return;
            }
            name = MoodleText.cleanName(post(text.substring(0, end)));
            text = text.substring(end + 2).strip();
        }
        while (ID_OR_TAG.matcher(text).find()) {
            text = ID_OR_TAG.matcher(text).replaceFirst("");
        }
        if (CLOZE.matcher(text).find()) {
            // Moodle's GIFT reader would take this for a short answer or choice question with nonsense answers;
            // it is a cloze question (Moodle's multianswer), which is not imported
            MoodleItem cloze = new MoodleItem(line, "multianswer");
            cloze.name = name != null && !name.isEmpty() ? name : MoodleText.defaultName(post(text));
            items.add(cloze);
            return;
        }
        int start = text.indexOf('{');
        int finish = text.indexOf('}');
        boolean description = start < 0 && finish < 0;
        if (!description && (start < 0 || finish < start)) {
            problems.add(ImportProblem.of(line, "import.error.gift.braces"));
            return;
        }
        if (!description && (text.indexOf('{', finish + 1) >= 0 || text.indexOf('}', finish + 1) >= 0)) {
            // a GIFT question has one answer block; Moodle takes the first and leaves the second, answer and all, in
            // the question text, which printed "{=20}" to the takers (outside check). Stricter than Moodle: refused
            problems.add(ImportProblem.of(line, "import.error.gift.twoBlocks"));
            return;
        }
        String answerText = "";
        String questionText;
        if (description) {
            questionText = text;
        } else {
            answerText = text.substring(start + 1, finish).strip();
            questionText = text.endsWith("}")
                    ? text.substring(0, start) + text.substring(finish + 1)
                    : text.substring(0, start) + "_____" + text.substring(finish + 1);
        }
        String generalFeedback = "";
        int gf = answerText.indexOf("####");
        if (gf >= 0) {
            generalFeedback = answerText.substring(gf + 4);
            answerText = answerText.substring(0, gf).strip();
        }
        Formatted question = format(questionText, MoodleText.Format.MOODLE);
        String qtype = type(description, answerText);
        MoodleItem item = new MoodleItem(line, qtype);
        item.name = name != null && !name.isEmpty() ? name : MoodleText.defaultName(question.text());
        item.text = plain(question);
        item.embeddedMedia = MoodleText.hasEmbeddedMedia(question.text());
        item.generalFeedback = plain(format(generalFeedback, question.format()));
        switch (qtype) {
            case "multichoice" -> {
                item.single = answerText.contains("=");
                List<String> answers = split(answerText.replace("=", "~="), "~");
                if (answers.size() < 2) {
                    problems.add(ImportProblem.of(line, "import.error.tooFewOptions"));
                    return;
                }
                for (String answer : answers) {
                    String a = answer.strip();
                    BigDecimal weight = BigDecimal.ZERO;
                    if (a.startsWith("=")) {
                        weight = BigDecimal.ONE;
                        a = a.substring(1);
                    } else if (WEIGHT.matcher(a).find()) {
                        weight = percent(a);
                        a = a.substring(a.indexOf('%', 1) + 1);
                    }
                    Formatted option = format(a.split("#", 2)[0], question.format());
                    item.embeddedMedia |= MoodleText.hasEmbeddedMedia(option.text());
                    item.answers.add(new MoodleItem.Answer(plain(option), weight));
                }
            }
            case "shortanswer" -> {
                List<String> answers = split(answerText, "=");
                if (answers.isEmpty()) {
                    problems.add(ImportProblem.of(line, "import.error.noAnswer"));
                    return;
                }
                for (String answer : answers) {
                    String a = answer.strip();
                    BigDecimal weight = BigDecimal.ONE;
                    if (WEIGHT.matcher(a).find()) {
                        weight = percent(a);
                        a = a.substring(a.indexOf('%', 1) + 1);
                    }
                    item.answers.add(new MoodleItem.Answer(post(a.split("#", 2)[0]).strip(), weight));
                }
            }
            case "truefalse" -> {
                String a = answerText.split("#", 2)[0].strip();
                item.statementTrue = a.equals("T") || a.equals("TRUE");
            }
            default -> {
                // not imported: only type and name matter (MoodleMapping adds the notice)
            }
        }
        items.add(item);
    }

    /** Moodle's rules, in Moodle's order; {@code {>…}} is qtype_ordering's GIFT extension. */
    private static String type(boolean description, String answerText) {
        if (description) {
            return "description";
        }
        if (answerText.isEmpty()) {
            return "essay";
        }
        if (answerText.startsWith(">")) {
            return "ordering";
        }
        if (answerText.startsWith("#")) {
            return "numerical";
        }
        if (answerText.contains("~")) {
            return "multichoice";
        }
        if (answerText.contains("=") && answerText.contains("->")) {
            return "match";
        }
        String check = answerText;
        int hash = answerText.indexOf('#');
        if (hash > 0) {
            check = answerText.substring(0, hash).strip();
        }
        return TRUE_FALSE.contains(check) ? "truefalse" : "shortanswer";
    }

    /** Moodle's answerweightparser: the number between the first two % signs, divided by 100. */
    private static BigDecimal percent(String a) {
        try {
            return new BigDecimal(a.substring(1, a.indexOf('%', 1))).movePointLeft(2);
        } catch (NumberFormatException notANumber) {
            return BigDecimal.ZERO; // PHP reads "--50" as 0
        }
    }

    /** PHP explode, then the first piece dropped when it is blank (as Moodle does). */
    private static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>(List.of(text.split(Pattern.quote(separator), -1)));
        if (!parts.isEmpty() && parts.get(0).isBlank()) {
            parts.remove(0);
        }
        return parts;
    }
}
