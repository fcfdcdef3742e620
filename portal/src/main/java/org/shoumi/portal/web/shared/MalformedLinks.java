package org.shoumi.portal.web.shared;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A page opened with a parameter its view cannot read ({@code result.xhtml?attempt=abc}, {@code sign.xhtml?kind=XYZ}
 * — a link cut short, mistyped or tampered with) is answered 404 with the portal's error page, as the same page is
 * for an id that does not exist. Faces would otherwise skip the page's view action, leave the parameter unset and
 * render the page empty ("null 分 不合格" on the result page), with its converter's English message shown nowhere.
 * Only for a page being opened (GET); a form's own values are checked on the form, with messages beside them.
 *
 * <p>The Faces request ends here, with nothing written, and {@link SecurityHeadersFilter} sends the 404 once it is
 * over: sending it from inside the lifecycle renders the error page (a Faces page itself) in the middle of this
 * request, which then finishes its phase without a current Faces context.
 */
public class MalformedLinks implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** The request attribute that asks {@link SecurityHeadersFilter} for a 404 after the Faces request. */
    static final String NOT_FOUND = MalformedLinks.class.getName() + ".notFound";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() && faces.isValidationFailed() && !faces.getResponseComplete()) {
            faces.getExternalContext().getRequestMap().put(NOT_FOUND, Boolean.TRUE);
            faces.responseComplete();
        }
    }
}
