package org.shoumi.portal.web.shared;

/**
 * Which requests are static resources (scripts, style sheets, images of Faces and PrimeFaces): browsers may cache
 * them, and they need no login state. Every page, download and API answer is personal and is marked
 * {@code Cache-Control: no-store} (the roster import's result shows first passwords, a pledge PDF a signature).
 */
public final class StaticResources {

    private StaticResources() {
    }

    /** @param path the servlet path plus path info of a request */
    public static boolean is(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.equals("/favicon.ico");
    }
}
