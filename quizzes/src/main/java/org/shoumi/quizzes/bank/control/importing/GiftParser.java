package org.shoumi.quizzes.bank.control.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GIFT the way Moodle's qformat_gift does (same block splitting, escapes, name, type detection and
 * answer weights), producing {@link MoodleItem}s. Also reads Moodle's older "missing word" format.
 */
final class GiftParser {

    /** Items and parse errors of one file. */
    record Parsed(List<MoodleItem> items, List<ImportError> errors) {
    }

    private record Line(int number, String text) {
    }

    private static final String[][] ESCAPES = {
            {"\\:", "\uE000", ":"}, {"\\#", "\uE001", "#"}, {"\\=", "\uE002", "="}, {"\\{", "\uE003", "{"},
            {"\\}", "\uE004", "}"}, {"\\~", "\uE005", "~"}, {"\\n", "\uE006", "\n"}};
    private static final Pattern WEIGHT = Pattern.compile("^%-*([0-9]{1,2})\\.?([0-9]*)%");
    private static final Pattern MISSING_WORD_WEIGHT = Pattern.compile("^[0-9%]+");
    private static final Set<String> FORMATS = Set.of("moodle", "html", "plain", "markdown");

    private final List<MoodleItem> items = new ArrayList<>();
    private final List<ImportError> errors = new ArrayList<>();

    private GiftParser() {
    }

    static Parsed parseGift(String text) {
        GiftParser p = new GiftParser();
        for (List<Line> block : blocks(text)) {
            p.readGift(block);
        }
        return new Parsed(p.items, p.errors);
    }

    static Parsed parseMissingWord(String text) {
        GiftParser p = new GiftParser();
        for (List<Line> block : blocks(text)) {
            p.readMissingWord(block);
        }
        return new Parsed(p.items, p.errors);
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

    /** Text and whether it is HTML-ish (Moodle and HTML formats) after an optional [format] marker. */
    private record Formatted(String text, boolean html) {
    }

    private static Formatted format(String text, boolean defaultHtml) {
        String t = text;
        boolean html = defaultHtml;
        if (t.startsWith("[")) {
            int end = t.indexOf(']');
            String name = end > 0 ? t.substring(1, end) : "";
            if (FORMATS.contains(name)) {
                html = name.equals("html") || name.equals("moodle");
                t = t.substring(end + 1);
            }
        }
        return new Formatted(post(t).strip(), html);
    }

    private static String plain(Formatted f) {
        return f.html() ? MoodleText.htmlToText(f.text()) : f.text();
    }

    private void readGift(List<Line> block) {
        int line = block.get(0).number();
        List<String> lines = new ArrayList<>();
        for (Line l : block) {
            lines.add(l.text().startsWith("//") ? " " : l.text());
        }
        String text = String.join("\n", lines).strip();
        if (text.isEmpty()) {
            return;
        }
        text = pre(text);
        if (text.startsWith("$CATEGORY:")) {
            MoodleItem c = new MoodleItem(line, "category");
            c.category = text.substring(10).strip();
            items.add(c);
            return;
        }
        String name = null;
        if (text.startsWith("::")) {
            text = text.substring(2);
            int end = text.indexOf("::");
            if (end >= 0) {
                name = MoodleText.cleanName(post(text.substring(0, end)));
                text = text.substring(end + 2).strip();
            }
        }
        int start = text.indexOf('{');
        int finish = text.indexOf('}');
        boolean description = start < 0 && finish < 0;
        String answerText = "";
        if (!description && (start < 0 || finish < 0)) {
            errors.add(ImportError.of(line, "import.error.gift.braces"));
            return;
        }
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
        int gf = answerText.lastIndexOf("####");
        if (gf >= 0) {
            generalFeedback = answerText.substring(gf + 4);
            answerText = answerText.substring(0, gf).strip();
        }
        Formatted qt = format(questionText, true);
        String qtype = giftType(description, answerText);
        MoodleItem item = new MoodleItem(line, qtype);
        item.name = name != null ? name : MoodleText.defaultName(qt.text());
        item.text = plain(qt);
        item.hasEmbeddedFiles = qt.text().contains("@@PLUGINFILE@@");
        item.generalFeedback = plain(format(generalFeedback, qt.html()));
        switch (qtype) {
            case "multichoice" -> {
                item.single = answerText.contains("=");
                List<String> answers = split(answerText.replace("=", "~="), "~");
                if (answers.size() < 2) {
                    errors.add(ImportError.of(line, "import.error.gift.tooFewAnswers"));
                    return;
                }
                for (String a : answers) {
                    a = a.strip();
                    BigDecimal weight = BigDecimal.ZERO;
                    if (a.startsWith("=")) {
                        weight = BigDecimal.ONE;
                        a = a.substring(1);
                    } else {
                        Matcher m = WEIGHT.matcher(a);
                        if (m.find()) {
                            weight = percent(a);
                            a = a.substring(a.indexOf('%', 1) + 1);
                        }
                    }
                    item.answers.add(new MoodleItem.Answer(plain(format(a.split("#", 2)[0].strip(), qt.html())), weight));
                }
            }
            case "shortanswer" -> {
                List<String> answers = split(answerText, "=");
                if (answers.isEmpty()) {
                    errors.add(ImportError.of(line, "import.error.noAnswers", item.name));
                    return;
                }
                for (String a : answers) {
                    a = a.strip();
                    BigDecimal weight = BigDecimal.ONE;
                    if (WEIGHT.matcher(a).find()) {
                        weight = percent(a);
                        a = a.substring(a.indexOf('%', 1) + 1);
                    }
                    item.answers.add(new MoodleItem.Answer(format(a.split("#", 2)[0].strip(), false).text(), weight));
                }
            }
            case "truefalse" -> {
                String a = format(answerText.split("#", 3)[0].strip(), false).text();
                item.statementTrue = a.equals("T") || a.equals("TRUE");
            }
            default -> {
                // unsupported types keep only type and name
            }
        }
        items.add(item);
    }

    private static String giftType(boolean description, String answerText) {
        if (description) {
            return "description";
        }
        if (answerText.startsWith(">")) {
            return "ordering"; // qtype_ordering's GIFT extension, e.g. {>4 CONTIGUOUS VERT …}
        }
        if (answerText.isEmpty()) {
            return "essay";
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
        String tf = answerText;
        int hash = answerText.indexOf('#');
        if (hash > 0) {
            tf = answerText.substring(0, hash).strip();
        }
        return Set.of("T", "TRUE", "F", "FALSE").contains(tf) ? "truefalse" : "shortanswer";
    }

    /** Moodle's answerweightparser: the number between the first two % signs, divided by 100. */
    private static BigDecimal percent(String a) {
        int end = a.indexOf('%', 1);
        return new BigDecimal(a.substring(1, end)).movePointLeft(2);
    }

    /** PHP explode, then drop the first piece when it is blank (as Moodle does). */
    private static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>(List.of(text.split(Pattern.quote(separator), -1)));
        if (!parts.isEmpty() && parts.get(0).isBlank()) {
            parts.remove(0);
        }
        return parts;
    }

    private void readMissingWord(List<Line> block) {
        int line = block.get(0).number();
        String text = String.join(" ", block.stream().map(Line::text).toList());
        int start = text.indexOf('{');
        int finish = text.indexOf('}');
        if (start < 0 || finish < 0) {
            errors.add(ImportError.of(line, "import.error.gift.braces"));
            return;
        }
        String answerText = text.substring(start + 1, finish);
        String questionText = text.substring(0, start) + "_____" + text.substring(finish + 1);
        List<String> answers = split(answerText.replace("=", "~="), "~");
        if (answers.isEmpty()) {
            errors.add(ImportError.of(line, "import.error.noAnswers", MoodleText.defaultName(questionText)));
            return;
        }
        MoodleItem item = new MoodleItem(line, answers.size() == 1 ? "shortanswer" : "multichoice");
        item.name = MoodleText.defaultName(questionText);
        item.text = questionText.strip();
        if (answers.size() == 1) {
            String a = answers.get(0).strip();
            item.answers.add(new MoodleItem.Answer(a.startsWith("=") ? a.substring(1) : a, BigDecimal.ONE));
        } else {
            for (String a : answers) {
                a = a.strip();
                BigDecimal weight = BigDecimal.ZERO;
                Matcher m = MISSING_WORD_WEIGHT.matcher(a);
                if (m.find() && a.indexOf('%') == m.end() - 1) {
                    weight = new BigDecimal(a.substring(0, m.end() - 1)).movePointLeft(2);
                    a = a.substring(m.end());
                }
                if (a.startsWith("=")) {
                    weight = BigDecimal.ONE;
                    a = a.substring(1);
                }
                if (a.startsWith("_")) {
                    a = a.substring(1);
                }
                int hash = a.indexOf('#');
                if (hash > 0) {
                    a = a.substring(0, hash);
                }
                item.answers.add(new MoodleItem.Answer(a.strip(), weight));
            }
        }
        items.add(item);
    }
}
