package org.shoumi.portal.security.boundary;

import org.shoumi.portal.shared.Refused;

/** A change of a login's roles or lock that an administrator asked for and that was not made; nothing was stored. */
public class AccountRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    /** Why; each name completes the message key {@code admin.accounts.refused.<REASON>}. */
    public enum Reason {
        /** No login of that name. */
        NO_SUCH_LOGIN,
        /** No role chosen. */
        ROLE_MISSING,
        /** No reason given, or one longer than 200 characters. */
        REASON_REQUIRED,
        /** The login holds the role already. */
        ALREADY_HELD,
        /** The login does not hold the role. */
        NOT_HELD,
        /** Nobody else would be an administrator: the portal would have none left. */
        LAST_ADMIN,
        /**
         * A departure's approval would take the last administrator's login (its roles cut to employee, or switched
         * off after the last day): another login is made administrator first.
         */
        LAST_ADMIN_LEAVING,
        /** An administrator may not take their own ADMIN role (another administrator does it). */
        OWN_ADMIN,
        /** The login's person has left the unit: no new role for them. */
        PERSON_LEFT,
        /** The login is switched off (or ends on a day already reached): let it in again first. */
        LOGIN_DISABLED,
        /** A department head heads the department of their person: a login without a person cannot be one. */
        DEPT_HEAD_NEEDS_PERSON,
        /** A login keeps at least one role. */
        LAST_ROLE,
        /** A directory login's roles come from the directory's groups at every login. */
        DIRECTORY_ROLES,
        /** The login is not locked. */
        NOT_LOCKED,
        /** A directory login's password is the directory's: it is reset there, not in the portal. */
        DIRECTORY_PASSWORD,
        /** An administrator does not reset their own password: 修改密码 asks for the current one. */
        OWN_PASSWORD,
        /** The client address is not stopped (no more, or never was). */
        ADDRESS_NOT_STOPPED,
        /**
         * A role a 离岗 takes, for a person out of the secret-related post (离岗): HR records a return to a post
         * first. Arguments: the name, the staff number.
         */
        ROLE_LEFT_POST,
        /**
         * A role a 离岗 takes, for a person whose 离岗 is open. Arguments: the name, the staff number, the departure's
         * number, its planned last working day.
         */
        ROLE_LEAVING_POST,
        /** As {@link #ROLE_LEAVING_POST}, for an open 离职. */
        ROLE_LEAVING_UNIT
    }

    private final Reason reason;

    private final java.util.List<Object> args;

    public AccountRefusedException(Reason reason) {
        this(reason, java.util.List.of());
    }

    /** With the arguments of the reason's message. */
    public AccountRefusedException(Reason reason, java.util.List<Object> args) {
        super(reason.name());
        this.reason = reason;
        this.args = java.util.List.copyOf(args);
    }

    @Override
    public Reason reason() {
        return reason;
    }

    @Override
    public java.util.List<Object> args() {
        return args;
    }
}
