package org.shoumi.portal.web.inspections;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.shoumi.portal.inspections.boundary.Rows;
import org.shoumi.portal.inspections.boundary.SelfInspections;
import org.shoumi.portal.inspections.entity.FindingStatus;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.Allowed;
import org.shoumi.portal.web.shared.Times;

/**
 * The findings not closed yet, with owner, due date and overdue flag. A secrecy officer closes a remediated
 * finding or reopens it; auditors only read.
 */
@Named
@ViewScoped
public class OpenFindingsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/inspections/open-findings.xhtml";
    private static final String REFUSED = "inspection.refused.";

    @Inject
    SelfInspections selfInspections;

    @Inject
    ExternalContext external;

    @Inject
    Actions actions;

    @Inject
    Times times;

    private List<Rows.FindingRow> findings;
    private List<Rows.FindingRow> closed;
    private final Map<Long, String> notes = new HashMap<>();

    @PostConstruct
    void load() {
        findings = selfInspections.openFindings();
        closed = selfInspections.closedFindings();
    }

    /** The closed findings with their history (an auditor could not see who closed one, when and why). */
    public List<Rows.FindingRow> getClosed() {
        return closed;
    }

    public boolean isOfficer() {
        return external.isUserInRole("SECRECY_OFFICER");
    }

    @Allowed(Role.SECRECY_OFFICER)
    public String close(long findingId) {
        return actions.run(() -> selfInspections.close(findingId, external.getRemoteUser(), notes.get(findingId)),
                "inspection.finding.closed", PAGE, REFUSED);
    }

    @Allowed(Role.SECRECY_OFFICER)
    public String reopen(long findingId) {
        // the state this page showed: a finding a colleague closed meanwhile is not reopened from a stale page
        FindingStatus seen = findings == null ? FindingStatus.REMEDIATED : findings.stream()
                .filter(f -> f.id() == findingId).map(Rows.FindingRow::status).findFirst()
                .orElse(FindingStatus.REMEDIATED);
        return actions.run(() -> selfInspections.reopen(findingId, external.getRemoteUser(), notes.get(findingId),
                seen), "inspection.finding.reopened", PAGE, REFUSED);
    }

    public long getOverdueCount() {
        return findings.stream().filter(Rows.FindingRow::overdue).count();
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
