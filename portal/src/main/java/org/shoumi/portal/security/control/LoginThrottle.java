package org.shoumi.portal.security.control;

import org.shoumi.portal.shared.TransientConflicts;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Failed logins per client address, counted over a window (the lockout time), so that guessing is slowed where it
 * comes from instead of by locking the account for everybody:
 * <ul>
 * <li>an address that failed {@code perAccount} times for one login may not try that login again until the
 * window has passed (the person at their own computer can still log in);</li>
 * <li>an address that failed {@code perAddress} times, for any logins, may not try any login for the window.</li>
 * </ul>
 * A try is counted when it is admitted, before the password is checked, and taken back when it succeeds: parallel
 * guesses cannot slip through while the slow password hash of the first is still being computed.
 *
 * <p>The tries are kept by a {@link Tries} store that every node of a cluster shares (the database), so the limits
 * hold for the cluster, not per node. A try is first recorded and made visible to every node ({@link Tries#add}),
 * then counted <em>with</em> itself: over a limit, it is taken back and refused. Of two tries counted at once on
 * two nodes, the one counted later sees the other, so they cannot both pass the limit. Parallel tries may see
 * each other over the limit although one of them was within it; the one recorded earlier (lower id) then looks
 * again for a moment while the later ones, which see themselves beyond the limit, take theirs back. An admitted
 * login costs the store one insert and two counts, and a success one delete; a refusal two more counts at most and
 * one delete. A success of the same login from the same address while a try is being counted takes that try's
 * entry away too, and the try then no longer counts (as if it had come just after the success). Thread-safe when
 * the store is.
 */
public final class LoginThrottle {

    /**
     * How often a try within the limit looks again while parallel tries beyond it are still counted: up to three
     * seconds, so that on a busy server (a CI run counted only four of five parallel guesses with half a second)
     * the later tries have had their turn to take theirs back. Only the few tries within the limit ever wait.
     */
    static final int LOOKS = 300;
    /** How long it waits between two looks. */
    static final Duration PAUSE = Duration.ofMillis(10);

    /** How many tries a window holds and when the oldest of them was made. */
    public record Span(long count, Optional<Instant> oldest) {
    }

    /**
     * Where the tries are kept: each change visible to every reader as soon as the method returns (in the
     * portal: one row per try, each insert committed at once). Ids grow with every try.
     */
    public interface Tries {

        /** Records an admitted try and returns its id. */
        long add(String username, String address, Instant at);

        /** The tries made after {@code after} from {@code address}, for any login. */
        Span fromAddress(String address, Instant after);

        /** The tries made after {@code after} from {@code address} for {@code username}. */
        Span forLogin(String username, String address, Instant after);

        /** How many of the tries of {@link #fromAddress} have an id up to {@code id} (that try included). */
        long fromAddressUpTo(long id, String address, Instant after);

        /** How many of the tries of {@link #forLogin} have an id up to {@code id} (that try included). */
        long forLoginUpTo(long id, String username, String address, Instant after);

        /** Takes one try back (refused). */
        void remove(long id);

        /** Takes back the newest try of this login from this address (undecided). */
        void removeNewest(String username, String address);

        /** Forgets every try of this login from this address (it succeeded). */
        void removeAll(String username, String address);
    }

    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    private final Tries tries;

    public LoginThrottle(int perAccount, int perAddress, Duration window, Tries tries) {
        if (perAccount < 1 || perAddress < 1 || window == null || window.isNegative() || window.isZero()
                || tries == null) {
            throw new IllegalArgumentException("limits must be at least 1, the window positive, the store given");
        }
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
        this.tries = tries;
    }

    /**
     * Whether this address may try this login now: when it may, the id of the try, which is counted as a failure
     * until {@link #succeeded} takes it back and by which {@link #started} tells whether this try started a stop;
     * empty when it may not (the try is not counted).
     */
    public OptionalLong admit(String username, String address, Instant now) {
        Instant after = now.minus(window);
        // Derby may refuse the insert for contention on the identity column (a burst of first logins after a
        // start); the try's own transaction is then rolled back and adding it again is safe
        long id = TransientConflicts.retry(() -> tries.add(username, address, now));
        for (int look = 1; ; look++) {
            long fromAddress = tries.fromAddress(address, after).count();
            long forLogin = tries.forLogin(username, address, after).count();
            if (fromAddress <= perAddress && forLogin <= perAccount) {
                return OptionalLong.of(id);
            }
            boolean beyond = fromAddress > perAddress && tries.fromAddressUpTo(id, address, after) > perAddress
                    || forLogin > perAccount && tries.forLoginUpTo(id, username, address, after) > perAccount;
            if (beyond || look >= LOOKS || !pause()) {
                tries.remove(id);
                return OptionalLong.empty();
            }
        }
    }

    /** The admitted try succeeded: it is not a failure, and this address starts afresh for this login. */
    public void succeeded(String username, String address) {
        tries.removeAll(username, address);
    }

    /**
     * The admitted try could not be decided (the directory did not answer): it counts neither as a failure nor as
     * a success, so an outage does not stop anybody's next try.
     */
    public void undecided(String username, String address) {
        tries.removeNewest(username, address);
    }

    /**
     * Whether this address is stopped for every login now ({@code perAddress} failures within the window, whatever
     * the names): the login page then says so, which tells nothing about whether the name exists.
     */
    public boolean addressStopped(String address, Instant now) {
        return tries.fromAddress(address, now.minus(window)).count() >= perAddress;
    }

    /**
     * Which stops the failed try {@code tryId} (admitted by {@link #admit}, still counted) started: by its rank among
     * the tries of the window, not by how many there are now. The try that is the {@code perAccount}-th of this login
     * from this address starts that stop, the one that is the {@code perAddress}-th from the address starts the
     * address's; the later ones are refused before they count. So a stop is recorded once, however many tries are
     * refused during it (outside check: no lock was recorded anywhere an auditor could read), and however parallel
     * guesses interleave: a count of the tries made so far gave every parallel try that failed after the fifth had
     * been admitted the limit, and one stop was recorded three times (outside check).
     */
    public Started started(long tryId, String username, String address, Instant now) {
        Instant after = now.minus(window);
        return new Started(tries.forLoginUpTo(tryId, username, address, after) == perAccount,
                tries.fromAddressUpTo(tryId, address, after) == perAddress);
    }

    /** Whether a failed try started the stop of its login from its address, and the stop of its address. */
    public record Started(boolean login, boolean address) {
    }

    /** The failures from one address, for any logins, that stop it for every login. */
    public int perAddress() {
        return perAddress;
    }

    /** When this address may try this login again; now when it may already. */
    public Instant openAgainAt(String username, String address, Instant now) {
        Instant after = now.minus(window);
        Instant at = now;
        Span fromAddress = tries.fromAddress(address, after);
        if (fromAddress.count() >= perAddress && fromAddress.oldest().isPresent()) {
            at = later(at, fromAddress.oldest().get().plus(window));
        }
        Span forLogin = tries.forLogin(username, address, after);
        if (forLogin.count() >= perAccount && forLogin.oldest().isPresent()) {
            at = later(at, forLogin.oldest().get().plus(window));
        }
        return at;
    }

    /** The window: tries older than this no longer count, and may be deleted. */
    public Duration window() {
        return window;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static boolean pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
