package org.shoumi.content.text;

/**
 * Text fields as the boundaries store them: stripped, blank as none, and measured as the columns measure them.
 * A length is counted in UTF-16 units, as Derby's VARCHAR counts and as a browser's {@code maxlength} stops: a
 * character outside the basic plane (a rare name character such as 𠮷) counts two, so a text that passes here
 * fits its column on Derby and on PostgreSQL (which counts characters) alike. Counted in code points, such a text
 * passed the check and then failed to be stored.
 */
public final class Texts {

    private Texts() {
    }

    /**
     * The text stripped of white space and of invisible format characters (Unicode category Cf: the zero-width
     * space U+200B, the word joiner U+2060, the byte-order mark U+FEFF, …) at either end; null when null or when
     * nothing visible is left. A text of such characters only passed "required" before (String.strip keeps them)
     * and a permanent record read 作为误开撤销：。 (outside check).
     */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        int start = 0;
        int end = s.length();
        while (start < end && invisible(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && invisible(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return start == end ? null : s.substring(start, end);
    }

    /** Whether a text is null or has nothing visible: only white space and format characters. */
    public static boolean blank(String s) {
        return clean(s) == null;
    }

    /**
     * Whether the text, as {@link #clean} keeps it, holds a character that changes the direction text is shown in:
     * the embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069, and the marks U+200E, U+200F and
     * U+061C. Inside a text they make a page show it reversed or in another order than it was stored (已退还U盘 with
     * U+202E read "共3个"; outside check); at either end {@link #clean} strips them anyway. False for null.
     */
    public static boolean hasDirectionControls(String s) {
        String kept = clean(s);
        return kept != null && kept.codePoints().anyMatch(Texts::directionControl);
    }

    private static boolean directionControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    /** White space (also the no-break and ideographic spaces) or a format character (Cf). */
    private static boolean invisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    /**
     * Full-width letters, digits and signs (ＳＭ００１, ／) as their ASCII forms and the ideographic space as a space,
     * as a Chinese input method may type a staff number; not stripped. Null stays null.
     */
    public static String halfWidth(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder half = new StringBuilder(s.length());
        s.codePoints().map(c -> c == '\u3000' ? ' ' : c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c)
                .forEach(half::appendCodePoint);
        return half.toString();
    }

    /**
     * A text as duplicate checks compare it: full-width letters, digits and signs as half-width ({@link #halfWidth}),
     * every space (the ideographic and no-break ones too) and invisible format character left out, case ignored.
     * "涉密Ｕ盘　bm-u-1" and "涉密U盘 BM-U-1" are one; so are "２０２６年度保密知识考试" and "2026年度 保密知识考试".
     * Empty for null. One rule for carriers, quiz titles and topic-pledge occasions (each had its own copy).
     */
    public static String comparable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(s.length());
        halfWidth(s).codePoints().filter(c -> !invisible(c)).forEach(key::appendCodePoint);
        return key.toString().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Words that, alone, say nothing (compared on the letters only, as {@link #comparable} has them): a word for none,
     * a bare approval ("同意" closed a finding and "-" reported one remediated; outside check) or a bare refusal
     * ("不同意" as the reason a publication was refused; outside check ex-s36h 5).
     */
    private static final java.util.Set<String> SAYS_NOTHING = java.util.Set.of("无", "没有", "暂无", "略", "同上",
            "无意见", "none", "na", "nil", "null", "nothing", "同意", "可以", "好", "好的", "行", "已阅", "阅", "收到", "确认",
            "通过", "批准", "ok", "okay", "yes", "agree", "agreed", "approve", "approved", "fine", "good", "seen",
            "read", "不同意", "不可以", "不行", "不好", "不批准", "不通过", "拒绝", "驳回", "否", "no", "disagree",
            "reject", "rejected", "refuse", "refused", "deny", "denied");

    /**
     * Whether a note that must say something does: at least two letters (Chinese characters count as letters), and
     * not only a word for "nothing" (无, 略, none, n/a), a bare approval (同意, 可以, 好, ok, 已阅) or a bare refusal
     * (不同意, 不行, 拒绝), nor such a word said again ("无无", "okok"). Compared as {@link #comparable} compares: the
     * full-width "ＯＫ" a Chinese input method types is "ok". One rule for every note a record keeps as its reason or
     * its account: a finding's remediation, closing and sending back, a "no" answer of a self-inspection, the refusal
     * or the changes of a publication review, an administrator's reason for a change of a login, the end of a
     * liaison's appointment, a withdrawal or revocation. "-", "—", "…", "无" or a zero-width space alone were taken,
     * and a record read "退回重新整改：-" (outside checks). False for null.
     */
    public static boolean saysSomething(String note) {
        if (note == null) {
            return false;
        }
        StringBuilder letters = new StringBuilder();
        comparable(note).codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
        String said = letters.toString();
        return said.codePointCount(0, said.length()) >= 2 && !fillerRepeated(said);
    }

    /**
     * Whether a name or a reference a record keeps as its evidence names something: a carrier's name or number, who
     * received it or gave a briefing, where a paper original is kept, who approved a change and its document number,
     * the body a 脱密期 is entrusted to, a contact or an employer. At least one letter or digit (a name may be one
     * character, a number one digit), and not only a word for "nothing" or a bare approval or refusal as {@link
     * #saysSomething} knows them (无, 略, none, 同意, ok), once or said again. "-", "—", "/", "…" or "无" alone were taken as
     * a carrier, its receiver, the briefer, the place of a paper exit pledge, an approver and an entrusted body, and
     * the approval form printed "原件存放：-" and "批准人 -" (outside check ex-s38g 1). Compared as {@link #comparable}
     * compares. False for null.
     */
    public static boolean namesSomething(String name) {
        if (name == null) {
            return false;
        }
        StringBuilder kept = new StringBuilder();
        comparable(name).codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        String said = kept.toString();
        return !said.isEmpty() && !fillerRepeated(said);
    }

    /** Whether the letters are one of the words that say nothing, once or said again and again ("无无", "同意同意"). */
    private static boolean fillerRepeated(String letters) {
        int n = letters.length();
        for (int part = 1; part <= n; part++) {
            if (n % part != 0) {
                continue;
            }
            String word = letters.substring(0, part);
            if (SAYS_NOTHING.contains(word) && word.repeat(n / part).equals(letters)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a reason says more than the decision it goes with: it says something ({@link #saysSomething}), and so
     * does what is left once every word of {@code decision} is taken out (full width as half width, case ignored;
     * a word in Latin letters taken out where it stands alone, a word in other letters, Chinese, wherever it stands,
     * the longest first). A refusal whose reason is only the option's own label or a close variant of it
     * ("不同意公开", "不予公开", "经研究，不同意发布", "Not to be published") tells whoever asked nothing; a head's refusal
     * with "不同意公开" was kept for good as its reason (outside check ex-s38e 3). Each review names the words of its
     * decisions. False for null.
     */
    public static boolean saysMoreThan(String note, java.util.Collection<String> decision) {
        if (!saysSomething(note)) {
            return false;
        }
        java.util.Set<String> latin = new java.util.HashSet<>();
        java.util.List<String> other = new java.util.ArrayList<>();
        for (String word : decision) {
            String w = comparable(word);
            if (w.isEmpty()) {
                continue;
            }
            if (w.chars().allMatch(c -> c < 128)) {
                latin.add(w);
            } else {
                other.add(w);
            }
        }
        other.sort(java.util.Comparator.comparingInt(String::length).reversed());
        StringBuilder left = new StringBuilder();
        StringBuilder run = new StringBuilder();
        boolean runLatin = false;
        // words apart as typed (comparable would join "not to be" into one): half-width, case ignored, every
        // character that is not a letter a separator
        for (int c : halfWidth(note).toLowerCase(java.util.Locale.ROOT).codePoints().toArray()) {
            boolean letter = Character.isLetter(c);
            boolean isLatin = c < 128;
            if (run.length() > 0 && (!letter || isLatin != runLatin)) {
                left.append(leftOf(run.toString(), runLatin, latin, other));
                run.setLength(0);
            }
            if (letter) {
                run.appendCodePoint(c);
                runLatin = isLatin;
            }
        }
        if (run.length() > 0) {
            left.append(leftOf(run.toString(), runLatin, latin, other));
        }
        return saysSomething(left.toString());
    }

    /**
     * A run of letters without the decision's words: a Latin word whole or not at all, other letters phrase by
     * phrase (again while anything was taken out: "不公开同意" leaves "不同意" once 公开 is out).
     */
    private static String leftOf(String run, boolean isLatin, java.util.Set<String> latin, java.util.List<String> other) {
        if (isLatin) {
            return latin.contains(run) ? "" : run + " ";
        }
        String left = run;
        String before;
        do {
            before = left;
            for (String word : other) {
                left = left.replace(word, "");
            }
        } while (!left.equals(before) && !left.isEmpty());
        return left;
    }

    /** Whether a text, stripped, is longer than {@code max} (UTF-16 units, as the column counts); false for null. */
    public static boolean tooLong(String text, int max) {
        String t = clean(text);
        return t != null && t.length() > max;
    }
}
