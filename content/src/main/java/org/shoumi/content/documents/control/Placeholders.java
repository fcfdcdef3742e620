package org.shoumi.content.documents.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {{placeholders}} a pledge template may use, filled in when a person signs. {{topic}} and {{occasion}} are
 * the topic and the occasion of a topic pledge (empty in the other pledges).
 */
public final class Placeholders {

    public static final Set<String> ALLOWED = Set.of(
            "name", "employeeNo", "department", "post", "secrecyClass", "unit", "date", "startDate", "endDate",
            "periodYears", "newClass", "topic", "occasion");

    /** The exit pledge that states the 脱密期 ({{periodYears}}): signed by a leaver who owes one. */
    public static final String EXIT_WITH_PERIOD = "pledge.exit";

    /** The exit pledge that states no 脱密期 and does not call the leaver 涉密人员: signed by a leaver who owes none. */
    public static final String EXIT_WITHOUT_PERIOD = "pledge.exit-no-period";

    /**
     * The exit pledge of a lowering that keeps the person in a secret-related post (重要 → 一般, say): it states the
     * 脱密期 ({{periodYears}}) of the class given up and the class they keep ({{newClass}}), and does not say they leave
     * the post or return every carrier (the exit pledge said both, and their record said they stayed; outside check).
     */
    public static final String EXIT_CLASS_LOWERED = "pledge.exit-lowered";

    /** The topic pledge (专项保密承诺书): its text names the topic and the occasion of the issue it answers. */
    public static final String TOPIC = "pledge.topic";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*\\}\\}");

    private Placeholders() {
    }

    /** Unknown placeholders of a text, each with the (1-based, relative) line it first appears on. */
    public static Map<String, Integer> unknown(String text) {
        Map<String, Integer> unknown = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = PLACEHOLDER.matcher(lines[i]);
            while (m.find()) {
                if (!ALLOWED.contains(m.group(1))) {
                    unknown.putIfAbsent(m.group(1), i + 1);
                }
            }
        }
        return unknown;
    }

    /**
     * The placeholders a version of this template must keep, in order: the exit pledge that states the period its
     * length ({{periodYears}}; a wording without it gave 非涉密 leavers a "脱密期…满0年", outside check), the topic
     * pledge its topic and occasion (else the pledges of two issues read the same). Empty for any other key.
     */
    public static List<String> needed(String key) {
        if (EXIT_WITH_PERIOD.equals(key)) {
            return List.of("periodYears");
        }
        if (EXIT_CLASS_LOWERED.equals(key)) {
            return List.of("periodYears", "newClass");
        }
        return TOPIC.equals(key) ? List.of("topic", "occasion") : List.of();
    }

    /**
     * The placeholders a version of this template may not use: the exit pledge of a leaver who owes no 脱密期 states
     * none, so neither its length nor the words for its first and last day. Empty for any other key.
     */
    public static List<String> notHere(String key) {
        return EXIT_WITHOUT_PERIOD.equals(key) ? List.of("periodYears", "startDate", "endDate") : List.of();
    }

    /** Of {@link #needed} for this key, those the text does not use. */
    public static List<String> missing(String key, String text) {
        Set<String> used = used(text);
        return needed(key).stream().filter(name -> !used.contains(name)).toList();
    }

    /** Of {@link #notHere} for this key, those the text uses. */
    public static List<String> outOfPlace(String key, String text) {
        Set<String> used = used(text);
        return notHere(key).stream().filter(used::contains).toList();
    }

    /** The names of the placeholders a text uses. */
    public static Set<String> used(String text) {
        Set<String> used = new java.util.HashSet<>();
        if (text != null) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        return used;
    }

    /** Fills every allowed placeholder from the values; refuses unknown or missing ones. */
    public static String fill(String template, Map<String, String> values) {
        if (!unknown(template).isEmpty()) {
            throw new IllegalArgumentException("unknown placeholders: " + unknown(template).keySet());
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for placeholder " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
