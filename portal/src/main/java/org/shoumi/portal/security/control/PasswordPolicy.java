package org.shoumi.portal.security.control;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a new password must be: between the shortest and the longest length accepted, and not the current one.
 * Plain values in, plain answers out; whether the current password is right is the boundary's business.
 *
 * @param ownWords words of the unit's own that a guesser tries first (its name in pinyin or abbreviated), refused as
 *                 the {@link #BASE_WORDS} are; in lower case, letters only
 */
public record PasswordPolicy(int minLength, int maxLength, Set<String> ownWords) {

    /** Why a new password is refused. */
    public enum Refusal {
        TOO_SHORT, TOO_LONG, SAME_AS_CURRENT, ALL_DIGITS, TOO_COMMON, TOO_SIMPLE, CONTAINS_LOGIN,
        /** Only one kind of character: letters only (abcdefgh, zhanglihua), or symbols only. */
        ONE_KIND,
        /** A run of {@value #MAX_RUN} or more letters or digits in order, up or down (abcde, 98765). */
        SEQUENCE,
        /** The holder's staff number or their name as the roster writes it. */
        CONTAINS_PERSON,
        /** A control or format character (U+0001, U+200B, U+202E…), which no key types and no one sees. */
        INVISIBLE_CHARACTERS,
        /** A space (or another blank, such as the ideographic one) at the start or the end. */
        SURROUNDING_SPACES
    }

    /**
     * The kinds of character a password mixes at least: of letters, digits and symbols (anything else, a space
     * inside included), two. 等级保护 2.0 (GB/T 22239-2019, 身份鉴别) asks for a password with a complexity
     * requirement without naming a number; two kinds with eight characters, the deny-list and the rules below is
     * what this portal asks (abcdefgh and zhanglihua were accepted: outside check).
     */
    public static final int MIN_KINDS = 2;

    /** A run of this many letters or digits in order refuses a password (abcd passes, abcde not). */
    static final int MAX_RUN = 5;

    /** The fewest different characters a password has (aaaaaaaa and abababab were accepted). */
    static final int MIN_DIFFERENT = 4;

    /**
     * Passwords every guessing list starts with (compared ignoring case); with the length rule and the all-digit
     * rule they keep the first guesses out.
     */
    static final java.util.Set<String> COMMON = java.util.Set.of(
            "password", "password1", "password12", "password123", "passw0rd", "p@ssw0rd", "p@ssword",
            "qwertyui", "qwerty12", "qwerty123", "qwertyuiop", "1q2w3e4r", "1qaz2wsx", "zaq12wsx", "qazwsxedc",
            "abc12345", "abcd1234", "a1b2c3d4", "aa123456", "asdf1234", "asdfghjk", "iloveyou", "admin123",
            "administrator", "welcome1", "welcome123", "letmein1", "sunshine", "football", "baseball", "superman",
            "trustno1", "woaini1314", "wang1234", "zhang123", "li123456", "baomi123", "shoumi123", "changeme");

    /**
     * Words that weak-password lists (弱口令字典) and password sprays dress up with digits, symbols, a capital or a
     * year to pass a complexity rule: Admin@123, Root@123, P@55w0rd, Abc@1234, Qwer1234!, Huawei@123. A password
     * whose letters, after undoing the usual substitutions ({@link #LEET}), are one of these (or one twice), with
     * only digits and symbols before or after, is refused as {@link Refusal#TOO_COMMON}. The portal's own name
     * (shoumi) is not among them: the demo password Shoumi@2026, which the demo data and the guides give, is such a
     * password; shoumi123 stays refused by {@link #COMMON}.
     */
    static final List<String> BASE_WORDS = List.of(
            "password", "passwd", "pass", "pwd", "admin", "administrator", "root", "test", "guest", "user",
            "system", "sys", "manager", "super", "superman", "welcome", "letmein", "login", "hello", "iloveyou",
            "woaini", "abc", "abcd", "aa", "huawei", "baomi", "secret", "changeme", "default", "oracle", "mysql",
            "server", "master", "monkey", "dragon", "sunshine", "football", "baseball", "trustno", "china",
            // keyboard rows and columns as typed with their letters only
            "qwe", "qwer", "qwert", "qwerty", "qwertyu", "qwertyui", "qwertyuiop", "asd", "asdf", "asdfg", "asdfgh",
            "asdfghjk", "asdfghjkl", "zxc", "zxcv", "zxcvb", "zxcvbn", "zxcvbnm", "qaz", "qazwsx", "qazwsxedc",
            "qweasd", "qweasdzxc", "qazxsw", "zaqwsx", "zaqxsw");

    /**
     * Keyboard walks that mix digit keys in (1qaz2wsx, 1q2w3e4r, zaq12wsx), compared after the shifted symbols are
     * read as their digit keys ({@link #unshifted}: 1qaz@WSX and !QAZ2wsx are 1qaz2wsx typed with Shift), with only
     * digits and symbols before or after.
     */
    static final List<String> WALKS = List.of(
            "qaz2wsx", "qaz2wsx3edc", "qaz2wsx3edc4rfv", "wsx3edc", "zaq12wsx", "zaq1xsw2", "qazxsw2", "q2w3e4r",
            "q2w3e4r5t", "q1w2e3r4", "q1w2e3r4t5", "qwe123", "qwe321", "asd123", "zxc123");

    /** The usual substitutions of a letter by a digit or symbol (leetspeak), undone when comparing with a word. */
    static final java.util.Map<Character, String> LEET = java.util.Map.of(
            'a', "@4", 'b', "8", 'e', "3", 'g', "9", 'i', "1!|", 'l', "1|!", 'o', "0", 's', "5$", 't', "7+",
            'z', "2");

    private static final List<Pattern> COMMON_DRESSED = BASE_WORDS.stream().map(PasswordPolicy::dressed).toList();

    private static final List<Pattern> WALKS_DRESSED = WALKS.stream()
            .map(w -> Pattern.compile("[^\\p{L}]*" + Pattern.quote(w) + "[^\\p{L}]*")).toList();

    public PasswordPolicy {
        if (minLength < 1 || maxLength < minLength) {
            throw new IllegalArgumentException("lengths must be 1 <= min <= max, were " + minLength + ", " + maxLength);
        }
        ownWords = ownWords == null ? Set.of()
                : ownWords.stream().filter(w -> w != null && !w.isBlank()).map(w -> folded(w.strip()))
                        .collect(Collectors.toUnmodifiableSet());
    }

    /** The rule without words of the unit's own. */
    public PasswordPolicy(int minLength, int maxLength) {
        this(minLength, maxLength, Set.of());
    }

    /**
     * The word as a weak-password list dresses it: each letter as itself or one of its {@link #LEET} stand-ins, the
     * word once or twice, with nothing but digits and symbols (no letters) before, between and after.
     */
    static Pattern dressed(String word) {
        StringBuilder letters = new StringBuilder();
        for (char c : word.toCharArray()) {
            letters.append('[');
            for (char x : (c + LEET.getOrDefault(c, "")).toCharArray()) {
                letters.append(Character.isLetterOrDigit(x) ? "" : "\\").append(x);
            }
            letters.append(']');
        }
        String one = "(?:" + letters + ")";
        return Pattern.compile("[^\\p{L}]*" + one + "(?:[^\\p{L}]*" + one + ")?[^\\p{L}]*");
    }

    /**
     * The password as keys: a shifted symbol read as the digit key it is typed on (US layout: ! is Shift+1, @
     * Shift+2 … ) is Shift+0), for comparing with {@link #WALKS}.
     */
    static String unshifted(String folded) {
        String shifted = "!@#$%^&*()";
        String digits = "1234567890";
        StringBuilder keys = new StringBuilder(folded.length());
        for (char c : folded.toCharArray()) {
            int at = shifted.indexOf(c);
            keys.append(at < 0 ? c : digits.charAt(at));
        }
        return keys.toString();
    }

    /**
     * Whether the password is a common one: one of {@link #COMMON}, or a {@link #BASE_WORDS base word}, one of the
     * unit's {@link #ownWords} or a {@link #WALKS keyboard walk} dressed with digits, symbols, capitals, a year or
     * the usual substitutions. Compared folded ({@link #folded}).
     */
    boolean isCommon(String password) {
        String folded = folded(password);
        if (COMMON.contains(folded)) {
            return true;
        }
        // a password without a letter is no dressed word (7@4!… would read as "aa"); the other rules judge it
        boolean letters = folded.codePoints().anyMatch(Character::isLetter);
        if (letters && (COMMON_DRESSED.stream().anyMatch(p -> p.matcher(folded).matches())
                || ownWords.stream().anyMatch(w -> dressed(w).matcher(folded).matches()))) {
            return true;
        }
        String keys = unshifted(folded);
        return COMMON.contains(keys) || WALKS_DRESSED.stream().anyMatch(p -> p.matcher(keys).matches());
    }

    /** The refusal of a new password by its length alone (nothing to compare with needed). */
    public Optional<Refusal> lengthRefusal(char[] next) {
        if (next == null || next.length < minLength) {
            return Optional.of(Refusal.TOO_SHORT);
        }
        if (next.length > maxLength) {
            return Optional.of(Refusal.TOO_LONG);
        }
        return Optional.empty();
    }

    /**
     * The refusal of a new password for a login, given the current one as typed: its length, sameness, strength,
     * then whether it holds the login name (liaison1 for liaison).
     */
    public Optional<Refusal> refusal(char[] current, char[] next, String username) {
        Optional<Refusal> refused = refusal(current, next);
        return refused.isPresent() ? refused : loginRefusal(next, username);
    }

    /**
     * A password that holds the login name, in any case. A login name of one or two characters is not checked (every
     * password with "hr" in it would be refused); the page hint and the guides say so.
     */
    public Optional<Refusal> loginRefusal(char[] next, String username) {
        if (username == null || username.strip().length() < 3 || next == null) {
            return Optional.empty();
        }
        return folded(new String(next)).contains(folded(username.strip())) ? Optional.of(Refusal.CONTAINS_LOGIN)
                : Optional.empty();
    }

    /**
     * The refusal of a new password for a login of a person, given the current one as typed: as
     * {@link #refusal(char[], char[], String)}, then whether it holds the person's staff number or name.
     */
    public Optional<Refusal> refusal(char[] current, char[] next, String username, String staffNumber,
                                     String personName) {
        Optional<Refusal> refused = refusal(current, next, username);
        return refused.isPresent() ? refused : personRefusal(next, staffNumber, personName);
    }

    /**
     * A password that holds the person's staff number (SM001, in any case; one of fewer than three characters is not
     * checked) or their name as the roster writes it (张丽华; spaces and the middle dot left out, one character is
     * not checked). The name in pinyin is not compared: no pinyin library is at hand, and a hand-written table would
     * miss the readings of rare characters; a pinyin name of letters only is refused by {@link #MIN_KINDS}.
     */
    public Optional<Refusal> personRefusal(char[] next, String staffNumber, String personName) {
        if (next == null) {
            return Optional.empty();
        }
        String password = folded(new String(next));
        String number = staffNumber == null ? "" : folded(staffNumber.strip());
        if (number.length() >= 3 && password.contains(number)) {
            return Optional.of(Refusal.CONTAINS_PERSON);
        }
        String name = personName == null ? "" : folded(personName).replaceAll("[\\s\u00B7\u30FB\u2022]", "");
        String plain = password.replaceAll("[\\s\u00B7\u30FB\u2022]", "");
        return name.codePointCount(0, name.length()) >= 2 && plain.contains(name) ? Optional.of(Refusal.CONTAINS_PERSON)
                : Optional.empty();
    }

    /**
     * The refusal of a password someone else chose for a login of a person (HR's first password on the hire form, the
     * roster import's drawn first password, an administrator's one-time password): its length, invisible characters,
     * spaces at its ends, strength, then the login name, the staff number and the name, as a password its holder
     * chooses is checked. One rule for the three: the import drew a first password holding a three-letter login
     * (i4LkH7NxZWxM for wxm) or a two-letter name and then failed on its own draw (outside check); a first password
     * typed with a space at its end was taken, and its holder, told it without the space, could not log in.
     */
    public Optional<Refusal> firstPasswordRefusal(char[] password, String username, String staffNumber,
                                                 String personName) {
        return lengthRefusal(password).or(() -> charactersRefusal(password)).or(() -> spacesRefusal(password))
                .or(() -> strengthRefusal(password))
                .or(() -> loginRefusal(password, username))
                .or(() -> personRefusal(password, staffNumber, personName));
    }

    /**
     * A text as the rules compare it: full-width letters, digits and signs as half-width (a Chinese input method in
     * full-width mode types ＳＭ００３ for SM003: "ＳＭ００３ab!" and "Ab３４５６７８" were taken; outside check), in lower
     * case. Only for comparing: the password is kept as typed.
     */
    static String folded(String s) {
        return org.shoumi.content.text.Texts.halfWidth(s).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A password with a control or format character, a line or paragraph separator or half a surrogate pair: no key
     * types one, so its holder could then log in only by sending the same invisible character again ("ab", U+0001,
     * "cdefgh9" was taken; outside check).
     */
    public Optional<Refusal> charactersRefusal(char[] next) {
        if (next == null) {
            return Optional.empty();
        }
        return new String(next).codePoints().anyMatch(PasswordPolicy::invisible)
                ? Optional.of(Refusal.INVISIBLE_CHARACTERS) : Optional.empty();
    }

    /**
     * A password that begins or ends with a space, the ideographic space or another blank: " FirstPw#2026x " passed
     * the rule of former passwords as a new one, and its holder could then log in only with the spaces, which no one
     * sees on the login form (outside check). Spaces inside a password are kept.
     */
    public Optional<Refusal> spacesRefusal(char[] next) {
        if (next == null || next.length == 0) {
            return Optional.empty();
        }
        return blank(next[0]) || blank(next[next.length - 1]) ? Optional.of(Refusal.SURROUNDING_SPACES)
                : Optional.empty();
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * A control or format character, a line or paragraph separator or half a surrogate pair: what no key types and
     * no page shows (the login log writes these escaped too).
     */
    static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }

    /**
     * The refusal of a new password, given the current one as typed: its length first, then invisible characters,
     * then spaces at its ends, then sameness.
     */
    public Optional<Refusal> refusal(char[] current, char[] next) {
        Optional<Refusal> length = lengthRefusal(next).or(() -> charactersRefusal(next))
                .or(() -> spacesRefusal(next));
        if (length.isPresent()) {
            return length;
        }
        if (Arrays.equals(current, next)) {
            return Optional.of(Refusal.SAME_AS_CURRENT);
        }
        return strengthRefusal(next);
    }

    /**
     * A password made only of digits, a common one ({@link #isCommon}: one of the {@link #COMMON} ones, or a common
     * word or keyboard walk dressed with digits, symbols or a year), one of fewer than {@value #MIN_DIFFERENT}
     * different characters, one of fewer than {@value #MIN_KINDS} kinds of character (letters, digits, symbols), or
     * one holding a run of {@value #MAX_RUN} letters or digits in order is refused as a password a person chooses.
     */
    public Optional<Refusal> strengthRefusal(char[] next) {
        String password = new String(next);
        if (password.chars().allMatch(Character::isDigit)) {
            return Optional.of(Refusal.ALL_DIGITS);
        }
        if (isCommon(password)) {
            return Optional.of(Refusal.TOO_COMMON);
        }
        if (password.codePoints().distinct().count() < MIN_DIFFERENT) {
            return Optional.of(Refusal.TOO_SIMPLE);
        }
        if (kinds(password) < MIN_KINDS) {
            return Optional.of(Refusal.ONE_KIND);
        }
        return longestRun(password) >= MAX_RUN ? Optional.of(Refusal.SEQUENCE) : Optional.empty();
    }

    /** How many of the kinds letters, digits and symbols (everything else) the password has. */
    static int kinds(String password) {
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        boolean symbol = password.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c));
        return (letter ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }

    /**
     * The longest run of ASCII letters (in any case) or of digits that follow each other up or down by one, full-width
     * ones counted as half-width ({@link #folded}): 5 for "xabcde1", 4 for "9876", 6 for "Ab３４５６７８", 1 for
     * "Shoumi@2026".
     */
    static int longestRun(String password) {
        String lower = folded(password);
        int longest = lower.isEmpty() ? 0 : 1;
        int run = 1;
        int step = 0;
        for (int i = 1; i < lower.length(); i++) {
            char a = lower.charAt(i - 1);
            char b = lower.charAt(i);
            int d = b - a;
            boolean sameKind = a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' || a >= '0' && a <= '9' && b >= '0'
                    && b <= '9';
            if (sameKind && (d == 1 || d == -1) && (run == 1 || d == step)) {
                run++;
                step = d;
            } else if (sameKind && (d == 1 || d == -1)) {
                run = 2;
                step = d;
            } else {
                run = 1;
                step = 0;
            }
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
