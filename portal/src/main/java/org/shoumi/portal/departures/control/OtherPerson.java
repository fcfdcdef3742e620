package org.shoumi.portal.departures.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.shoumi.portal.employees.entity.EmployeeStatus;

/**
 * Whether a name typed on a departure (the receiver of a carrier, the giver of the exit briefing, the successor of a
 * hand-over) names the person who is leaving. Names are free text: both are read with full-width forms made
 * half-width (NFKC), white space and invisible format characters dropped wherever they stand (柯 二 is 柯二) and
 * letters compared without case. The leaver cannot take their own carriers back, nor brief themselves (outside check: the
 * approval form and secrecy file printed "已清退，接收人 柯二" and "由 柯二 进行" for 柯二's own departure). A note in
 * brackets after the name (李明（本人）, 李明[自己]), punctuation (李明。) and the words 本人 or 自己 after it (李明本人) do not make
 * another person either (outside check: "李明（本人）" was accepted as 李明's successor and printed on the 转岗交接确认表);
 * a name inside brackets alone ("（李明）") is read as the name. Another name that shares characters with the leaver's
 * (李明华 for 李明) is another person.
 */
public final class OtherPerson {

    private OtherPerson() {
    }

    /** Whether {@code typed} is the leaver's own name; false when either is empty. */
    public static boolean isLeaver(String typed, String leaverName) {
        String a = key(typed);
        String b = key(leaverName);
        return a != null && a.equals(b);
    }

    /**
     * Whether a person under a running 脱密期 is a leaver a hire named {@code typed} may be, registered again under a
     * new staff number: someone of that name out of every secret-related post, who left the unit (离职) or the post
     * (离岗, still on the roster: registering them again by mistake, instead of 按新上岗 on their own record, would
     * leave their 脱密期 and its travel rule behind on the old number; outside re-check). A colleague in post after a
     * lowering (降低涉密类别（仍在岗）) is not: a new hire's record named such a colleague as a leaver under a 脱密期
     * (outside check).
     */
    public static boolean isSameNameLeaver(String typed, String name, EmployeeStatus status) {
        return (status == EmployeeStatus.LEFT_UNIT || status == EmployeeStatus.LEFT_POST) && isLeaver(typed, name);
    }

    /** A note in brackets, innermost first (NFKC has made （）［］｛｝ half-width). */
    private static final Pattern NOTE = Pattern.compile(
            "\\([^()]*\\)|\\[[^\\[\\]]*]|\\{[^{}]*}|【[^【】]*】|〔[^〔〕]*〕|〖[^〖〗]*〗|<[^<>]*>|〈[^〈〉]*〉|《[^《》]*》");

    /** Words after a name that say it is the person themself. */
    private static final Pattern SELF = Pattern.compile("(本人|自己)+$");

    private static String key(String name) {
        if (name == null) {
            return null;
        }
        // NFKC makes full-width forms and the ideographic space half-width
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
        String bare = text;
        for (String before = null; !bare.equals(before); ) {
            before = bare;
            bare = NOTE.matcher(bare).replaceAll("");
        }
        String key = letters(bare);
        if (key.isEmpty()) {
            // nothing outside the brackets: the name is the one inside them
            key = letters(text);
        }
        String self = SELF.matcher(key).replaceFirst("");
        key = self.isEmpty() ? key : self;
        return key.isEmpty() ? null : key.toLowerCase(Locale.ROOT);
    }

    /** The text without spaces, format characters and punctuation (brackets, quotes, dots, dashes, commas…). */
    private static String letters(String text) {
        StringBuilder key = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !punctuation(c)
                        && Character.getType(c) != Character.FORMAT && c != '·' && c != '•')
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    private static boolean punctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> c == '<' || c == '>';
        };
    }
}
