package org.shoumi.portal.web.employees;

import java.util.List;
import org.shoumi.portal.employees.boundary.ChangeOutcome;
import org.shoumi.portal.employees.boundary.OpenProgrammesAsked;
import org.shoumi.portal.web.shared.Messages;

/**
 * The programmes a change of record closed, named as the answer says them: a campaign or plan item by its title and
 * code, another programme by its kind. An onboarding closed by a correction (上岗前更正) is said by the correction's
 * own message and left out here. The plan items a change gave are named the same way ({@link #opened}).
 */
final class ClosedProgrammes {

    private ClosedProgrammes() {
    }

    /** The names, joined by the list separator; empty when the change closed none. */
    static String of(ChangeOutcome done, Messages messages) {
        List<String> names = done.closedProgrammes().stream()
                .filter(p -> !(done.trainingClosed() && p.campaignCode() == null))
                .map(p -> name(p, messages)).toList();
        return String.join(messages.text("common.listSeparator"), names);
    }

    /** The plan items the change gave, joined by the list separator; empty when it gave none. */
    static String opened(ChangeOutcome done, Messages messages) {
        return String.join(messages.text("common.listSeparator"), done.openedProgrammes().stream()
                .map(p -> name(p, messages)).toList());
    }

    private static String name(OpenProgrammesAsked.Programme p, Messages messages) {
        if (p.campaignCode() == null) {
            return messages.text("enum.ProgrammeKind." + p.kind());
        }
        return messages.text("employees.change.closedProgramme", p.campaignTitle() == null ? p.campaignCode()
                : p.campaignTitle(), p.campaignCode());
    }
}
