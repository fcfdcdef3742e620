package org.shoumi.portal.web.incidents;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.incidents.boundary.Incidents;
import org.shoumi.portal.incidents.boundary.Rows;

/** The named reports of the login, with where each stands (anonymous reports are nobody's to follow). */
@Named
@RequestScoped
public class IncidentMineView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Incidents incidents;

    @Inject
    ExternalContext external;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    private List<Rows.Mine> reports;

    @PostConstruct
    void init() {
        reports = incidents.mine(external.getRemoteUser());
    }

    public List<Rows.Mine> getReports() {
        return reports;
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ZoneId.of(zone)));
    }
}
