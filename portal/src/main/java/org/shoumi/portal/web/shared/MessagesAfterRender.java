package org.shoumi.portal.web.shared;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * {@link Messages} keeps every message for the next request, so that it survives the redirect of
 * Post/Redirect/Get. A request that renders its own response shows its messages itself: they must not be
 * shown a second time on the next page. So once a page has been rendered, nothing is carried over any more.
 * (After, not before, rendering: MyFaces brings the messages of a redirect back while the page renders.)
 */
public class MessagesAfterRender implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing: the messages of a redirect are restored during rendering
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        event.getFacesContext().getExternalContext().getFlash().setKeepMessages(false);
    }
}
