package org.shoumi.portal.web.shared;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page's view action that finds nothing to show (an unknown id, someone else's record): answers 404 with the
 * portal's error page and ends the Faces request there. Without ending it, Faces went on to render the page into
 * the response the error page had already committed, and the server logged an error with a stack trace
 * (SRVE0157E) for every such request, an id-guessing visitor's included.
 */
public final class NotFound {

    private NotFound() {
    }

    public static void answer(ExternalContext external) throws IOException {
        // taken first: the container renders the error page (a Faces page) inside sendError, and that request's
        // context, when it ends, leaves no current context behind for this one
        FacesContext faces = FacesContext.getCurrentInstance();
        external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        faces.responseComplete();
    }
}
