package org.shoumi.portal.web.shared;

/**
 * Addresses the portal sends a browser back to (after a language switch, to reopen a page): only a path inside
 * this application, never another site or a way out of it.
 */
public final class LocalPaths {

    private LocalPaths() {
    }

    /** Whether {@code path} (with its query) lies inside the application at {@code contextPath}. */
    public static boolean inside(String contextPath, String path) {
        return path != null && path.startsWith(contextPath + "/") && !path.startsWith("//") && !path.contains("\\")
                && !path.contains("/../") && path.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }
}
