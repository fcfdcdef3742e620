package org.shoumi.portal.pledges.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.shoumi.content.documents.control.Placeholders;
import org.shoumi.content.documents.control.TextHash;
import org.shoumi.content.documents.entity.PledgeKind;

/**
 * The exact text a person signs: the template in force with every placeholder filled from the person's facts,
 * and its SHA-256. The same facts always give the same text, so the hash can be checked later.
 */
public final class PledgeText {

    /** The facts a pledge is filled with; labels are already in the document's language. */
    public record Facts(String name, String employeeNo, String department, String post, String secrecyClass,
                        String unit, LocalDate date, LocalDate startDate, LocalDate endDate) {
    }

    /**
     * What an exit pledge says of the 脱密期 before the departure is approved: its length in years, and the words
     * that stand for its first and last day (the approval date is not known yet, so no date is printed); for a
     * lowering that keeps the person in a secret-related post, the class they keep ({@code newClass}, else null).
     */
    public record ExitTerms(int years, String startPhrase, String endPhrase, String newClass) {

        public ExitTerms(int years, String startPhrase, String endPhrase) {
            this(years, startPhrase, endPhrase, null);
        }
    }

    /** What a topic pledge is about, as printed: the topic's name and the occasion the officer gave. */
    public record Topic(String topic, String occasion) {
    }

    /** A filled-in pledge. */
    public record Filled(String text, String sha256) {
    }

    private PledgeText() {
    }

    /**
     * The key of the exit pledge template for a leaver whose departure will start a 脱密期 of this many years: the one
     * that states the period for a leaver who owes one, the one that states none (and does not call them 涉密人员) for
     * a leaver who owes none. Chosen by the departure's facts, never by the placeholders in the text: a wording of
     * the period with {{startDate}} and {{endDate}} gave 非涉密 leavers a "脱密期…满0年" (outside check).
     */
    public static String exitTemplateKey(int periodYears) {
        return exitTemplateKey(periodYears, false);
    }

    /**
     * As {@link #exitTemplateKey(int)}, and for a lowering that keeps the person in a secret-related post (their
     * departure moves them to a lower secret-related class) the pledge of a lowered class, which states the period
     * of the class given up and does not say they leave the post.
     */
    public static String exitTemplateKey(int periodYears, boolean staysInSecretPost) {
        if (periodYears > 0 && staysInSecretPost) {
            return Placeholders.EXIT_CLASS_LOWERED;
        }
        return periodYears > 0 ? Placeholders.EXIT_WITH_PERIOD : Placeholders.EXIT_WITHOUT_PERIOD;
    }

    public static Filled fill(String template, Facts facts, DateTimeFormatter dates) {
        return fill(template, facts, dates, null);
    }

    /**
     * Fills the template; with {@code exit} terms, {{startDate}} and {{endDate}} are the words for "the approval
     * day" and "N years after it" instead of dates, and {{periodYears}} is the length.
     */
    public static Filled fill(String template, Facts facts, DateTimeFormatter dates, ExitTerms exit) {
        return fill(template, facts, dates, exit, null);
    }

    /**
     * Fills the template; with a {@code topic}, {{topic}} and {{occasion}} are its topic and occasion (so the
     * signed text, and its hash, name the occasion); without one they are empty.
     */
    public static Filled fill(String template, Facts facts, DateTimeFormatter dates, ExitTerms exit, Topic topic) {
        Map<String, String> values = new HashMap<>();
        values.put("name", facts.name());
        values.put("employeeNo", facts.employeeNo());
        values.put("department", facts.department());
        values.put("post", facts.post());
        values.put("secrecyClass", facts.secrecyClass());
        values.put("unit", facts.unit());
        values.put("date", dates.format(facts.date()));
        values.put("startDate", dates.format(facts.startDate()));
        values.put("endDate", facts.endDate() == null ? "" : dates.format(facts.endDate()));
        values.put("periodYears", "");
        values.put("newClass", "");
        values.put("topic", topic == null ? "" : topic.topic());
        values.put("occasion", topic == null ? "" : topic.occasion());
        if (exit != null) {
            values.put("startDate", exit.startPhrase());
            values.put("endDate", exit.endPhrase());
            values.put("periodYears", Integer.toString(exit.years()));
            values.put("newClass", exit.newClass() == null ? "" : exit.newClass());
        }
        values.replaceAll((key, value) -> escape(value));
        String text = Placeholders.fill(template, values);
        return new Filled(text, TextHash.sha256(text));
    }

    /**
     * A fact as plain text inside the Markdown of the pledge: line breaks become spaces and every ASCII
     * punctuation mark is backslash-escaped, so a name cannot add a link, a heading, emphasis or HTML to the
     * signed text ({@link #unescape} gives the fact back, for printing).
     */
    public static String escape(String value) {
        if (value == null) {
            return null;
        }
        String oneLine = value.replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
        return ESCAPABLE.matcher(oneLine).replaceAll("\\\\$0");
    }

    /** The text with the backslash escapes of {@link #escape} removed (for a PDF printed from the Markdown). */
    public static String unescape(String markdown) {
        return ESCAPED.matcher(markdown).replaceAll("$1");
    }

    private static final java.util.regex.Pattern ESCAPABLE = java.util.regex.Pattern.compile("[!-/:-@\\[-`{-~]");
    private static final java.util.regex.Pattern ESCAPED = java.util.regex.Pattern.compile("\\\\([!-/:-@\\[-`{-~])");

    /**
     * The period a pledge speaks of. Onboarding and agreement: from the day the post is taken (the hire date,
     * or today if that has passed). In post: today to the year's 31 December, when the portal asks for the next one
     * ({@link PledgeValidity}). Exit: the restriction period (脱密期) from the
     * last day in the post for the configured number of years of the person's class. Topic pledge: from today,
     * open-ended (it holds as long as the matter does). A head's or a liaison's responsibility letter: today to the
     * year's 31 December.
     */
    public static LocalDate[] period(PledgeKind kind, LocalDate today, LocalDate hireDate, LocalDate lastDay,
                                     int restrictionYears) {
        return switch (kind) {
            case ONBOARDING, AGREEMENT -> new LocalDate[] {hireDate.isAfter(today) ? hireDate : today, null};
            case TOPIC -> new LocalDate[] {today, null};
            case RESPONSIBILITY, LIAISON -> new LocalDate[] {today, SpecialPledgeRules.letterValidUntil(today)};
            // the yearly pledge holds to the year's end, as the portal counts it (PledgeValidity): the text says so
            case IN_POST -> new LocalDate[] {today, PledgeValidity.validUntil(today)};
            case EXIT -> {
                LocalDate start = lastDay == null ? today : lastDay;
                yield new LocalDate[] {start, start.plusYears(restrictionYears)};
            }
        };
    }
}
