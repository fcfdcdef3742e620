package org.shoumi.content.documents.control;

import java.util.LinkedHashMap;
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
            "periodYears", "topic", "occasion");

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
