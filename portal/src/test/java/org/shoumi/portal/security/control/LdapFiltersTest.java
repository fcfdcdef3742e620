package org.shoumi.portal.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.unboundid.ldap.sdk.Filter;
import org.junit.jupiter.api.Test;

class LdapFiltersTest {

    @Test
    void plainNamesStayAsTheyAre() {
        assertEquals("zhang.san-01", LdapFilters.escape("zhang.san-01"));
        assertEquals("张三", LdapFilters.escape("张三"));
    }

    @Test
    void theFilterCharactersAreEscapedAsRfc4515Asks() {
        assertEquals("\\2a", LdapFilters.escape("*"));
        assertEquals("\\28\\29", LdapFilters.escape("()"));
        assertEquals("a\\5cb", LdapFilters.escape("a\\b"));
        assertEquals("\\00", LdapFilters.escape("\u0000"));
    }

    /** The classic injection: a name that would close the filter and match everybody. */
    @Test
    void aNameCannotChangeWhatTheFilterMeans() throws Exception {
        String filter = LdapFilters.fill("(uid={0})", "*)(uid=*", null);
        assertEquals("(uid=\\2a\\29\\28uid=\\2a)", filter);
        Filter parsed = Filter.create(filter);
        assertEquals(Filter.FILTER_TYPE_EQUALITY, parsed.getFilterType(), "still one equality, no wildcard");
        assertEquals("*)(uid=*", parsed.getAssertionValue());
        Filter ad = Filter.create(LdapFilters.fill("(&(objectClass=user)(sAMAccountName={0}))", "admin)(|(a=*", null));
        assertEquals(2, ad.getComponents().length, "the AND keeps its two parts");
    }

    @Test
    void theGroupFilterGetsTheEscapedDn() {
        assertEquals("(member=cn=li\\28x\\29,ou=people,dc=example,dc=org)",
                LdapFilters.fill("(member={dn})", "li", "cn=li(x),ou=people,dc=example,dc=org"));
        assertThrows(IllegalArgumentException.class, () -> LdapFilters.fill("(member={dn})", "li", null));
    }
}
