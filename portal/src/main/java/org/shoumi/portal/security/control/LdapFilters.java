package org.shoumi.portal.security.control;

import java.nio.charset.StandardCharsets;

/**
 * Builds LDAP search filters from the configured templates without letting a login name change the filter's
 * meaning (LDAP injection): every value is escaped as RFC 4515 asks before it is put into the template.
 */
public final class LdapFilters {

    private LdapFilters() {
    }

    /**
     * A value escaped for use inside a filter: {@code \ * ( )} and NUL become {@code \5c \2a \28 \29 \00}, and so
     * does every other control character; letters, digits and other text (Chinese too) stay as they are.
     */
    public static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '\\' || c == '*' || c == '(' || c == ')' || c < 0x20 || c == 0x7f) {
                out.append('\\').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
            } else {
                out.append((char) c);
            }
        }
        // the bytes above 0x7f were appended one by one: put the UTF-8 text back together
        return new String(out.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    /**
     * The template with {@code {0}} replaced by the escaped login name and {@code {dn}} by the escaped DN (for a
     * group search such as {@code (member={dn})}); {@code dn} may be null when the template does not use it.
     */
    public static String fill(String template, String loginName, String dn) {
        String filter = template.replace("{0}", escape(loginName));
        if (filter.contains("{dn}")) {
            if (dn == null) {
                throw new IllegalArgumentException("the filter " + template + " needs a DN");
            }
            filter = filter.replace("{dn}", escape(dn));
        }
        return filter;
    }
}
