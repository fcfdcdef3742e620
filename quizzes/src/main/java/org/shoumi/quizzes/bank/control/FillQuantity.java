package org.shoumi.quizzes.bank.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A fill-in answer that is a number, optionally followed by a unit: "30", "三十年", "24小时", "两人". The number is
 * written in Arabic digits (a decimal part allowed, no leading zero) or in Chinese numerals
 * (零〇一二两三四五六七八九十百千, e.g. 三十, 二十四, 一百零五, or digit by digit: 二〇二四); the unit is one of
 * {@link #UNITS}, synonyms folded (个月 = 月, 个小时 = 小时, 个工作日 = 工作日, 日 = 天). Anything else around the number
 * ("30年以上", "不超过30年", "约30") makes it no quantity, so it is compared as text and a different answer stays
 * different. Colloquial forms whose value is ambiguous (二百五, 三千五) are not read as numbers either.
 *
 * @param value the number
 * @param unit  the canonical unit, or null when the answer is a bare number
 */
record FillQuantity(BigDecimal value, String unit) {

    /** The units a number may carry, longest first so that 个工作日 wins over 工作日 and 日. */
    static final List<String> UNITS = List.of("个工作日", "工作日", "个小时", "小时", "个月", "月", "年", "天", "日", "周",
            "次", "级", "名", "人", "份");

    private static final Map<String, String> SYNONYMS = Map.of("个月", "月", "个小时", "小时", "个工作日", "工作日",
            "日", "天");

    private static final Pattern ARABIC = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");

    /** Reads an answer already passed through {@link FillNormalizer#normalize}; empty when it is no quantity. */
    static Optional<FillQuantity> parse(String normalized) {
        String number = normalized;
        String unit = null;
        for (String u : UNITS) {
            if (normalized.endsWith(u)) {
                number = normalized.substring(0, normalized.length() - u.length()).strip();
                unit = canonical(u);
                break;
            }
        }
        BigDecimal value = number(number);
        return value == null ? Optional.empty() : Optional.of(new FillQuantity(value, unit));
    }

    /**
     * The unit a text begins with, canonical, or null: applied to the words after a blank in a stem
     * ("____年认定" gives 年) it tells which unit a bare accepted number means.
     */
    static String unitAtStart(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (String u : UNITS) {
            if (t.startsWith(u)) {
                return canonical(u);
            }
        }
        return null;
    }

    /**
     * The same number and compatible units: equal units, or one side without a unit. A bare accepted number
     * takes {@code impliedUnit} (the unit the stem writes after the blank), when known.
     */
    boolean sameAnswerAs(FillQuantity accepted, String impliedUnit) {
        if (value.compareTo(accepted.value) != 0) {
            return false;
        }
        String acceptedUnit = accepted.unit != null ? accepted.unit : canonical(impliedUnit);
        return unit == null || acceptedUnit == null || unit.equals(acceptedUnit);
    }

    private static String canonical(String unit) {
        return unit == null ? null : SYNONYMS.getOrDefault(unit, unit);
    }

    private static BigDecimal number(String s) {
        if (s.isEmpty()) {
            return null;
        }
        if (ARABIC.matcher(s).matches()) {
            return new BigDecimal(s);
        }
        long chinese = chinese(s);
        return chinese < 0 ? null : BigDecimal.valueOf(chinese);
    }

    /** A Chinese numeral below 10 000, or -1 when {@code s} is none (or an ambiguous colloquial one). */
    static long chinese(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        boolean hasMultiplier = s.chars().anyMatch(c -> multiplier((char) c) > 0);
        if (!hasMultiplier) {
            return positional(s);
        }
        long total = 0;
        int pending = -1;          // a digit waiting for its multiplier
        int lastMultiplier = 10_000;
        boolean zero = false;      // a 零 marking a skipped place
        for (char c : s.toCharArray()) {
            int d = digit(c);
            int m = multiplier(c);
            if (d == 0) {
                if (pending >= 0 || zero || lastMultiplier == 10_000 || lastMultiplier == 10) {
                    return -1;
                }
                zero = true;
            } else if (d > 0) {
                if (pending >= 0) {
                    return -1;
                }
                pending = d;
            } else if (m > 0) {
                if (m >= lastMultiplier) {
                    return -1;
                }
                if (pending < 0) {
                    if (m != 10 || lastMultiplier != 10_000) {
                        return -1; // only a leading 十 stands alone (十, 十二)
                    }
                    pending = 1;
                }
                if (zero && lastMultiplier / 10 <= m) {
                    return -1; // 零 where no place was skipped
                }
                total += (long) pending * m;
                lastMultiplier = m;
                pending = -1;
                zero = false;
            } else {
                return -1;
            }
        }
        if (pending >= 0) {
            if (lastMultiplier != 10 && !zero) {
                return -1; // 二百五, 三千五: colloquial, not 205 / 3005
            }
            total += pending;
        } else if (zero) {
            return -1; // a trailing 零
        }
        return total;
    }

    /** Digit by digit (二〇二四) or a single digit (三, 两, 零); no 两 and no leading zero in a longer one. */
    private static long positional(String s) {
        if (s.length() == 1) {
            return digit(s.charAt(0));
        }
        if (s.length() > 18) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d < 0 || c == '两' || (i == 0 && d == 0)) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static int multiplier(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }
}
