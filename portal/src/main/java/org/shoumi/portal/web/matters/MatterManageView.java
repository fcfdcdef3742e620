package org.shoumi.portal.web.matters;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.shoumi.portal.matters.boundary.MatterRow;
import org.shoumi.portal.matters.boundary.Matters;
import org.shoumi.portal.matters.entity.MatterDecision;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.Allowed;
import org.shoumi.portal.web.shared.CurrentPerson;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.ChangesNothing;
import org.shoumi.portal.web.shared.NotFound;
import org.shoumi.portal.web.shared.Times;

/**
 * Every major-matter report for the secrecy office, open ones first; the report named in the address
 * ({@code ?id=}) with its steps, and acknowledging it or recording the decision. Auditors read only.
 */
@Named
@ViewScoped
public class MatterManageView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String REFUSED = "matters.refused.";

    @Inject
    Matters matters;

    @Inject
    ExternalContext external;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    @Inject
    Times times;

    private List<MatterRow> reports = List.of();
    private Long id;
    private MatterRow selected;
    private MatterDecision decision;
    private String decisionText;

    @PostConstruct
    void init() {
        reports = matters.all();
    }

    /** View action: the report named in the address; 404 for one that does not exist. */
    @ChangesNothing
    public void load() throws IOException {
        if (id == null) {
            selected = null;
            return;
        }
        selected = matters.find(id, external.getRemoteUser(), true).orElse(null);
        if (selected == null) {
            NotFound.answer(external);
        }
    }

    @Allowed(Role.SECRECY_OFFICER)
    public String acknowledge() {
        if (selected == null) {
            return actions.reopen("/matters/manage" + (id == null ? "" : "?id=" + id));
        }
        if (!getMayAct() || selected == null) {
            return null;
        }
        return actions.run(() -> matters.acknowledge(selected.id(), external.getRemoteUser()), "matters.acknowledged",
                "/matters/manage?id=" + selected.id(), REFUSED);
    }

    @Allowed(Role.SECRECY_OFFICER)
    public String decide() {
        if (selected == null) {
            return actions.reopen("/matters/manage" + (id == null ? "" : "?id=" + id));
        }
        if (!getMayAct() || selected == null) {
            return null;
        }
        // a move out of the secret-related post is HR's to carry out: the page says whether HR was told
        return actions.attempt(() -> {
            int hrTold = matters.decide(selected.id(), decision, decisionText, external.getRemoteUser());
            messages.info(decision != MatterDecision.TRANSFER_OUT_OF_SECRET_POST ? "matters.decided"
                    : hrTold > 0 ? "matters.decidedTransfer" : "matters.decidedTransferNoHr");
            return Actions.redirect("/matters/manage?id=" + selected.id());
        }, REFUSED);
    }

    /** Only the secrecy office acknowledges and decides; auditors read. */
    public boolean getMayAct() {
        return external.isUserInRole("SECRECY_OFFICER");
    }

    /**
     * Whether the chosen report is the login's own: its forms are not offered then (another officer handles it; the
     * form was offered and pressing it was refused, outside check), a note says so instead.
     */
    public boolean getOwn() {
        return selected != null && currentPerson.employeeNo().map(selected.employeeNo()::equals).orElse(false);
    }

    public String time(Instant at) {
        return times.format(at);
    }

    public MatterDecision[] getDecisions() {
        return MatterDecision.values();
    }

    public List<MatterRow> getReports() {
        return reports;
    }

    public MatterRow getSelected() {
        return selected;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MatterDecision getDecision() {
        return decision;
    }

    public void setDecision(MatterDecision decision) {
        this.decision = decision;
    }

    public String getDecisionText() {
        return decisionText;
    }

    public void setDecisionText(String decisionText) {
        this.decisionText = decisionText;
    }
}
