package org.shoumi.portal.web.shared;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.servlet.RequestDispatcher;

/**
 * The response buffer's size is a hint that Faces gives before it renders a page (FACELETS_BUFFER_SIZE), and Liberty
 * refuses it once anything was written. That is the case when an error page renders after a page failed half-way
 * (its output was discarded, but written) or after a refusal whose status the container wrote first (403): Faces
 * then failed on the hint and the user got an empty page ("SRVE0157E: setBufferSize() called after first write").
 * The hint is dropped on an error page, and wherever Liberty refuses it; the buffer keeps the size it has.
 */
public class BufferHintExternalContextFactory extends ExternalContextFactory {

    public BufferHintExternalContextFactory(ExternalContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExternalContext getExternalContext(Object context, Object request, Object response) throws FacesException {
        return new ExternalContextWrapper(getWrapped().getExternalContext(context, request, response)) {
            @Override
            public void setResponseBufferSize(int size) {
                if (getRequestMap().containsKey(RequestDispatcher.ERROR_STATUS_CODE)) {
                    return; // an error page: Liberty would log SRVE0157E before refusing
                }
                try {
                    super.setResponseBufferSize(size);
                } catch (IllegalStateException written) {
                    // written to already: an error page after a failure; the hint no longer matters
                }
            }
        };
    }
}
