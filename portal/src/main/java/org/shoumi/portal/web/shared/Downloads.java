package org.shoumi.portal.web.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The headers of a file the portal hands out (a secrecy file, a signed pledge, a workbook, a report's attachment):
 * its type, saved under its name, kept by no cache but the user's own, never sniffed as another type. One place
 * for what the download servlets wrote out each by hand.
 */
public final class Downloads {

    private Downloads() {
    }

    /**
     * Sets the headers of a download named {@code fileName}: the plain {@code filename} keeps letters, digits, dots,
     * dashes and underscores (anything else becomes "_", so no quote or line break reaches the header), and a name
     * that needed that also goes as {@code filename*} in UTF-8 (RFC 6266), which browsers prefer.
     */
    /**
     * Whether the request delivers the file: a HEAD (a link checker, a prefetch) is answered like the GET but delivers
     * nothing, so a download log does not note it.
     */
    public static boolean delivers(jakarta.servlet.http.HttpServletRequest request) {
        return !"HEAD".equals(request.getMethod());
    }

    public static void attachment(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", disposition(fileName));
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    /** The Content-Disposition of a download named {@code fileName} (see {@link #attachment}). */
    static String disposition(String fileName) {
        String plain = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String disposition = "attachment; filename=\"" + plain + "\"";
        if (!plain.equals(fileName)) {
            disposition += "; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        }
        return disposition;
    }

    /** Sends {@code bytes} as a download (see {@link #attachment}). */
    public static void send(HttpServletResponse response, byte[] bytes, String contentType, String fileName)
            throws IOException {
        attachment(response, contentType, fileName);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
