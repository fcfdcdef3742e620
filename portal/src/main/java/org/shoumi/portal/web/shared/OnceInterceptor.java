package org.shoumi.portal.web.shared;

import jakarta.annotation.Priority;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a {@link Once} action once per post: the page's view state and every field sent make the post's fingerprint,
 * kept in the session ({@link SentForms}). A second post with the same fingerprint, at the same time or later, is
 * answered "already sent, not recorded again" and the action does not run. An action that ends with an error message
 * (a refusal, a field to mend) forgets its fingerprint, so the same form can be sent again once mended; and a page
 * sent again after it was drawn anew carries a new view state, so it is a new post.
 */
@Once
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 10)
public class OnceInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The request attribute that marks a post answered "already sent" ({@link #isRepeat}). */
    private static final String REPEAT = OnceInterceptor.class.getName() + ".repeat";

    @Inject
    SentForms sent;

    @Inject
    Messages messages;

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return invocation.proceed();
        }
        String fingerprint = fingerprint(invocation.getMethod().toGenericString(),
                faces.getExternalContext().getRequestParameterValuesMap());
        if (!sent.claim(fingerprint)) {
            messages.warn("common.alreadySent");
            faces.getExternalContext().getRequestMap().put(REPEAT, Boolean.TRUE);
            return null;
        }
        boolean kept = false;
        try {
            Object outcome = invocation.proceed();
            FacesMessage.Severity worst = faces.getMaximumSeverity();
            kept = worst == null || worst.compareTo(FacesMessage.SEVERITY_ERROR) < 0;
            return outcome;
        } finally {
            if (!kept) {
                sent.release(fingerprint);
            }
        }
    }

    /**
     * Whether this request is a post answered "already sent": its page's beans may have ended with the first post
     * (which left the page), and the page that reopens says that note only, not that the page had expired.
     */
    public static boolean isRepeat(FacesContext faces) {
        return Boolean.TRUE.equals(faces.getExternalContext().getRequestMap().get(REPEAT));
    }

    /** The action and every parameter of the post, in a stable order, as a SHA-256. */
    static String fingerprint(String action, Map<String, String[]> parameters) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(action.getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String[]> p : new TreeMap<>(parameters).entrySet()) {
                digest.update((byte) 0);
                digest.update(p.getKey().getBytes(StandardCharsets.UTF_8));
                for (String value : p.getValue()) {
                    digest.update((byte) 1);
                    digest.update(value.getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
