package org.shoumi.portal.web.departures;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.shoumi.portal.departures.boundary.Departures;
import org.shoumi.portal.departures.boundary.PeriodNotices;
import org.shoumi.portal.departures.boundary.RestrictionRow;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.Allowed;
import org.shoumi.portal.web.shared.ChangesNothing;
import org.shoumi.portal.web.shared.Messages;

/**
 * People under a running 脱密期. {@code ?within=N} narrows the list to periods ending within N days (the form
 * proposes 90); without it everyone restricted today is listed.
 */
@Named
@ViewScoped
public class RestrictionListView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the filter proposes: periods ending within the next 90 days. */
    static final int DEFAULT_WITHIN_DAYS = 90;

    @Inject
    Departures departures;

    @Inject
    PeriodNotices notices;

    @Inject
    Messages messages;

    private Integer within;
    private Integer withinInput = DEFAULT_WITHIN_DAYS;
    private List<RestrictionRow> rows;

    @ChangesNothing
    public void load() {
        if (within != null) {
            within = Math.max(0, within);
            withinInput = within;
        }
        rows = departures.restricted(within);
    }

    @ChangesNothing
    public String filter() {
        return Actions.redirect("/departures/restrictions.xhtml?within=" + Math.max(0, withinInput));
    }

    /** HR or a secrecy officer sends the 脱密期 notices owed today now, instead of waiting for the hourly run. */
    @Allowed({Role.HR, Role.SECRECY_OFFICER})
    public String sendNotices() {
        PeriodNotices.Run run = notices.sendDue();
        messages.info("restrictions.notices.sent", run.sent(), run.withoutAddress(), run.failed());
        if (run.failed() > 0) {
            messages.warn("mail.failed", run.failed());
        }
        return Actions.redirect("/departures/restrictions.xhtml");
    }

    public List<RestrictionRow> getRows() {
        return rows;
    }

    public Integer getWithin() {
        return within;
    }

    public void setWithin(Integer within) {
        this.within = within;
    }

    public Integer getWithinInput() {
        return withinInput;
    }

    public void setWithinInput(Integer withinInput) {
        this.withinInput = withinInput;
    }
}
