package org.shoumi.portal.shared;

/**
 * An address of the portal as people reach it, from the configured {@code shoumi.portal.url} (for example
 * {@code https://portal.example.cn/portal/}) and a path of the portal: the links reminders, certificate QR codes and
 * calendar feeds print. The configured value may end in slashes or carry spaces; the address has one slash.
 */
public final class PortalAddress {

    private PortalAddress() {
    }

    /** {@code path} (starting with a slash, e.g. {@code /verify.xhtml?code=…}) under the configured address. */
    public static String of(String portalUrl, String path) {
        return portalUrl.strip().replaceAll("/+$", "") + path;
    }
}
