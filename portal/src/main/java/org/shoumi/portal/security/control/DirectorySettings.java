package org.shoumi.portal.security.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * How to reach the unit's directory (LDAP or Active Directory) and read a person from it, parsed from the
 * {@code shoumi.portal.ldap.*} configuration keys. Directory login is off when no URL is set.
 *
 * @param servers         one or more servers, tried in order (failover)
 * @param startTls        upgrade plain {@code ldap://} connections with StartTLS before anything is sent
 * @param bindDn          the portal's search account; blank searches anonymously
 * @param bindPassword    its password
 * @param baseDn          where people are searched (subtree)
 * @param userFilter      the filter that finds a person by login name, {@code {0}} standing for the escaped name
 * @param staffNumberAttribute the attribute that holds the staff number (工号) of the roster
 * @param groupSource     whether the groups come from an attribute of the person or from a group search
 * @param memberOfAttribute the person's attribute that lists their groups ({@code memberOf})
 * @param groupBaseDn     where groups are searched
 * @param groupFilter     the group search filter, {@code {dn}} standing for the person's escaped DN
 * @param roles           which groups give which portal roles
 * @param connectTimeout  how long to wait for a connection to one server
 * @param readTimeout     how long to wait for any one answer of the directory
 */
public record DirectorySettings(List<Server> servers, boolean startTls, String bindDn, String bindPassword,
                                String baseDn, String userFilter, String staffNumberAttribute,
                                GroupSource groupSource, String memberOfAttribute, String groupBaseDn,
                                String groupFilter, DirectoryRoles roles, Duration connectTimeout,
                                Duration readTimeout) {

    public static final String PREFIX = "shoumi.portal.ldap.";

    /** Where the groups of a person are read. */
    public enum GroupSource { MEMBER_OF, SEARCH }

    /** One directory server. */
    public record Server(boolean ssl, String host, int port) {

        @Override
        public String toString() {
            return (ssl ? "ldaps://" : "ldap://") + host + ":" + port;
        }
    }

    /**
     * The settings from configuration ({@code key → value}); empty when no URL is set (directory login off).
     *
     * @throws IllegalArgumentException naming the key whose value is wrong
     */
    public static Optional<DirectorySettings> parse(Function<String, Optional<String>> config) {
        Function<String, Optional<String>> value = key -> config.apply(PREFIX + key).map(String::strip)
                .filter(v -> !v.isEmpty());
        Optional<String> url = value.apply("url");
        if (url.isEmpty()) {
            return Optional.empty();
        }
        List<Server> servers = new ArrayList<>();
        for (String one : url.get().split("[,\\s]+")) {
            if (!one.isBlank()) {
                servers.add(server(one));
            }
        }
        boolean startTls = bool(value, "start-tls", false);
        if (startTls && servers.stream().anyMatch(Server::ssl)) {
            throw new IllegalArgumentException(PREFIX + "start-tls: StartTLS is for ldap:// URLs, not ldaps://");
        }
        String baseDn = value.apply("base-dn")
                .orElseThrow(() -> new IllegalArgumentException(PREFIX + "base-dn is required with a URL"));
        String userFilter = filter(value, "user-filter", "(uid={0})");
        if (!userFilter.contains("{0}")) {
            throw new IllegalArgumentException(PREFIX + "user-filter must contain {0} for the login name");
        }
        GroupSource source = switch (value.apply("group-source").orElse("member-of").toLowerCase(Locale.ROOT)) {
            case "member-of", "memberof" -> GroupSource.MEMBER_OF;
            case "search" -> GroupSource.SEARCH;
            default -> throw new IllegalArgumentException(PREFIX + "group-source: member-of or search");
        };
        String groupFilter = filter(value, "group-filter", "(member={dn})");
        if (source == GroupSource.SEARCH && !groupFilter.contains("{dn}") && !groupFilter.contains("{0}")) {
            throw new IllegalArgumentException(PREFIX + "group-filter must contain {dn} or {0}");
        }
        return Optional.of(new DirectorySettings(List.copyOf(servers), startTls, value.apply("bind-dn").orElse(""),
                config.apply(PREFIX + "bind-password").orElse(""), baseDn, userFilter,
                value.apply("staff-number-attribute").orElse("employeeNumber"), source,
                value.apply("member-of-attribute").orElse("memberOf"), value.apply("group-base-dn").orElse(baseDn),
                groupFilter, DirectoryRoles.parse(config), millis(value, "connect-timeout-ms", 3000),
                millis(value, "read-timeout-ms", 5000)));
    }

    private static Server server(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(PREFIX + "url: not a URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("ldap") && !scheme.equals("ldaps")) {
            throw new IllegalArgumentException(PREFIX + "url: ldap:// or ldaps:// expected: " + url);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException(PREFIX + "url: no host in " + url);
        }
        boolean ssl = scheme.equals("ldaps");
        return new Server(ssl, uri.getHost(), uri.getPort() > 0 ? uri.getPort() : ssl ? 636 : 389);
    }

    private static String filter(Function<String, Optional<String>> value, String key, String fallback) {
        String filter = value.apply(key).orElse(fallback);
        if (!filter.startsWith("(") || !filter.endsWith(")")) {
            throw new IllegalArgumentException(PREFIX + key + ": a filter in parentheses expected: " + filter);
        }
        return filter;
    }

    private static boolean bool(Function<String, Optional<String>> value, String key, boolean fallback) {
        return value.apply(key).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(PREFIX + key + ": true or false expected: " + v);
        }).orElse(fallback);
    }

    private static Duration millis(Function<String, Optional<String>> value, String key, long fallback) {
        long ms;
        try {
            ms = value.apply(key).map(Long::parseLong).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + key + ": milliseconds expected", e);
        }
        if (ms < 1 || ms > 600_000) {
            throw new IllegalArgumentException(PREFIX + key + ": 1 to 600000 milliseconds expected: " + ms);
        }
        return Duration.ofMillis(ms);
    }

    /** For the log: the servers and where people are searched, never the password. */
    @Override
    public String toString() {
        return "servers " + servers + (startTls ? " (StartTLS)" : "") + ", base " + baseDn + ", filter "
                + userFilter + ", staff number " + staffNumberAttribute + ", groups " + groupSource;
    }
}
