package org.shoumi.portal.security.control;

import java.util.Set;
import org.shoumi.portal.security.entity.Role;

/**
 * What an approved departure does to a login's roles, as plain rules. A 离职 switches the login off (after the last
 * day); a 离岗 that takes the person out of the secret-related post keeps the login with the employee role only; a
 * lowering to another secret-related class (重要 → 一般) keeps the person in post, and their login keeps its roles,
 * whatever they are (a secrecy officer's login holding 保密员 alone lost it, and the record said 离岗, while the roster
 * kept the person 在岗: the condition read {@code !staysInPost && size > 1 || !contains(EMPLOYEE)}; outside check).
 */
public final class LeaverRoles {

    private LeaverRoles() {
    }

    /**
     * Whether the approval of a 离岗 reduces a login holding {@code roles} to the employee role alone: only when the
     * person leaves the post ({@code staysInPost} false) and the login holds anything other than exactly the employee
     * role. A 离职 ({@code leavesUnit}) switches the login off instead and reduces nothing.
     */
    public static boolean reducesToEmployee(boolean leavesUnit, boolean staysInPost, Set<Role> roles) {
        if (leavesUnit || staysInPost) {
            return false;
        }
        return !Set.of(Role.EMPLOYEE).equals(Set.copyOf(roles));
    }
}
