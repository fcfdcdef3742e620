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

    /** Shows the refusal as warnings (when a page opens on a step that cannot be taken yet). */
    public static void warn(Messages messages, StepRefusedException refused) {
        for (Missing missing : refused.missing()) {
            messages.warn(key(refused, missing), missing.owed());
        }
    }
}
