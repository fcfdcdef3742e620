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

    @Inject
    transient org.shoumi.portal.evidence.boundary.ChainWatch watch;

    private String hash;
    private EvidenceLog.Found found;
    private boolean missing;
    private boolean malformed;
    private transient java.util.List<org.shoumi.portal.evidence.entity.EvidenceRollback> rollbacks;

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

    /**
     * Looks up a hash the auditor noted earlier: where it stands in the chain, or that the chain no longer holds it
     * (cut back or replaced since, as by restoring an earlier backup; verification alone cannot tell).
     */
    @ChangesNothing
    public void find() {
        // a value that cannot be a noted hash is said so, not answered with the alarm for a chain cut back (outside
        // check: "zzzz" and eight digits were told to report to the secrecy bureau)
        malformed = !EvidenceLog.looksLikeHash(hash);
        found = malformed ? null : evidence.find(hash).orElse(null);
        missing = !malformed && found == null;
    }

    public boolean isMalformed() {
        return malformed;
    }

    public String getHash() {
        return hash;
    }

    public void setHash(String hash) {
        this.hash = hash;
    }

    public EvidenceLog.Found getFound() {
        return found;
    }

    public boolean isMissing() {
        return missing;
    }

    /** The times the database was found gone back to an earlier state, newest first. */
    public java.util.List<org.shoumi.portal.evidence.entity.EvidenceRollback> getRollbacks() {
        if (rollbacks == null) {
            rollbacks = watch.rollbacks();
        }
        return rollbacks;
    }
}
