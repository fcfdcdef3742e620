package org.shoumi.portal.events;

import java.util.Objects;

/**
 * Whether a login may still be used today: it exists and is not switched off (a leaver's last day passed, an
 * administrator ended it). The reports feature asks before it answers a calendar feed, whose token opens the
 * person's due dates without a login (a switched-off leaver's address kept working: outside check); the security
 * feature answers through {@link #inUse()}. Nobody answering leaves it not in use.
 */
public final class LoginInUseAsked {

    private final String username;
    private boolean inUse;

    public LoginInUseAsked(String username) {
        this.username = Objects.requireNonNull(username);
    }

    public String username() {
        return username;
    }

    /** The login exists and is switched on today. */
    public void inUse() {
        this.inUse = true;
    }

    public boolean isInUse() {
        return inUse;
    }
}
