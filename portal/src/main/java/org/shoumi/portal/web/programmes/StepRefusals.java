package org.shoumi.portal.web.programmes;

import org.shoumi.portal.programmes.boundary.StepRefusedException;
import org.shoumi.portal.programmes.control.ProgrammeRules.Missing;
import org.shoumi.portal.web.shared.Messages;

/**
 * Turns a step refused for coming too early into messages by bundle key, one per earlier step still missing:
 * {@code programme.refused.<programme>.<step refused>.<step missing>}, with the readings still owed as {0}.
 */
public final class StepRefusals {

    private StepRefusals() {
    }

    /** The key of the message for one missing step. */
    public static String key(StepRefusedException refused, Missing missing) {
        return "programme.refused." + refused.programme().name() + "." + refused.step().name() + "."
                + missing.kind().name();
    }

    /** Shows the refusal as errors (after the person pressed a button). */
    public static void show(Messages messages, StepRefusedException refused) {
        for (Missing missing : refused.missing()) {
            messages.error(key(refused, missing), missing.owed());
        }
    }

    /**
     * One step still to do before a held-back step may be taken, as a page lists it: the refusal's sentence
     * ({@code programme.refused.…}), the short to-do ({@code pledge.waiting.<programme>.<step>}), the readings still owed
     * ({0} of both) and the step's target (the exam's code for a quiz step).
     */
    public record Waiting(String refusalKey, String todoKey, int owed, String kind, String target)
            implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The steps a refusal names, as {@link Waiting} lines in their order; empty for none. */
    public static java.util.List<Waiting> waiting(java.util.Optional<StepRefusedException> refused) {
        return refused.map(r -> r.missing().stream().map(m -> new Waiting(key(r, m),
                "pledge.waiting." + r.programme().name() + "." + m.kind().name(), m.owed(), m.kind().name(),
                m.target())).toList()).orElse(java.util.List.of());
    }

    /** Shows the refusal as warnings (when a page opens on a step that cannot be taken yet). */
    public static void warn(Messages messages, StepRefusedException refused) {
        for (Missing missing : refused.missing()) {
            messages.warn(key(refused, missing), missing.owed());
        }
    }
}
