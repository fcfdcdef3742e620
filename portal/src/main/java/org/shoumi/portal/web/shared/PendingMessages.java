package org.shoumi.portal.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

/**
 * Messages that must survive the redirect of Post/Redirect/Get ("已批准。脱密期至 …" after approving). They wait
 * in the session and are shown by the next page this session renders: the page after the redirect, or the posted
 * page itself when it renders its own answer (then they are not shown twice; see {@link #take}). Not MyFaces' flash: it hands its
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
        @SuppressWarnings("unchecked")
        Queue<FacesMessage> queue = (Queue<FacesMessage>) pending;
        take(queue, faces.getMessageList(), faces.isPostback()).forEach(m -> faces.addMessage(null, m));
    }

    /**
     * What a page about to render takes from the session's pending messages, and shows besides its own
     * ({@code present}). Its own are taken and not shown again. A page opened by an address (the page after a
     * redirect) takes the rest too; a posted page rendering its own answer leaves them for the page they were
     * kept for: two tabs of one session posting at once showed each other's answers — "系统繁忙，这一步没有保存"
     * beside the answer that was saved (outside check).
     */
    static List<FacesMessage> take(Queue<FacesMessage> pending, List<FacesMessage> present, boolean postback) {
        List<FacesMessage> shown = new ArrayList<>();
        for (FacesMessage message : List.copyOf(pending)) {
            boolean own = present.stream().anyMatch(m -> m == message);
            if (own) {
                pending.remove(message);
            } else if (!postback && pending.remove(message) && Stream.concat(present.stream(), shown.stream())
                    .noneMatch(m -> Objects.equals(m.getSummary(), message.getSummary())
                            && m.getSeverity() == message.getSeverity())) {
                shown.add(message);
            }
        }
        return shown;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing: what was pending has been shown
    }
}
