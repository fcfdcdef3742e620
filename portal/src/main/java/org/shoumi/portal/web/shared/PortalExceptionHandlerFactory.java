package org.shoumi.portal.web.shared;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a page does with a request it cannot handle, instead of the 500 page:
 * <ul>
 * <li>a view state that cannot be restored (forged, from another server, malformed) is an expired view: the
 * expired-page tells the user to reload, as for a view that timed out;</li>
 * <li>a form whose values fail while they are read or checked (a tampered select, a value no converter knows) and
 * a change that met someone else's at the same moment (an optimistic-lock conflict) are answered on the same page,
 * opened again, with a message saying so; nothing of the request was saved.</li>
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
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                ExceptionQueuedEventContext event = events.next().getContext();
                Throwable failure = event.getException();
                PhaseId phase = event.getPhaseId();
                if (phase == PhaseId.RESTORE_VIEW && !causedBy(failure, ViewExpiredException.class)) {
                    events.remove();
                    LOG.log(Level.INFO, "a view state that could not be restored, answered as an expired view", failure);
                    throw new FacesException(new ViewExpiredException("the page's state could not be restored",
                            failure, faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId()));
                }
                String key = null;
                if (READING_THE_FORM.contains(phase) && !causedBy(failure, ViewExpiredException.class)) {
                    key = "common.formRejected";
                } else if (causedBy(failure, jakarta.persistence.OptimisticLockException.class)
                        || causedBy(failure, jakarta.persistence.PessimisticLockException.class)) {
                    key = "common.changedMeanwhile";
                }
                if (key != null && faces.getViewRoot() != null && !faces.getResponseComplete()) {
                    events.remove();
                    LOG.log(Level.INFO, "answered with a message (" + key + ") instead of the error page", failure);
                    sameViewAgain(faces, key);
                }
            }
            getWrapped().handle();
        }

        private static void sameViewAgain(FacesContext faces, String key) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, faces.getViewRoot().getLocale());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, bundle.getString(key), null));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            String url = faces.getApplication().getViewHandler().getRedirectURL(faces,
                    faces.getViewRoot().getViewId(), Map.of(), true);
            try {
                faces.getExternalContext().redirect(url);
            } catch (IOException e) {
                throw new FacesException(e);
            }
            faces.responseComplete();
        }

        private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
            Map<Throwable, Boolean> seen = new IdentityHashMap<>();
            for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
            return false;
        }
    }
}
