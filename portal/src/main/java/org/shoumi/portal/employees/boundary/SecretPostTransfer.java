package org.shoumi.portal.employees.boundary;

import java.util.Objects;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.organisation.entity.Post;

/**
 * A secret-related person moved to another post (转岗), already applied: the carriers of the old post are to be
 * handed over to the successor. Fired inside the change's transaction; the departures feature observes it and
 * opens the hand-over checklist (unless one is open already).
 */
public record SecretPostTransfer(Employee person, Post oldPost, Post newPost, String reason, String by) {

    public SecretPostTransfer {
        Objects.requireNonNull(person);
        Objects.requireNonNull(oldPost);
        Objects.requireNonNull(newPost);
        Objects.requireNonNull(by);
    }
}
