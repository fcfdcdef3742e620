package org.shoumi.portal.web.shared;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A servlet of the portal (a download, the answer endpoint, the calendar feed, the language switch…), answering
 * the way the portal answers and not as the container does:
 * <ul>
 * <li>a method it does not answer gets the portal's 405 ({@link SecurityHeadersFilter#methodNotAllowed}) with the
 * methods it does answer in {@code Allow}: a GET of the answer endpoint, which takes only its script's POST, got the
 * container's bare English "Error 405: HTTP method GET is not supported by this URL" without an {@code Allow}
 * (outside check), while PUT got the portal's own;</li>
 * <li>{@link #parametersReadable} says whether the container can read the request's parameters: a malformed
 * percent-escape ({@code answer=%ZZ}) made {@code getParameter} throw, and the answer was the system-error page
 * with a stack trace and an FFDC incident (outside check).</li>
 * </ul>
 * The methods a servlet answers are those whose {@code doGet}/{@code doPost} it declares (a GET one answers HEAD
 * too), as {@link HttpServlet#doOptions} works them out.
 */
public abstract class PortalServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Map<String, List<String>> METHODS_BY_CLASS = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        SecurityHeadersFilter.methodNotAllowed(request, response, methodsOf(getClass()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        SecurityHeadersFilter.methodNotAllowed(request, response, methodsOf(getClass()));
    }

    /** 405 as for any method the portal does not answer (the container answered TRACE with its 403 page). */
    @Override
    protected void doTrace(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeadersFilter.methodNotAllowed(request, response, methodsOf(getClass()));
    }

    /**
     * The methods a servlet of the portal answers: GET and HEAD when it declares {@code doGet}, POST when it declares
     * {@code doPost}; for any other class (not a portal servlet), the methods the whole portal answers.
     */
    public static List<String> methodsOf(Class<?> servlet) {
        if (servlet == null || !PortalServlet.class.isAssignableFrom(servlet)) {
            return SecurityHeadersFilter.ALLOWED_METHODS;
        }
        return METHODS_BY_CLASS.computeIfAbsent(servlet.getName(), name -> {
            List<String> methods = new ArrayList<>();
            if (declares(servlet, "doGet")) {
                methods.add("GET");
                methods.add("HEAD");
            }
            if (declares(servlet, "doPost")) {
                methods.add("POST");
            }
            return List.copyOf(methods);
        });
    }

    /** {@link #methodsOf(Class)} by the class's name, as the servlet's registration gives it. */
    static List<String> methodsOf(String className) {
        if (className == null) {
            return SecurityHeadersFilter.ALLOWED_METHODS;
        }
        List<String> known = METHODS_BY_CLASS.get(className);
        if (known != null) {
            return known;
        }
        try {
            return methodsOf(Class.forName(className, false, PortalServlet.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError notOurs) {
            return SecurityHeadersFilter.ALLOWED_METHODS;
        }
    }

    private static boolean declares(Class<?> servlet, String method) {
        for (Class<?> c = servlet; c != null && c != PortalServlet.class; c = c.getSuperclass()) {
            try {
                c.getDeclaredMethod(method, HttpServletRequest.class, HttpServletResponse.class);
                return true;
            } catch (NoSuchMethodException notHere) {
                // its superclass may
            }
        }
        return false;
    }

    /**
     * Whether the container can read the request's parameters (query and form): false for a malformed percent-escape
     * ({@code %ZZ}, {@code %E4%B8}), on which {@code getParameter} throws. Called before any parameter is read; the
     * request's character encoding must be set before.
     */
    public static boolean parametersReadable(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return true;
        } catch (IllegalArgumentException | IllegalStateException unreadable) {
            // NumberFormatException (a bad hex digit) is an IllegalArgumentException
            return false;
        }
    }

    /**
     * The answer to a request whose parameters cannot be read: 400 and a line of text in the session's language (not
     * the 400 page: Faces would read the same parameters again to render it).
     */
    public static void unreadable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Messages.text(SecurityHeadersFilter.locale(request), "error.400.text"));
    }
}
