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
    EvidenceLog evidence;

    private EvidenceLog.ChainState state;

    private Verification verification;

    @Inject
    org.shoumi.portal.evidence.boundary.ChainWatch watch;

    private String hash;
    private EvidenceLog.Found found;
    private boolean missing;
    private boolean noHash;
    private boolean malformed;
    private boolean wrongLength;
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
        // pasted with spaces around it (as copied from a note or a table cell): the hash itself is
        // looked up; the field was cut at 64 characters and answered nothing (outside check)
        String typed = org.shoumi.content.text.Texts.clean(hash);
        hash = typed;
        // a value that cannot be a noted hash is said so, not answered with the alarm for a chain cut back (outside
        // check: "zzzz" and eight digits were told to report to the secrecy bureau); a run of hex digits of the
        // wrong length is told the length it needs, not that a hash holds only 0-9 and a-f
        // nothing typed is asked for a hash, not told what a hash holds (outside check)
        noHash = typed == null;
        malformed = !noHash && !typed.matches("[0-9a-fA-F]+");
        wrongLength = !noHash && !malformed && !EvidenceLog.looksLikeHash(typed);
        found = noHash || malformed || wrongLength ? null : evidence.find(typed).orElse(null);
        missing = !noHash && !malformed && !wrongLength && found == null;
        // the chain as it stands now, so that "grown since" compares with its present length
        state = found == null ? state : evidence.state();
    }

    /** Nothing was typed (or only spaces): a hash is asked for. */
    public boolean isNoHash() {
        return noHash;
    }

    public boolean isMalformed() {
        return malformed;
    }

    /** Hex digits, but neither a whole hash (64) nor a prefix of at least 16. */
    public boolean isWrongLength() {
        return wrongLength;
    }

    /** How many characters the value looked up has (for the message on a wrong length). */
    public int getTypedLength() {
        return hash == null ? 0 : hash.length();
    }

    /** Whether the hash found is the chain's newest entry: nothing was recorded since. */
    public boolean isFoundLatest() {
        return found != null && found.sequence() >= getState().length();
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
