package org.shoumi.portal.web.shared;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.logging.Logger;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * A form post without the CSP nonce of its page (PrimeFaces' CSP mode; a browser always sends it back, so the post is
 * forged or mangled) is refused before its values are read, hence before any action runs: 400 with one line of text
 * and one line in the log. PrimeFaces checks the nonce only when the answer is rendered, after the action: a role
 * grant posted without it was stored and then answered "nothing was saved", and wrong passwords posted so to the
 * login page still counted and locked the login (outside check). Here the same check (PrimeFaces' own) runs first.
 */
public class FormNonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FormNonceCheck.class.getName());

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.APPLY_REQUEST_VALUES;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getResponseComplete() || faces.getViewRoot() == null
                || !(faces.isPostback() || faces.getPartialViewContext().isAjaxRequest())
                || !PrimeApplicationContext.getCurrentInstance(faces).getConfig().isCsp()) {
            return;
        }
        try {
            // compares the nonce sent with the one the page was drawn with (kept in its view), as PrimeFaces does
            // when it renders the answer; the answer then uses the same one
            PrimeFacesContext.getCspState(faces).getNonce();
        } catch (CspException refused) {
            // the same line as the exception handler's, which answered it before (after the action)
            LOG.warning(() -> "A form post without its page's nonce was refused (400): "
                    + ((jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest())
                            .getRequestURI());
            PortalExceptionHandlerFactory.Handler.refuse(faces);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }
}
