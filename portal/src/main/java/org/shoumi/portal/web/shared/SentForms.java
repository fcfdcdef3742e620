package org.shoumi.portal.web.shared;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fingerprints of the {@link Once} posts this session has sent, the newest {@value #KEPT}: enough for any page a
 * person still has open, small in the session (and in the cluster's session cache).
 */
@SessionScoped
public class SentForms implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int KEPT = 200;

    private final LinkedHashMap<String, Boolean> sent = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > KEPT;
        }
    };

    /** Takes the fingerprint for a post about to run; false when the same post was sent already (or runs now). */
    public synchronized boolean claim(String fingerprint) {
        return sent.putIfAbsent(fingerprint, Boolean.TRUE) == null;
    }

    /** Gives the fingerprint back: the post did not record anything, so it may be sent again. */
    public synchronized void release(String fingerprint) {
        sent.remove(fingerprint);
    }
}
