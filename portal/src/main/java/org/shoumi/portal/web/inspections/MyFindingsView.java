package org.shoumi.portal.web.inspections;

import org.shoumi.portal.web.shared.Times;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shoumi.portal.inspections.boundary.Rows;
import org.shoumi.portal.inspections.boundary.SelfInspections;
import org.shoumi.portal.web.shared.Actions;

/** My findings (自查问题整改): what to remediate by when; an open one is reported remediated with a note. */
@Named
@ViewScoped
public class MyFindingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SelfInspections selfInspections;

    @Inject
    ExternalContext external;

    @Inject
    Actions actions;

    @Inject
    Times times;

    private List<Rows.FindingRow> findings;
    private final Map<Long, String> notes = new HashMap<>();

    @PostConstruct
    void load() {
        findings = selfInspections.findingsOf(external.getRemoteUser());
    }

    public String remediate(long findingId) {
        return actions.run(() -> selfInspections.remediate(findingId, external.getRemoteUser(), notes.get(findingId)),
                "inspection.finding.remediated", "/inspections/findings.xhtml", "inspection.refused.");
    }

    public String time(Instant at) {
        return times.format(at);
    }

    public List<Rows.FindingRow> getFindings() {
        return findings;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
