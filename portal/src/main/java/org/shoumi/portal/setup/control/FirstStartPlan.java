package org.shoumi.portal.setup.control;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Decides what the first start of an installation does, from the configured mode and what the database holds. */
public final class FirstStartPlan {

    public enum Step { LOAD_DEMO_UNIT, CREATE_LOAD_TEST_USERS, OPEN_INITIAL_ADMIN }

    public enum Mode { DEMO, PRODUCTION }

    private FirstStartPlan() {
    }

    /** "demo" or "production", in any case; anything else is a configuration mistake that stops the start. */
    public static Mode mode(String configured) {
        String value = configured == null ? "" : configured.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "demo" -> Mode.DEMO;
            case "production" -> Mode.PRODUCTION;
            default -> throw new IllegalArgumentException(
                    "shoumi.portal.mode must be demo or production, was: " + configured);
        };
    }

    /**
     * The demo unit only in demo mode and only into a roster that is still empty; the initial administrator
     * only when no login exists yet and a password for it was configured. Production never gets demo data.
     */
    public static Set<Step> steps(Mode mode, long employees, long accounts, boolean adminPasswordConfigured) {
        return steps(mode, employees, accounts, adminPasswordConfigured, 0);
    }

    /**
     * As above; load-test logins ({@code shoumi.portal.demo.load-test-users}) come only with the demo unit, so
     * only on the first start of a demo installation, never in production.
     */
    public static Set<Step> steps(Mode mode, long employees, long accounts, boolean adminPasswordConfigured,
                                  int loadTestUsers) {
        Set<Step> steps = EnumSet.noneOf(Step.class);
        boolean loadsDemo = mode == Mode.DEMO && employees == 0;
        if (loadsDemo) {
            steps.add(Step.LOAD_DEMO_UNIT);
            if (loadTestUsers > 0) {
                steps.add(Step.CREATE_LOAD_TEST_USERS);
            }
        }
        if (!loadsDemo && accounts == 0 && adminPasswordConfigured) {
            steps.add(Step.OPEN_INITIAL_ADMIN);
        }
        return steps;
    }
}
