package org.shoumi.portal.security.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One login try admitted by the throttle ({@code security.control.LoginThrottle}): which login, from which client
 * address, when. Written when the try is admitted, before its password is checked, and committed at once, so that
 * every node of a cluster counts it; deleted again when the try is refused, succeeds or cannot be decided, and
 * once it is older than the window. Changed only when an administrator lifts the login's lock
 * ({@link #isLoginLifted}, by a bulk update), and never read as an entity (only counted), so not cached.
 */
@Entity
@Cacheable(false)
@Table(name = "login_try", indexes = {
        @Index(name = "login_try_address", columnList = "address, tried_at"),
        @Index(name = "login_try_login", columnList = "username, address, tried_at")})
@NamedQuery(name = LoginTry.FROM_ADDRESS, query = "select count(t), min(t.triedAt) from LoginTry t "
        + "where t.address = :address and t.triedAt > :after")
@NamedQuery(name = LoginTry.FOR_LOGIN, query = "select count(t), min(t.triedAt) from LoginTry t "
        + "where t.username = :username and t.address = :address and t.triedAt > :after and t.loginLifted = false")
@NamedQuery(name = LoginTry.FROM_ADDRESS_UP_TO, query = "select count(t) from LoginTry t "
        + "where t.address = :address and t.triedAt > :after and t.id <= :id")
@NamedQuery(name = LoginTry.FOR_LOGIN_UP_TO, query = "select count(t) from LoginTry t "
        + "where t.username = :username and t.address = :address and t.triedAt > :after and t.id <= :id "
        + "and t.loginLifted = false")
@NamedQuery(name = LoginTry.NEWEST, query = "select max(t.id) from LoginTry t "
        + "where t.username = :username and t.address = :address")
@NamedQuery(name = LoginTry.REMOVE, query = "delete from LoginTry t where t.id = :id")
@NamedQuery(name = LoginTry.REMOVE_ALL, query = "delete from LoginTry t "
        + "where t.username = :username and t.address = :address")
@NamedQuery(name = LoginTry.REMOVE_OLD, query = "delete from LoginTry t where t.triedAt <= :until")
@NamedQuery(name = LoginTry.LIFT_LOGIN, query = "update LoginTry t set t.loginLifted = true "
        + "where t.username = :username and t.loginLifted = false")
public class LoginTry {

    public static final String FROM_ADDRESS = "LoginTry.fromAddress";
    public static final String FOR_LOGIN = "LoginTry.forLogin";
    public static final String FROM_ADDRESS_UP_TO = "LoginTry.fromAddressUpTo";
    public static final String FOR_LOGIN_UP_TO = "LoginTry.forLoginUpTo";
    public static final String NEWEST = "LoginTry.newest";
    public static final String REMOVE = "LoginTry.remove";
    public static final String REMOVE_ALL = "LoginTry.removeAll";
    public static final String REMOVE_OLD = "LoginTry.removeOld";
    public static final String LIFT_LOGIN = "LoginTry.liftLogin";

    /** Long enough for any IPv6 address with a zone; a longer one is cut (two such addresses then count as one). */
    public static final int MAX_ADDRESS_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = MAX_ADDRESS_LENGTH)
    private String address;

    /** The login name as typed (normalised), whether or not such an account exists. */
    @Column(nullable = false, updatable = false, length = Account.MAX_USERNAME_LENGTH)
    private String username;

    @Column(name = "tried_at", nullable = false, updatable = false)
    private Instant triedAt;

    /**
     * An administrator lifted the login's lock (解除锁定) after this try: it no longer counts for the login's own stop,
     * but still for the stop of its address until it leaves the window (migration V30). Deleting it had let the
     * whole address back in, which only 解除地址暂停 may do, with its own record.
     */
    @Column(name = "login_lifted", nullable = false)
    private boolean loginLifted;

    protected LoginTry() {
    }

    public LoginTry(String username, String address, Instant triedAt) {
        this.username = Objects.requireNonNull(username);
        this.address = address(address);
        this.triedAt = Objects.requireNonNull(triedAt);
    }

    /** The address as stored: cut to {@link #MAX_ADDRESS_LENGTH}. */
    public static String address(String address) {
        Objects.requireNonNull(address);
        return address.length() > MAX_ADDRESS_LENGTH ? address.substring(0, MAX_ADDRESS_LENGTH) : address;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getAddress() {
        return address;
    }

    public Instant getTriedAt() {
        return triedAt;
    }

    public boolean isLoginLifted() {
        return loginLifted;
    }
}
