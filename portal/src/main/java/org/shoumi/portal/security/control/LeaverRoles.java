package org.shoumi.portal.security.control;

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
}
