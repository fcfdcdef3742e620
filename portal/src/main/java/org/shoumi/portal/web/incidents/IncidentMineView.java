package org.shoumi.portal.web.incidents;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.shoumi.portal.incidents.boundary.Incidents;
import org.shoumi.portal.incidents.boundary.Rows;
import org.shoumi.portal.web.shared.Times;

/** The named reports of the login, with where each stands (anonymous reports are nobody's to follow). */
@Named
@RequestScoped
public class IncidentMineView {

    @Inject
    Incidents incidents;

    @Inject
    ExternalContext external;

    @Inject
    Times times;

    private List<Rows.Mine> reports;

    @PostConstruct
    void init() {
        reports = incidents.mine(external.getRemoteUser());
    }

    public List<Rows.Mine> getReports() {
        return reports;
    }

    public String time(Instant at) {
        return times.format(at);
    }
}
