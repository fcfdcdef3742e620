package org.shoumi.portal.web.shared;

import org.shoumi.portal.shared.Causes;
import org.shoumi.portal.shared.TransientConflicts;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * What a page does with a request it cannot handle, instead of the 500 page:
 * <ul>
 * <li>a view that cannot be restored (timed out, forged, from another session, malformed) opens the page again,
 * with what was saved, and a message that the last change may need doing again; for an ajax call (an autosave)
 * too. The servlet error page cannot do this: its {@code Throwable} mapping catches the ServletException that
 * wraps the ViewExpiredException before the more specific mapping is looked at;</li>
 * <li>a form whose values fail while they are read or checked (a tampered select, a value no converter knows) and
 * a change that met someone else's at the same moment (an optimistic-lock conflict) and a step the database rolled
 * back for a passing conflict (a lock timeout, a deadlock) are answered on the same page, opened again, with a
 * message saying so; nothing of the request was saved;</li>
 * <li>a form post without its page's CSP nonce (a forged or hand-made request) is answered 400 with one line in the
 * log.</li>
 * </ul>
 * Everything else goes on to the error page as before.
 */
public class PortalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PortalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(PortalExceptionHandlerFactory.class.getName());
        private static final Set<PhaseId> READING_THE_FORM = Set.of(PhaseId.APPLY_REQUEST_VALUES,
                PhaseId.PROCESS_VALIDATIONS, PhaseId.UPDATE_MODEL_VALUES);

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces == null) {
                // the request was answered already by the container's error page (an action that answered 404 with
                // NotFound, whose page rendering ends this request's Faces context): nothing is left to answer, and
                // the queued events go with the request (it wrote a NullPointerException and an FFDC incident)
                for (Iterator<ExceptionQueuedEvent> left = getUnhandledExceptionQueuedEvents().iterator(); left.hasNext(); ) {
                    left.next();
                    left.remove();
                }
                return;
            }
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                ExceptionQueuedEventContext event = events.next().getContext();
                Throwable failure = event.getException();
                PhaseId phase = event.getPhaseId();
                if (!"POST".equals(((jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest())
                        .getMethod())) {
                    continue; // a page that fails to open goes to the error page: opening it again would loop
                }
                if (Causes.include(failure, CspException.class)) {
                    // a form post without its page's nonce (PrimeFaces' CSP mode; a browser always sends it back):
                    // forged or mangled, not a server error. One line, not the stack trace MyFaces, the web
                    // container and FFDC would each write, so a scan cannot fill the log with them. FormNonceCheck
                    // refuses such a post before its values are read and its action runs; this answers the same
                    // failure should PrimeFaces' own check (as the answer is rendered) meet one all the same
                    events.remove();
                    LOG.warning(() -> "A form post without its page's nonce was refused (400): "
                            + ((jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest())
                                    .getRequestURI());
                    refuse(faces);
                    dropTheRest(events);
                    break;
                }
                if (Causes.include(failure, ViewExpiredException.class) || phase == PhaseId.RESTORE_VIEW) {
                    // expired, forged or from another session: the page is opened again (with what was saved) and
                    // the user told that the last change may need doing again; works for ajax calls (an autosave)
                    // too, as a partial-response redirect
                    events.remove();
                    LOG.log(Level.FINE, "a view that could not be restored is opened again", failure);
                    reopen(faces, pageAgain(faces), "common.expiredReopened");
                    dropTheRest(events);
                    break;
                }
                String key = messageKey(phase, failure);
                if (key != null && faces.getViewRoot() != null && !faces.getResponseComplete()) {
                    events.remove();
                    if ("common.formRejected".equals(key)) {
                        // a form the portal's pages do not send (a forged choice): one line, the trace only at FINE
                        // (a NullPointerException of MyFaces' selection check filled the log; outside check)
                        String view = faces.getViewRoot().getViewId();
                        LOG.info(() -> "a form of " + view + " that could not be read (" + phase
                                + ") was answered with its page and a message");
                        LOG.log(Level.FINE, "the form's failure", failure);
                    } else {
                        LOG.log(Level.INFO, "answered with a message (" + key + ") instead of the error page", failure);
                    }
                    sameViewAgain(faces, key);
                    dropTheRest(events);
                    break;
                }
            }
            getWrapped().handle();
        }

        /**
         * The message a post that failed this way is answered with on its own page, or null for the error page: a
         * form that could not be read, a change that met someone else's, a record stored meanwhile by the same form
         * sent again, or a database that rolled the step back
         * for a passing conflict with other transactions (a lock timeout, a deadlock, Derby's contention on an
         * identity column), which the user may simply do again.
         */
        static String messageKey(PhaseId phase, Throwable failure) {
            if (READING_THE_FORM.contains(phase) && !Causes.include(failure, ViewExpiredException.class)) {
                return "common.formRejected";
            }
            if (Causes.include(failure, jakarta.persistence.OptimisticLockException.class)
                    || Causes.include(failure, jakarta.persistence.PessimisticLockException.class)) {
                return "common.changedMeanwhile";
            }
            if (TransientConflicts.isDuplicateKey(failure)) {
                // the same form sent twice at once (a double click, two tabs): one of them was stored, the other
                // is told so on the page instead of a server error
                return "common.storedMeanwhile";
            }
            return TransientConflicts.isTransient(failure) ? "common.busy" : null;
        }

        /** Once the page is being opened again, later failures of the same request have nothing left to answer. */
        private static void dropTheRest(Iterator<ExceptionQueuedEvent> events) {
            while (events.hasNext()) {
                ExceptionQueuedEvent rest = events.next();
                LOG.log(Level.FINE, "a further failure of the same request", rest.getContext().getException());
                events.remove();
            }
        }

        /**
         * 400 with a line of text in the reader's language, written here: sending the error instead would have the
         * container render the 400 page, a Faces page, inside this failed Faces request (which then answered 200
         * with the page posted).
         */
        static void refuse(FacesContext faces) {
            jakarta.faces.context.ExternalContext external = faces.getExternalContext();
            try {
                if (!external.isResponseCommitted()) {
                    external.responseReset();
                }
                external.setResponseStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
                external.setResponseContentType("text/plain;charset=UTF-8");
                external.getResponseOutputWriter().write(jakarta.enterprise.inject.spi.CDI.current()
                        .select(Messages.class).get().text("error.400.text"));
            } catch (IOException e) {
                throw new FacesException(e);
            }
            faces.responseComplete();
        }

        private static void sameViewAgain(FacesContext faces, String key) {
            reopen(faces, faces.getApplication().getViewHandler().getRedirectURL(faces,
                    faces.getViewRoot().getViewId(), Map.of(), true), key);
        }

        private static void reopen(FacesContext faces, String url, String key) {
            // in the user's language, kept for the page the redirect opens, like every other message
            jakarta.enterprise.inject.spi.CDI.current().select(Messages.class).get().error(key);
            try {
                faces.getExternalContext().redirect(url);
            } catch (IOException e) {
                throw new FacesException(e);
            }
            faces.responseComplete();
        }

        /**
         * The page a post came from: the referring page when it is one of this portal (it has the page's query,
         * such as {@code ?attempt=5}), else the address posted to.
         */
        private static String pageAgain(FacesContext faces) {
            jakarta.servlet.http.HttpServletRequest request =
                    (jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest();
            String referer = sameOriginReferer(request);
            return referer != null ? referer
                    : request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        }

        private static String sameOriginReferer(jakarta.servlet.http.HttpServletRequest request) {
            String referer = request.getHeader("Referer");
            if (referer == null) {
                return null;
            }
            try {
                java.net.URI from = java.net.URI.create(referer);
                String path = from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
                return request.getServerName().equalsIgnoreCase(from.getHost())
                        && LocalPaths.inside(request.getContextPath(), path) ? path : null;
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }

    }
}
