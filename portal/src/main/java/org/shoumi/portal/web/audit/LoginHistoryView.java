package org.shoumi.portal.web.audit;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.shoumi.portal.security.boundary.AccountAdmin;
import org.shoumi.portal.web.admin.LoginChanges;
import org.shoumi.portal.web.shared.ChangesNothing;
import org.shoumi.portal.web.shared.Messages;

/**
 * 登录与权限变更记录 for whoever inspects (auditors, the secrecy office, administrators), read only: every change of
 * what a login may do — a leaver's login ended, roles reduced on a 离岗, a role granted or withdrawn, a lock lifted,
 * a login let in again and what that undid, a directory login's roles — with when, who by name and why; the newest
 * 500, or every change of one login.
 */
@Named
@ViewScoped
public class LoginHistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int MAX = 500;

    @Inject
    AccountAdmin accounts;

    @Inject
    LoginChanges changes;

    @Inject
    Messages messages;

    private String username;
    private List<LoginChanges.Change> rows;

    public List<LoginChanges.Change> getRows() {
        if (rows == null) {
            rows = changes.rows(accounts.changes(username, MAX));
        }
        return rows;
    }

    /** Shows one login's changes (or all, for a blank name); changes nothing. */
    @ChangesNothing
    public String search() {
        rows = null;
        return null;
    }

    /**
     * What the list says without a row: nothing recorded at all, or nothing for the login asked for (a login without
     * changes read "暂无记录", as if the whole record were empty; outside check).
     */
    public String getEmptyMessage() {
        String asked = username == null ? "" : username.strip();
        return asked.isEmpty() ? messages.text("admin.logins.changes.empty")
                : messages.text("audit.logins.noneFor", asked);
    }

    public int getMax() {
        return MAX;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
