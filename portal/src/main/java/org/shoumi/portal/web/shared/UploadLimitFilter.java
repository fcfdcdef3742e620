package org.shoumi.portal.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A form posted with a file larger than the servlet's multipart limit (web.xml, {@value #MAX_REQUEST_BYTES}
 * bytes) is answered before Faces sees it: the container could not read such a form at all, so Faces rendered the
 * page afresh, without a word and with everything typed gone. The answer now sends the browser back to the page
 * with a message that names the limit (nothing was saved). Files between a page's own limit (5 MB) and this one
 * reach the page, whose file check refuses them beside the field and keeps what was typed.
 */
@WebFilter(filterName = "uploadLimit", urlPatterns = "*.xhtml")
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The Faces servlet's {@code max-request-size} in web.xml (UploadLimitFilterTest keeps the two equal). */
    public static final long MAX_REQUEST_BYTES = 22_020_096L;

    /** Read and thrown away before answering, so that the browser is not cut off mid-send and shows the answer. */
    private static final long MAX_DRAINED_BYTES = 64L * 1024 * 1024;

    @Inject
    transient LocaleSelection localeSelection;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!tooLarge(request.getMethod(), request.getContentType(), request.getContentLengthLong())) {
            chain.doFilter(request, response);
            return;
        }
        drain(request);
        Locale locale = localeSelection.getLocale();
        PendingMessages.keep(request.getSession(), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text(locale, "upload.tooLarge", MAX_REQUEST_BYTES / (1024 * 1024)), null));
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getRequestURI() + (query == null ? "" : "?" + query));
    }

    /** A multipart post whose declared length is over the limit. */
    static boolean tooLarge(String method, String contentType, long contentLength) {
        return "POST".equals(method) && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                && contentLength > MAX_REQUEST_BYTES;
    }

    private static void drain(HttpServletRequest request) {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        try (InputStream in = request.getInputStream()) {
            for (int n = in.read(buffer); n >= 0 && read < MAX_DRAINED_BYTES; n = in.read(buffer)) {
                read += n;
            }
        } catch (IOException gone) {
            // the browser stopped sending: the answer below is all it can get
        }
    }
}
