package org.shoumi.portal.employees.control;

import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * Whether lowering a person's secrecy class corrects their hire (上岗前更正) rather than taking them out of a
 * secret-related post (离岗, with its departure and 脱密期). A person who never took up a secret-related post was
 * never exposed: a hire still 待上岗 (their onboarding not done, so not yet in the post) whatever their hire date —
 * hired today, last week or from a day still to come and given the wrong class, HR corrects it. What counts is
 * whether they took up the post, not the date: a hire whose first day is still to come but who completed the
 * onboarding (在岗: the onboarding pledge signed, for 核心 and 重要 the 上岗审查 passed) has taken it up and leaves it
 * by a departure with its 脱密期 (outside check: such a 核心 hire lowered to 非涉密 was saved as a 上岗前更正, with no
 * 离岗, no exit checklist and no 脱密期). Someone who held a secret-related post before (in post, or out of it and
 * taken back, 按新上岗) leaves it by a departure, as before.
 */
public final class HireCorrection {

    private HireCorrection() {
    }

    /**
     * @param heldSecretPost whether the person's history shows them in post (在岗) in a secret-related class, or out
     *                       of such a post (离岗), at any time (see {@link #heldSecretPost})
     */
    public static boolean corrects(SecrecyClass from, SecrecyClass to, EmployeeStatus status,
                                   boolean heldSecretPost) {
        boolean inPost = status == EmployeeStatus.ONBOARDING || status == EmployeeStatus.ACTIVE;
        return inPost && from.isLoweredTo(to) && notStarted(status, heldSecretPost);
    }

    /**
     * Whether the person has not yet begun in a secret-related post: 待上岗 and never in one. A person 在岗 has taken
     * up their post, whatever their hire date.
     */
    public static boolean notStarted(EmployeeStatus status, boolean heldSecretPost) {
        return status == EmployeeStatus.ONBOARDING && !heldSecretPost;
    }

    /**
     * Whether one history entry shows the person in or out of a secret-related post: in post (在岗) in a
     * secret-related class before or after it, or 离岗 (only a secret-related post is left that way). A 非涉密 person
     * in post raised into a class (待上岗 until onboarded) has held none.
     */
    public static boolean heldSecretPost(EmployeeStatus oldStatus, SecrecyClass oldClass, EmployeeStatus newStatus,
                                         SecrecyClass newClass) {
        return oldStatus == EmployeeStatus.LEFT_POST || newStatus == EmployeeStatus.LEFT_POST
                || oldStatus == EmployeeStatus.ACTIVE && oldClass != null && oldClass.isSecretRelated()
                || newStatus == EmployeeStatus.ACTIVE && newClass != null && newClass.isSecretRelated();
    }
}
