package org.shoumi.quizzes.bank.control.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers reproducing how Moodle names imported questions, and turning Moodle HTML into plain text. */
final class MoodleText {

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!?][^>]*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p>|</div>|</li>|</h[1-6]>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);");

    private MoodleText() {
    }

    /** Removes HTML tags, as Moodle's PARAM_TEXT cleaning of names does ("x &lt; 2" survives: not a tag). */
    static String stripTags(String s) {
        return TAG.matcher(s).replaceAll("");
    }

    /** Moodle's clean_question_name: tags removed, trimmed. */
    static String cleanName(String name) {
        return stripTags(name).strip();
    }

    /**
     * Moodle's create_default_question_name: the question text (tags removed) shortened to 80 characters at a
     * word boundary with "..." appended, as shorten_text does.
     */
    static String defaultName(String questionText) {
        String plain = stripTags(questionText);
        if (plain.length() <= 80) {
            return plain.strip();
        }
        String head = plain.substring(0, 77);
        int space = head.lastIndexOf(' ');
        return (space > 0 ? head.substring(0, space + 1) : head) + "...";
    }

    /** HTML to plain text for stems and options: line breaks kept, tags removed, entities decoded, trimmed. */
    static String htmlToText(String html) {
        String s = BREAK.matcher(html).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(b);
        return b.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static String entity(String name, String whole) {
        if (name.startsWith("#x") || name.startsWith("#X")) {
            return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
        }
        if (name.startsWith("#")) {
            return new String(Character.toChars(Integer.parseInt(name.substring(1))));
        }
        return switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> whole;
        };
    }

    /** Moodle category path without its context prefix ($course$/, $module$/, …) and a leading "top/". */
    static String categoryPath(String path) {
        String p = path.strip().replaceFirst("^\\$[a-z0-9]+\\$/?", "").replaceFirst("^top(/|$)", "");
        return p.strip();
    }
}
