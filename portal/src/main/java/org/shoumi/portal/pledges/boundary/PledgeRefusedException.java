package org.shoumi.portal.pledges.boundary;

import org.shoumi.portal.shared.Refused;

/** A signature that was not accepted, and why; nothing was recorded. */
public class PledgeRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        NO_PERSON, NOT_DUE, NO_TEMPLATE, TEXT_CHANGED, WRONG_PASSWORD, LOCKED, NAME_MISMATCH, NO_SIGNATURE,
        EXIT_STEPS_MISSING, VETTING_MISSING, VETTING_NOT_PASSED, SIGNATURE_NOT_NAME,
        /**
         * the onboarding pledge of a person in post raised into 核心 or 重要 (or back in post) waits for the 上岗审查 of
         * that class since a day ({@link #since}, {@link #secrecyClass}): the vetting held before does not count
         */
        VETTING_AFTER_RAISE_MISSING,
        /** a topic pledge of someone who left the post (离岗) or the unit: its text says they work in the post */
        TOPIC_OUT_OF_POST,
        /**
         * a topic pledge of someone whose 离岗 or 离职 is under way: the exit checklist takes their carriers back and the
         * exit pledge says every one was returned
         */
        TOPIC_LEAVING_POST,
        /**
         * a topic pledge issued before the person last left the post (离岗), who was put back on a secret post since:
         * leaving ended it, and a carrier handed out again needs a new issue
         */
        TOPIC_ENDED_BY_LEAVING,
        /** The secrecy office withdrew the topic pledge issue (made by mistake): nothing to sign. */
        TOPIC_WITHDRAWN,
        /**
         * a pledge that commits the signer to the post (the yearly in-post pledge) of someone whose 离岗 or 离职 is under
         * way: they owe the exit pledge, which says every carrier was returned
         */
        LEAVING_POST
    }

    private final Reason reason;
    private final java.util.List<String> missing;
    private java.time.LocalDate since;
    private org.shoumi.portal.employees.entity.SecrecyClass secrecyClass;

    /** {@link Reason#VETTING_AFTER_RAISE_MISSING}: in post in {@code secrecyClass} since {@code since}. */
    public static PledgeRefusedException vettingAwaited(java.time.LocalDate since,
                                                        org.shoumi.portal.employees.entity.SecrecyClass secrecyClass) {
        PledgeRefusedException refused = new PledgeRefusedException(Reason.VETTING_AFTER_RAISE_MISSING);
        refused.since = since;
        refused.secrecyClass = secrecyClass;
        return refused;
    }

    /** For {@link Reason#VETTING_AFTER_RAISE_MISSING}: the day the vetting is awaited from, else null. */
    public java.time.LocalDate since() {
        return since;
    }

    /** For {@link Reason#VETTING_AFTER_RAISE_MISSING}: the class whose vetting is awaited, else null. */
    public org.shoumi.portal.employees.entity.SecrecyClass secrecyClass() {
        return secrecyClass;
    }

    public PledgeRefusedException(Reason reason) {
        this(reason, java.util.List.of());
    }

    /** A refusal because earlier steps are missing: their names (checklist items), in order. */
    public PledgeRefusedException(Reason reason, java.util.List<String> missing) {
        super(reason.name() + (missing.isEmpty() ? "" : " " + missing));
        this.reason = reason;
        this.missing = java.util.List.copyOf(missing);
    }

    /** For {@link Reason#EXIT_STEPS_MISSING}: the exit checklist items still missing, in order. */
    public java.util.List<String> missing() {
        return missing;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
