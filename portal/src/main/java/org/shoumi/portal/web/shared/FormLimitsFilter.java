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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * What the container cannot read, or should not be asked to read, is answered before Faces sees it, with the browser
 * sent back to its page and a message saying nothing was saved:
 * <ul>
 * <li>a form posted with a file larger than the servlet's multipart limit (web.xml, {@value #MAX_REQUEST_BYTES}
 * bytes): the container could not read it, so Faces rendered the page afresh, without a word and with everything
 * typed gone. Files between a page's own limit (5 MB) and this one reach the page, whose file check refuses them
 * beside the field and keeps what was typed;</li>
 * <li>a form without a file larger than {@value #MAX_FORM_BYTES} bytes, or of a length not declared: no page of the
 * portal sends one that large (its longest field, a document's text, is well below), and the container kept such a
 * body whole in memory and the page sent the refused text back, so that three posts of 100 MB to the login form ran
 * the server out of memory (outside check);</li>
 * <li>a form with more fields than the container reads (10,000): it answered with the error page and an incident
 * report; a form with a file that the container cannot split into its parts (a file over {@value #MAX_FILE_BYTES}
 * bytes, or thousands of parts): Faces rendered the page afresh, empty.</li>
 * </ul>
 * An address that carries the state of a Faces form in its query (jakarta.faces.ViewState, jakarta.faces.partial…)
 * is a form post nobody's page sends as a link: Faces tried to restore a view from it, wrote a stack trace and an
 * incident for every such request, or answered with the name of a PrimeFaces exception. It is sent to the same
 * address without them.
 */
@WebFilter(filterName = "formLimits", urlPatterns = "*.xhtml")
public class FormLimitsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(FormLimitsFilter.class.getName());

    /** The Faces servlet's {@code max-request-size} in web.xml (FormLimitsFilterTest keeps the two equal). */
    public static final long MAX_REQUEST_BYTES = 22_020_096L;

    /** The Faces servlet's {@code max-file-size} in web.xml (FormLimitsFilterTest keeps the two equal). */
    public static final long MAX_FILE_BYTES = 20_971_520L;

    /** The largest form without a file that is read: 4 MB. */
    public static final long MAX_FORM_BYTES = 4L * 1024 * 1024;

    /** Read and thrown away before answering, so that the browser is not cut off mid-send and shows the answer. */
    private static final long MAX_DRAINED_BYTES = 64L * 1024 * 1024;

    /** Why a post is sent back unread. */
    enum Refusal {
        /** a multipart form over the servlet's limit */
        UPLOAD_TOO_LARGE,
        /** a form without a file over {@link #MAX_FORM_BYTES}, or of unknown length */
        FORM_TOO_LARGE
    }

    @Inject
    transient LocaleSelection localeSelection;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (("GET".equals(method) || "HEAD".equals(method)) && carriesFormState(request.getQueryString())) {
            String query = withoutFormState(request.getQueryString());
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getRequestURI() + (query.isEmpty() ? "" : "?" + query));
            return;
        }
        Refusal refusal = refusal(method, request.getContentType(), request.getContentLengthLong());
        if (refusal != null) {
            drain(request);
            LOG.info(() -> "A form of " + request.getContentLengthLong() + " bytes to " + request.getRequestURI()
                    + " was sent back unread (" + refusal + ")");
            sendBack(request, response, refusal == Refusal.UPLOAD_TOO_LARGE
                    ? Messages.text(locale(), "upload.tooLarge", MAX_REQUEST_BYTES / (1024 * 1024))
                    : Messages.text(locale(), "form.tooLarge", MAX_FORM_BYTES / (1024 * 1024)));
            return;
        }
        if (urlEncodedPost(method, request.getContentType()) && !readable(request)) {
            sendBack(request, response, Messages.text(locale(), "form.tooManyFields"));
            return;
        }
        if (refusal == null && multipartPost(method, request.getContentType()) && !partsReadable(request)) {
            sendBack(request, response, Messages.text(locale(), "form.uploadUnreadable",
                    MAX_FILE_BYTES / (1024 * 1024)));
            return;
        }
        chain.doFilter(request, response);
    }

    private Locale locale() {
        return localeSelection.getLocale();
    }

    private static void sendBack(HttpServletRequest request, HttpServletResponse response, String message) {
        PendingMessages.keep(request.getSession(), new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getRequestURI() + (query == null ? "" : "?" + query));
    }

    /** Whether the container can read the form's fields (it refuses more than it allows per request). */
    private static boolean readable(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return true;
        } catch (IllegalStateException | IllegalArgumentException unreadable) {
            LOG.info(() -> "A form to " + request.getRequestURI() + " was sent back unread: "
                    + unreadable.getMessage());
            return false;
        }
    }

    /**
     * Whether the container can read a form with a file: a file over the servlet's {@code max-file-size} in a form
     * under its request limit, or more parts than it reads (about 5,000), made Faces render the page afresh, empty
     * and without a word (outside check).
     */
    private static boolean partsReadable(HttpServletRequest request) {
        try {
            request.getParts();
            return true;
        } catch (IllegalStateException | IOException | ServletException unreadable) {
            LOG.info(() -> "A form with a file to " + request.getRequestURI() + " was sent back unread: "
                    + unreadable.getMessage());
            return false;
        }
    }

    static boolean multipartPost(String method, String contentType) {
        return "POST".equals(method) && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** Why a post is sent back before anything reads it, or null when it is read. */
    static Refusal refusal(String method, String contentType, long contentLength) {
        if (!"POST".equals(method) || contentType == null) {
            return null;
        }
        if (contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return contentLength > MAX_REQUEST_BYTES ? Refusal.UPLOAD_TOO_LARGE : null;
        }
        if (urlEncodedPost(method, contentType)) {
            return contentLength < 0 || contentLength > MAX_FORM_BYTES ? Refusal.FORM_TOO_LARGE : null;
        }
        return null;
    }

    static boolean urlEncodedPost(String method, String contentType) {
        return "POST".equals(method) && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** Whether a query names a parameter of a Faces form post. */
    static boolean carriesFormState(String query) {
        return query != null && Arrays.stream(query.split("&")).anyMatch(FormLimitsFilter::formState);
    }

    /** The query without the parameters of a Faces form post. */
    static String withoutFormState(String query) {
        return Arrays.stream(query.split("&")).filter(p -> !p.isEmpty() && !formState(p))
                .collect(Collectors.joining("&"));
    }

    private static boolean formState(String parameter) {
        String name = parameter.split("=", 2)[0];
        try {
            name = URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // left as it is: a name that does not decode is not a Faces parameter either
        }
        return name.startsWith("jakarta.faces.") || name.startsWith("javax.faces.");
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
