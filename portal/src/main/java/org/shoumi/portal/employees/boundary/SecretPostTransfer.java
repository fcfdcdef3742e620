package org.shoumi.portal.employees.boundary;

import java.util.Objects;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;

/**
 * A secret-related person moved to another post (转岗), already applied: the carriers of the old post are to be
 * handed over to the successor. Fired inside the change's transaction; the departures feature observes it and
 * opens the hand-over checklist (unless one is open already).
 *
 * <p>It carries what the person held before the change, the department, post and class the hand-over is about
 * ({@code person} already holds the new ones): the hand-over recorded the new department and class with the old
 * post, a post nobody held (outside check).
 */
public record SecretPostTransfer(Employee person, Department oldDepartment, Post oldPost, SecrecyClass oldClass,
                                 Post newPost, String reason, String by) {

    public SecretPostTransfer {
        Objects.requireNonNull(person);
        Objects.requireNonNull(oldDepartment);
        Objects.requireNonNull(oldPost);
        Objects.requireNonNull(oldClass);
        Objects.requireNonNull(newPost);
        Objects.requireNonNull(by);
    }
}
