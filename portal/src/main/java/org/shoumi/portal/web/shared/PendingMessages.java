package org.shoumi.portal.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Messages that must survive the redirect of Post/Redirect/Get ("已批准。脱密期至 …" after approving). They wait
 * in the session and are shown by the next page this session renders: the page after the redirect, or the posted
 * page itself when it renders its own answer (then they are not shown twice). Not MyFaces' flash: it hands its
 * messages from request to request by a token cookie that every Faces request of the session rotates, and browser
 * tests lost a message now and then after a redirect although the action had been done.
 */
public class PendingMessages implements PhaseListener {

    private static final long serialVersionUID = 1L;
    static final String KEY = PendingMessages.class.getName();

    /** Keeps a message (already added to this request) for the page that renders next in this session. */
    @SuppressWarnings("unchecked")
    public static void keep(FacesContext faces, FacesMessage message) {
        Queue<FacesMessage> pending = (Queue<FacesMessage>) faces.getExternalContext().getSessionMap()
                .computeIfAbsent(KEY, k -> new ConcurrentLinkedQueue<FacesMessage>());
        pending.add(message);
    }

    /**
     * The same from outside Faces (a servlet answering a page's script): kept in this session for the page it
     * opens next. Set again after the change, so that a distributed session cache stores it.
     */
    @SuppressWarnings("unchecked")
    public static void keep(jakarta.servlet.http.HttpSession session, FacesMessage message) {
        Object held = session.getAttribute(KEY);
        Queue<FacesMessage> pending = held instanceof Queue<?> queue ? (Queue<FacesMessage>) queue
                : new ConcurrentLinkedQueue<>();
        pending.add(message);
        session.setAttribute(KEY, pending);
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getExternalContext().getSession(false) == null
                || !(faces.getExternalContext().getSessionMap().get(KEY) instanceof Queue<?> pending)) {
            return;
        }
        for (Object next = pending.poll(); next != null; next = pending.poll()) {
            FacesMessage message = (FacesMessage) next;
            boolean shown = faces.getMessageList().stream().anyMatch(m -> m == message
                    || (Objects.equals(m.getSummary(), message.getSummary()) && m.getSeverity() == message.getSeverity()));
            if (!shown) {
                faces.addMessage(null, message);
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing: what was pending has been shown
    }
}
