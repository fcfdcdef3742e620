package org.shoumi.quizzes.bank.control.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as Moodle files carry it, made plain: HTML (Moodle XML's usual format, GIFT's {@code [html]}) becomes text
 * with its line breaks, tags removed and entities decoded; Moodle's default question names; category paths
 * without their context prefix.
 */
final class MoodleText {

    /** The text formats of Moodle: how line breaks and tags are to be read. */
    enum Format {
        /** HTML: tags and entities, white space including newlines is only a space. */
        HTML,
        /** Moodle auto-format (GIFT's default): HTML allowed, newlines are line breaks. */
        MOODLE,
        /** Plain text or Markdown: taken as written. */
        PLAIN;

        static Format ofXml(String attribute) {
            if (attribute == null) {
                return HTML;
            }
            return switch (attribute.strip()) {
                case "plain_text", "markdown" -> PLAIN;
                case "moodle_auto_format" -> MOODLE;
                default -> HTML;
            };
        }
    }

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!?][^>]*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p\\s*>|</div\\s*>|</li\\s*>|</h[1-6]\\s*>|</tr\\s*>");
    private static final Pattern ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern EMBEDDED = Pattern.compile("(?i)@@PLUGINFILE@@|<img\\b|<audio\\b|<video\\b|<object\\b|<embed\\b");

    private MoodleText() {
    }

    /** Moodle text in the given format as plain text: line breaks kept, tags removed, entities decoded, trimmed. */
    static String plain(String text, Format format) {
        if (text == null) {
            return "";
        }
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        if (format == Format.PLAIN) {
            return s.strip();
        }
        if (format == Format.HTML) {
            s = s.replaceAll("\\s+", " ");
        }
        s = COMMENT.matcher(s).replaceAll("");
        s = SCRIPT.matcher(s).replaceAll("");
        s = ITEM.matcher(s).replaceAll("\n• ");
        s = BREAK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = decodeEntities(s).replace('\u00A0', ' ');
        return s.replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("[ \\t]{2,}", " ").replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** True when the text refers to files (images, sound) embedded in the Moodle file, which are not imported. */
    static boolean hasEmbeddedMedia(String text) {
        return text != null && EMBEDDED.matcher(text).find();
    }

    /** Moodle's clean_question_name: tags removed, trimmed. */
    static String cleanName(String name) {
        return TAG.matcher(name).replaceAll("").strip();
    }

    /**
     * Moodle's create_default_question_name: the question text without tags, shortened to 80 characters at a
     * word boundary with "..." appended, as shorten_text does.
     */
    static String defaultName(String questionText) {
        String plain = TAG.matcher(questionText).replaceAll("").replaceAll("\\s+", " ").strip();
        if (plain.length() <= 80) {
            return plain;
        }
        String head = plain.substring(0, 77);
        int space = head.lastIndexOf(' ');
        return (space > 0 ? head.substring(0, space + 1) : head) + "...";
    }

    /** A Moodle category path without its context prefix ($course$/, $module$/, …) and a leading "top/". */
    static String categoryPath(String path) {
        String p = path == null ? "" : path.strip();
        p = p.replaceFirst("^\\$[a-z0-9]+\\$/?", "").strip();
        p = p.replaceFirst("^top(/|$)", "").strip();
        return p;
    }

    static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String entity(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException notACodePoint) {
            return whole;
        }
        return switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            case "ldquo" -> "“";
            case "rdquo" -> "”";
            case "lsquo" -> "‘";
            case "rsquo" -> "’";
            case "hellip" -> "…";
            case "mdash" -> "—";
            case "ndash" -> "–";
            case "middot" -> "·";
            case "times" -> "×";
            default -> whole;
        };
    }
}
