package org.shoumi.portal.travel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountryCodesTest {

    @Test
    void knownCodesAreTheIsoAlpha2Ones() {
        assertTrue(CountryCodes.isKnown("JP"));
        assertTrue(CountryCodes.isKnown(" de "), "trimmed, any case");
        assertFalse(CountryCodes.isKnown("XX"));
        assertFalse(CountryCodes.isKnown("CN"), "China is not a destination abroad (an outside check had one approved)");
        assertTrue(CountryCodes.isKnown("HK") && CountryCodes.isKnown("MO") && CountryCodes.isKnown("TW"));
        assertEquals("中国台湾", CountryCodes.name("TW", java.util.Locale.SIMPLIFIED_CHINESE));
        assertEquals("Taiwan, China", CountryCodes.name("TW", java.util.Locale.ENGLISH));
        assertFalse(CountryCodes.isKnown("JPN"));
        assertFalse(CountryCodes.isKnown(null));
        assertEquals("DE", CountryCodes.normalize(" de "));
    }

    @Test
    void namesAreInTheLanguageAndTheListIsSortedByThem() {
        assertEquals("日本", CountryCodes.name("JP", Locale.SIMPLIFIED_CHINESE));
        assertEquals("Japan", CountryCodes.name("JP", Locale.ENGLISH));
        List<String> english = CountryCodes.sortedByName(Locale.ENGLISH);
        assertEquals(Locale.getISOCountries().length - 1, english.size(), "every country but China");
        assertTrue(english.indexOf("AF") < english.indexOf("JP"), "Afghanistan before Japan");
        assertTrue(english.indexOf("JP") < english.indexOf("ZW"));
    }
}
