package org.shoumi.portal.setup.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.shoumi.portal.api.control.ApiAccess;
import org.shoumi.portal.departures.control.PostExitPeriodPolicy;
import org.shoumi.portal.security.control.PasswordPolicy;

/**
 * The settings an operator sets by environment variable or Liberty variable, checked once at start, each named with
 * its key, its environment variable and the value found (an outside check: an unknown zone stopped the portal with a
 * stack trace that named no key; a mistyped {@code PORTAL_DB} ended in a null pointer; a short API token, a
 * {@code METRICS_LOGIN} of "yes" and a portal address "not a url" were taken without a word). A {@link Problem#fatal}
 * problem stops the start: the portal cannot work rightly with it (every date of the unit hangs on its zone; the
 * portal's address goes into QR codes, mail and calendar links). The others leave one feature off, which the log
 * says. The whole numbers with bounds ({@link #NUMBERS}) stop the start too: a negative 脱密期 length was taken without
 * a word and then every departure page answered 500; a lockout of 0 minutes stopped the start with a message that
 * named no key; a daily backup at hour 25 was moved to 23 without a word (outside check).
 */
public final class SettingsCheck {

    /** A setting that is wrong, in the operator's words. */
    public record Problem(String key, boolean fatal, String text) {

        @Override
        public String toString() {
            return text;
        }
    }

    /** The longest lock after wrong passwords, in minutes: a week. */
    static final long MAX_LOCKOUT_MINUTES = 7 * 24 * 60;

    /** A whole-number setting: its key, the smallest and largest value it takes, and what it is. */
    record Bounds(String key, long min, long max, String what) {
    }

    /** The whole-number settings checked at start, each with its bounds (their defaults lie within them). */
    static final List<Bounds> NUMBERS = List.of(
            new Bounds("shoumi.portal.exit.restriction-years.core", 0, PostExitPeriodPolicy.MAX_YEARS,
                    "the 脱密期 of a 核心 person, in years; otherwise every departure page fails"),
            new Bounds("shoumi.portal.exit.restriction-years.important", 0, PostExitPeriodPolicy.MAX_YEARS,
                    "the 脱密期 of a 重要 person, in years; otherwise every departure page fails"),
            new Bounds("shoumi.portal.exit.restriction-years.general", 0, PostExitPeriodPolicy.MAX_YEARS,
                    "the 脱密期 of a 一般 person, in years; otherwise every departure page fails"),
            new Bounds("shoumi.portal.security.lockout.max-failures", 1, Integer.MAX_VALUE,
                    "wrong passwords for one login from one address before that address is stopped"),
            new Bounds("shoumi.portal.security.lockout.minutes", 1, MAX_LOCKOUT_MINUTES,
                    "how long a lock lasts, in minutes (at most a week)"),
            new Bounds("shoumi.portal.security.lockout.max-failures-account", 1, Integer.MAX_VALUE,
                    "wrong passwords for one login from all addresses before the account locks"),
            new Bounds("shoumi.portal.security.throttle.max-failures-per-address", 1, Integer.MAX_VALUE,
                    "wrong passwords from one address before it is stopped"),
            new Bounds("shoumi.portal.backups.daily.hour", 0, 23, "the hour of the unit's day of the daily backup"),
            new Bounds("shoumi.portal.reminders.hour", 0, 23, "the hour of the unit's day reminders go out"),
            new Bounds("shoumi.portal.vetting.notices.hour", 0, 23,
                    "the hour of the unit's day of the overdue-review notices"),
            new Bounds("shoumi.portal.pledges.change-notices.hour", 0, 23,
                    "the hour of the unit's day of the pledge change notices"));

    private static final String INITIAL_ADMIN_PASSWORD = "shoumi.portal.security.initial-admin-password";

    private SettingsCheck() {
    }

    /** What kind of value an injected setting takes, as its injection point's type says. */
    public enum Kind {
        /** An int or a long: a wrong one stopped the start with a CDI stack that named no variable. */
        WHOLE_NUMBER,
        /**
         * A boolean: MicroProfile Config takes any text it does not know ("ture", "enabled", "开") as false, which
         * switched the daily backup off without a word (outside check).
         */
        SWITCH
    }

    /** The texts MicroProfile Config reads as a switch's true or false (case ignored); others it takes as false. */
    private static final java.util.Set<String> SWITCH_WORDS = java.util.Set.of("true", "false", "yes", "no", "on",
            "off", "y", "n", "1", "0");

    /** What is wrong with the settings {@code setting} finds (by key; empty when unset). */
    public static List<Problem> problems(Function<String, Optional<String>> setting) {
        return problems(setting, Map.of());
    }

    /**
     * The same, and each setting of {@code typed} (key to the kind its injection points take: every
     * {@code @ConfigProperty} of the application) checked for its kind: a whole number that is none, or negative,
     * and a switch that is neither true nor false, stop the start naming the key, its variable and the value.
     */
    public static List<Problem> problems(Function<String, Optional<String>> setting, Map<String, Kind> typed) {
        List<Problem> found = new ArrayList<>();
        setting.apply("shoumi.unit.zone").map(String::strip).ifPresent(zone -> {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                found.add(fatal("shoumi.unit.zone", zone, "is not a time zone (for example Asia/Shanghai)"));
            }
        });
        setting.apply("portal.db").map(String::strip).filter(db -> !db.isEmpty()).ifPresent(db -> {
            String value = db.toLowerCase(Locale.ROOT);
            if (!value.equals("derby") && !value.equals("postgresql")) {
                found.add(fatal("portal.db", db, "must be derby or postgresql"));
            }
        });
        setting.apply("shoumi.portal.url").map(String::strip).filter(url -> !url.isEmpty()).ifPresent(url -> {
            if (!isWebAddress(url)) {
                found.add(fatal("shoumi.portal.url", url,
                        "is not a web address (for example https://portal.example.cn/portal/); it is printed in "
                                + "QR codes, mail and calendar links"));
            }
        });
        setting.apply("shoumi.portal.api.token").filter(token -> !token.isBlank())
                .filter(token -> ApiAccess.usable(Optional.of(token)).isEmpty())
                .ifPresent(token -> found.add(new Problem("shoumi.portal.api.token", false,
                        "shoumi.portal.api.token (SHOUMI_PORTAL_API_TOKEN) has " + token.strip().length()
                                + " characters, fewer than " + ApiAccess.MIN_TOKEN_LENGTH
                                + ": it is not used, and every request with a token is answered 401")));
        setting.apply("metrics.login").map(String::strip).filter(login -> !login.isEmpty()).ifPresent(login -> {
            if (!login.equals("on") && !login.equals("off")) {
                found.add(new Problem("metrics.login", false, "metrics.login (METRICS_LOGIN) = \"" + login
                        + "\" must be on or off: taken as off, so /metrics answers 401 to every login"));
            }
        });
        for (Bounds bounds : NUMBERS) {
            setting.apply(bounds.key()).map(String::strip).filter(value -> !value.isEmpty())
                    .flatMap(value -> outside(bounds, value)).ifPresent(found::add);
        }
        java.util.Set<String> bounded = new java.util.HashSet<>();
        NUMBERS.forEach(b -> bounded.add(b.key()));
        new java.util.TreeMap<>(typed).forEach((key, kind) -> {
            if (bounded.contains(key)) {
                return;
            }
            setting.apply(key).map(String::strip).filter(value -> !value.isEmpty())
                    .flatMap(value -> wrongKind(key, kind, value)).ifPresent(found::add);
        });
        return found;
    }

    /** The problem of {@code value} for a setting of this kind that is not one. */
    private static Optional<Problem> wrongKind(String key, Kind kind, String value) {
        if (kind == Kind.SWITCH) {
            return SWITCH_WORDS.contains(value.toLowerCase(Locale.ROOT)) ? Optional.empty()
                    : Optional.of(fatal(key, value, "must be true or false: any other text would be taken as false "
                            + "and switch the feature off without a word"));
        }
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            number = -1;
        }
        return number >= 0 && number <= Integer.MAX_VALUE ? Optional.empty()
                : Optional.of(fatal(key, value, "must be a whole number, 0 or more"));
    }

    /** The problem of {@code value} for a whole-number setting, when it is not a whole number within its bounds. */
    private static Optional<Problem> outside(Bounds bounds, String value) {
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            number = Long.MIN_VALUE;
        }
        if (number >= bounds.min() && number <= bounds.max()) {
            return Optional.empty();
        }
        String range = bounds.max() == Integer.MAX_VALUE ? bounds.min() + " or more"
                : "from " + bounds.min() + " to " + bounds.max();
        return Optional.of(fatal(bounds.key(), value, "must be a whole number " + range + " (" + bounds.what() + ")"));
    }

    /**
     * What is wrong with the initial administrator's password of a production first start, by the rule every first
     * password follows ({@code policy}: its length, no control or format character), named with its key and
     * environment variable. The password itself is never logged: only its length (a short one stopped the start
     * with "password must have 8 to 128 characters", naming no setting; outside check).
     */
    public static Optional<Problem> initialAdminPassword(String password, PasswordPolicy policy) {
        char[] chars = password.toCharArray();
        String named = INITIAL_ADMIN_PASSWORD + " (" + environmentName(INITIAL_ADMIN_PASSWORD) + ")";
        if (policy.lengthRefusal(chars).isPresent()) {
            return Optional.of(new Problem(INITIAL_ADMIN_PASSWORD, true, named + " has " + chars.length
                    + " characters (the value is not logged), it must have " + policy.minLength() + " to "
                    + policy.maxLength() + ": no admin login was opened"));
        }
        if (policy.charactersRefusal(chars).isPresent()) {
            return Optional.of(new Problem(INITIAL_ADMIN_PASSWORD, true, named + " holds a control or format "
                    + "character (the value is not logged): no admin login was opened"));
        }
        return Optional.empty();
    }

    private static Problem fatal(String key, String value, String what) {
        return new Problem(key, true, key + " (" + environmentName(key) + ") = \"" + value + "\" " + what);
    }

    /** The environment variable MicroProfile Config and Liberty read for {@code key}. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
