package org.shoumi.portal.security.control;

import com.unboundid.ldap.sdk.BindRequest;
import com.unboundid.ldap.sdk.DereferencePolicy;
import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.FailoverServerSet;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.ServerSet;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.SingleServerSet;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import com.unboundid.util.ssl.JVMDefaultTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;

/**
 * Asks the directory whether a login name and password are right, and who the person is: the portal's search
 * account (or an anonymous connection) finds the person's entry with the user filter, reads the staff number and
 * the groups, and then the person's own DN is bound with the password they typed. The password is never stored
 * or logged. One connection per question, closed afterwards; every step waits at most the configured timeouts,
 * and a directory that does not answer gives {@link Unavailable}, never a hanging login. Thread-safe.
 */
public final class DirectoryClient {

    /** What the directory said. */
    public sealed interface Answer permits Found, WrongPassword, Unknown, Unavailable {
    }

    /** The password is right: the person's DN, staff number (null when the entry has none) and group DNs. */
    public record Found(String dn, String staffNumber, List<String> groups) implements Answer {
    }

    /** The person exists and the password is wrong (or the directory refuses the account, e.g. disabled). */
    public record WrongPassword() implements Answer {
    }

    /** No entry (or more than one) matches the login name. */
    public record Unknown() implements Answer {
    }

    /** The directory could not be asked: down, too slow, TLS failed, or the search account was refused. */
    public record Unavailable(String reason) implements Answer {
    }

    /** Result codes that mean "the password (or the account) was not accepted", not "the directory is down". */
    private static final Set<ResultCode> REFUSED = Set.of(ResultCode.INVALID_CREDENTIALS,
            ResultCode.INAPPROPRIATE_AUTHENTICATION, ResultCode.UNWILLING_TO_PERFORM,
            ResultCode.INSUFFICIENT_ACCESS_RIGHTS, ResultCode.INVALID_DN_SYNTAX, ResultCode.NO_SUCH_OBJECT,
            ResultCode.CONSTRAINT_VIOLATION);

    private final DirectorySettings settings;
    private final ServerSet servers;
    private final SSLContext tls;

    public DirectoryClient(DirectorySettings settings) {
        this.settings = settings;
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis((int) settings.connectTimeout().toMillis());
        options.setResponseTimeoutMillis(settings.readTimeout().toMillis());
        options.setFollowReferrals(false);
        options.setBindWithDNRequiresPassword(true);
        SSLContext context = null;
        if (settings.startTls() || settings.servers().stream().anyMatch(DirectorySettings.Server::ssl)) {
            try {
                // the JVM's trust store decides which directory certificates are trusted; host names are checked
                context = new SSLUtil(JVMDefaultTrustManager.getInstance()).createSSLContext("TLSv1.2");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("no TLS for the directory: " + e.getMessage(), e);
            }
            options.setSSLSocketVerifier(new com.unboundid.util.ssl.HostNameSSLSocketVerifier(true));
        }
        this.tls = context;
        List<ServerSet> sets = new ArrayList<>();
        for (DirectorySettings.Server server : settings.servers()) {
            SocketFactory factory = server.ssl() ? context.getSocketFactory() : SocketFactory.getDefault();
            sets.add(new SingleServerSet(server.host(), server.port(), factory, options));
        }
        this.servers = sets.size() == 1 ? sets.get(0) : new FailoverServerSet(sets);
    }

    /** Asks the directory about this login name (as typed, lower-cased by the caller) and password. */
    public Answer authenticate(String loginName, char[] password) {
        if (password == null || password.length == 0) {
            // an empty password would be an anonymous bind, which "succeeds"
            return new WrongPassword();
        }
        LDAPConnection connection;
        try {
            connection = servers.getConnection();
        } catch (LDAPException e) {
            return new Unavailable("no connection: " + e.getResultCode() + " " + e.getMessage());
        }
        try (connection) {
            if (settings.startTls()) {
                ExtendedResult started = connection.processExtendedOperation(new StartTLSExtendedRequest(tls));
                if (started.getResultCode() != ResultCode.SUCCESS) {
                    return new Unavailable("StartTLS refused: " + started.getResultCode());
                }
            }
            if (!settings.bindDn().isEmpty()) {
                try {
                    connection.bind(settings.bindDn(), settings.bindPassword());
                } catch (LDAPException e) {
                    return new Unavailable("the search account " + settings.bindDn() + " was refused: "
                            + e.getResultCode());
                }
            }
            SearchRequest find = new SearchRequest(settings.baseDn(), SearchScope.SUB, DereferencePolicy.NEVER, 2,
                    (int) Math.max(1, settings.readTimeout().toSeconds()), false,
                    Filter.create(LdapFilters.fill(settings.userFilter(), loginName, null)),
                    settings.staffNumberAttribute(), settings.memberOfAttribute());
            SearchResult found;
            try {
                found = connection.search(find);
            } catch (com.unboundid.ldap.sdk.LDAPSearchException e) {
                if (e.getResultCode() == ResultCode.SIZE_LIMIT_EXCEEDED) {
                    return new Unknown(); // two people answer to the name: nobody logs in as either
                }
                if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                    return new Unknown();
                }
                throw e;
            }
            if (found.getEntryCount() != 1) {
                return new Unknown();
            }
            SearchResultEntry entry = found.getSearchEntries().get(0);
            String dn = entry.getDN();
            List<String> groups = settings.groupSource() == DirectorySettings.GroupSource.MEMBER_OF
                    ? memberOf(entry) : searchGroups(connection, loginName, dn);
            if (!bind(connection, dn, password)) {
                return new WrongPassword();
            }
            String staff = entry.getAttributeValue(settings.staffNumberAttribute());
            return new Found(dn, staff == null || staff.isBlank() ? null : staff.strip(), groups);
        } catch (LDAPException e) {
            return new Unavailable(e.getResultCode() + " " + e.getMessage());
        }
    }

    private List<String> memberOf(SearchResultEntry entry) {
        String[] values = entry.getAttributeValues(settings.memberOfAttribute());
        return values == null ? List.of() : List.of(values);
    }

    private List<String> searchGroups(LDAPConnection connection, String loginName, String dn) throws LDAPException {
        SearchRequest groups = new SearchRequest(settings.groupBaseDn(), SearchScope.SUB, DereferencePolicy.NEVER,
                1000, (int) Math.max(1, settings.readTimeout().toSeconds()), false,
                Filter.create(LdapFilters.fill(settings.groupFilter(), loginName, dn)), "1.1");
        try {
            return connection.search(groups).getSearchEntries().stream().map(SearchResultEntry::getDN).toList();
        } catch (com.unboundid.ldap.sdk.LDAPSearchException e) {
            if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                return List.of();
            }
            throw e;
        }
    }

    /** Binds as the person; false when the directory refuses the password (or the account). */
    private static boolean bind(LDAPConnection connection, String dn, char[] password) throws LDAPException {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            BindRequest request = new SimpleBindRequest(dn, bytes);
            return connection.bind(request).getResultCode() == ResultCode.SUCCESS;
        } catch (LDAPException e) {
            if (REFUSED.contains(e.getResultCode())) {
                return false;
            }
            throw e;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    public DirectorySettings settings() {
        return settings;
    }
}
