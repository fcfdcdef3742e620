package org.shoumi.portal.shared;

/**
 * An address of the portal as people reach it, from the configured {@code shoumi.portal.url} (for example
 * {@code https://portal.example.cn/portal/}; for an answer to a request, that request's address when none is
 * configured: {@link #base}) and a path of the portal: the links reminders, certificate QR codes and
 * calendar feeds print. The configured value may end in slashes or carry spaces; the address has one slash.
 */
public final class PortalAddress {

    private PortalAddress() {
    }

    /**
     * The portal's address for an answer to a request: the configured {@code shoumi.portal.url} when it is set (the
     * address behind a load balancer), else the address the request came to (scheme, host, port and context path;
     * a server on port 9181 whose address was not configured printed the default http://localhost:9080/portal/ in
     * its calendar subscription address: outside check). The port is left out when it is the scheme's own.
     */
    public static String base(java.util.Optional<String> configured, String scheme, String host, int port,
                              String contextPath) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return configured.get();
        }
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        boolean ownPort = port <= 0 || "http".equalsIgnoreCase(scheme) && port == 80
                || "https".equalsIgnoreCase(scheme) && port == 443;
        return scheme + "://" + h + (ownPort ? "" : ":" + port) + contextPath + "/";
    }

    /** {@code path} (starting with a slash, e.g. {@code /verify.xhtml?code=…}) under the configured address. */
    public static String of(String portalUrl, String path) {
        return portalUrl.strip().replaceAll("/+$", "") + path;
    }
}
