package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocaleSelectionTest {

    @Test
    void chineseIsTheDefault() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, new LocaleSelection().getLocale());
        assertEquals("zh", new LocaleSelection().getLanguage());
    }

    @Test
    void acceptsTheUsualSpellings() {
        assertEquals(Locale.ENGLISH, LocaleSelection.parse("en"));
        assertEquals(Locale.ENGLISH, LocaleSelection.parse("en_US"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, LocaleSelection.parse("zh_CN"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, LocaleSelection.parse("zh-CN"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, LocaleSelection.parse("zh"));
    }

    @Test
    void unsupportedLanguagesChangeNothing() {
        LocaleSelection selection = new LocaleSelection();
        selection.setLanguage("en");
        selection.setLanguage("fr");
        selection.setLanguage(null);
        assertEquals(Locale.ENGLISH, selection.getLocale());
        assertNull(LocaleSelection.parse("<script>"));
    }
}
