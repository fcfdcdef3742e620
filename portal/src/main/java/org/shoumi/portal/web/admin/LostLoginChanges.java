package org.shoumi.portal.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shoumi.portal.evidence.boundary.ChainWatch;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.RollbackWarnings;
import org.shoumi.portal.web.shared.Times;

/**
 * The warning on the pages of login changes (the administrator's 登录权限 and the auditor's 登录与权限变更记录) once the
 * database was found gone back to an earlier copy ({@link ChainWatch}'s rollbacks): the record says it is never
 * changed, but a restore undoes every role change, password reset and lock lift made after the copy, and a withdrawn
 * role comes back (found by an outside check). The records page shows it too: the downloads log (导出记录) loses the
 * downloads made after the copy (outside check). One line per rollback, newest first, naming when it was found and,
 * when the chain still holds it, the time of the newest entry of the copy put back.
 */
@Named
@RequestScoped
public class LostLoginChanges {

    @Inject
    ChainWatch watch;

    @Inject
    Messages messages;

    @Inject
    Times times;

    private List<String> warnings;

    public List<String> getWarnings() {
        if (warnings == null) {
            warnings = watch.losses().stream()
                    .map(loss -> RollbackWarnings.text(loss, "logins.rollback.warning", messages, times)).toList();
        }
        return warnings;
    }
}
