package org.shoumi.portal.web.audit;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.cdi.ViewScoped;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.control.Verification;
import org.shoumi.portal.web.shared.ChangesNothing;

/** The auditor's view of the evidence log: its length and last hash, and verification on demand. */
@Named
@ViewScoped
public class EvidenceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EvidenceLog evidence;

    private EvidenceLog.ChainState state;

    private Verification verification;

    public EvidenceLog.ChainState getState() {
        if (state == null) {
            state = evidence.state();
        }
        return state;
    }

    @ChangesNothing
    public void verify() {
        verification = evidence.verify();
        state = new EvidenceLog.ChainState(verification.chainLength(), verification.lastHash());
    }

    public Verification getVerification() {
        return verification;
    }
}
