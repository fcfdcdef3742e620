package org.shoumi.portal.employees.entity;

import java.util.Optional;

/**
 * The training a personnel event calls for: a hire or move into a secret-related class needs onboarding (上岗前),
 * a secret-related person's move to another post needs the transfer programme (转岗: the new post's duties and a
 * new pledge). The programmes feature gives the programme; the roster only says what is called for.
 */
public enum TrainingCall {
    ONBOARDING, TRANSFER;

    /** A hire: onboarding for a secret-related class, nothing otherwise. */
    public static Optional<TrainingCall> onHire(SecrecyClass secrecyClass) {
        return secrecyClass.isSecretRelated() ? Optional.of(ONBOARDING) : Optional.empty();
    }

    /**
     * A change of post or class: becoming secret-related calls for onboarding (the person is 待上岗 until it is done,
     * see {@link Employee#update}); moving to another post while
     * secret-related calls for the transfer programme; leaving the secret-related classes or changing only between
     * them calls for nothing new.
     */
    public static Optional<TrainingCall> onChange(String oldPost, SecrecyClass oldClass, String newPost,
                                                  SecrecyClass newClass) {
        if (!newClass.isSecretRelated()) {
            return Optional.empty();
        }
        if (!oldClass.isSecretRelated()) {
            return Optional.of(ONBOARDING);
        }
        return oldPost.equals(newPost) ? Optional.empty() : Optional.of(TRANSFER);
    }

    /**
     * Whether a change takes a person who left the post (离岗, usually in a 脱密期) back to a secret-related post: their
     * class raised to a secret-related one. They start again as a new hire into it (按新上岗): 待上岗, with a new
     * onboarding. Any other class change of someone out of the post is refused.
     */
    public static boolean returnsToPost(EmployeeStatus status, SecrecyClass oldClass, SecrecyClass newClass) {
        return status == EmployeeStatus.LEFT_POST && newClass.isSecretRelated() && oldClass != newClass
                && !oldClass.isLoweredTo(newClass);
    }

    /**
     * {@link #onChange(String, SecrecyClass, String, SecrecyClass)} for a person of this status: someone out of the
     * post (离岗, 离职) is given nothing, and a hire not yet in post (待上岗) no transfer programme — their onboarding,
     * still open, asks for the duties of the post as corrected.
     */
    public static Optional<TrainingCall> onChange(EmployeeStatus status, String oldPost, SecrecyClass oldClass,
                                                  String newPost, SecrecyClass newClass) {
        if (returnsToPost(status, oldClass, newClass)) {
            return Optional.of(ONBOARDING);
        }
        if (status != EmployeeStatus.ONBOARDING && status != EmployeeStatus.ACTIVE) {
            return Optional.empty();
        }
        return onChange(oldPost, oldClass, newPost, newClass)
                .filter(call -> call != TRANSFER || status == EmployeeStatus.ACTIVE);
    }
}
