package org.shoumi.portal.security.control;

import java.util.Optional;
import java.util.Set;
import org.shoumi.portal.security.entity.Role;

/**
 * What an approved departure does to a login's roles, as plain rules. A 离岗 that takes the person out of the
 * secret-related post and a 离职 keep the login with the employee role only, at once (a 离职 also switches the login
 * off after the last day: until then a head who had left the unit kept DEPT_HEAD, read and downloaded the department's
 * people and reminded them in his own name; outside check ex-s38e 1); a lowering to another secret-related class
 * (重要 → 一般) keeps the person in post, and their login keeps its roles, whatever they are (a secrecy officer's login
 * holding 保密员 alone lost it, and the record said 离岗, while the roster kept the person 在岗: the condition read
 * {@code !staysInPost && size > 1 || !contains(EMPLOYEE)}; outside check).
 */
public final class LeaverRoles {

    private LeaverRoles() {
    }

    /**
     * Whether the approval of a departure reduces a login holding {@code roles} to the employee role alone: when the
     * person leaves the unit ({@code leavesUnit}) or the post ({@code staysInPost} false) and the login holds anything
     * other than exactly the employee role. The employee role stays for what the leaver still reads on the last day
     * (the home page with the 脱密期, their own records).
     */
    public static boolean reducesToEmployee(boolean leavesUnit, boolean staysInPost, Set<Role> roles) {
        if (staysInPost && !leavesUnit) {
            return false;
        }
        return !Set.of(Role.EMPLOYEE).equals(Set.copyOf(roles));
    }

    /** Whether a 离岗's approval takes this role from a login: every role but the employee role. */
    public static boolean takenByLeavingThePost(Role role) {
        return role != Role.EMPLOYEE;
    }

    /** Why a role is not granted to a person out of the secret-related post, or on the way out of it. */
    public enum OutOfPost {
        /** A 离岗 of theirs is open (not a hand-over, nor a lowering that keeps them in post). */
        LEAVING_POST,
        /** A 离职 of theirs is open. */
        LEAVING_UNIT,
        /** They are 离岗: out of the post, usually in their 脱密期. */
        LEFT_POST
    }

    /**
     * Whether granting {@code role} to a person's login is refused, and why: a role a 离岗's approval takes
     * ({@link #takenByLeavingThePost}) is not given back to someone out of the post ({@code leftPost}: status 离岗)
     * nor to someone whose 离岗 or 离职 is open ({@code leaving}, {@code leavesUnit}: the rule by which the liaisons
     * appoint no one leaving); the open departure is named first (HR withdraws it if it was opened by mistake). Found
     * by an outside check (ex-s38d 2): 保密员 and 部门负责人 were granted again at once to a person just approved 离岗,
     * who then read everyone's secrecy files during their 脱密期. The way back is HR's return to a post (离岗 → 待上岗).
     */
    public static Optional<OutOfPost> grantRefused(Role role, boolean leftPost, boolean leaving, boolean leavesUnit) {
        if (!takenByLeavingThePost(role)) {
            return Optional.empty();
        }
        if (leaving) {
            return Optional.of(leavesUnit ? OutOfPost.LEAVING_UNIT : OutOfPost.LEAVING_POST);
        }
        return leftPost ? Optional.of(OutOfPost.LEFT_POST) : Optional.empty();
    }
}
