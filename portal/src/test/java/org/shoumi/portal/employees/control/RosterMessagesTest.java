package org.shoumi.portal.employees.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.boundary.ChangeRefusedException;
import org.shoumi.portal.employees.control.RosterPlan.Change;
import org.shoumi.portal.employees.control.RosterProblem.Kind;

/**
 * Every roster problem, change kind and refusal has its message in Chinese and English (the keys are built
 * from enum names, so the bundle check of the pages and beans cannot see them).
 */
class RosterMessagesTest {

    private static final String BUNDLE = "org.shoumi.portal.i18n.messages";

    @Test
    void everyProblemHasAMessageInBothLanguagesThatFormatsItsArguments() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
            for (Kind kind : Kind.values()) {
                String key = RosterProblem.ofFile(kind).key();
                assertTrue(bundle.containsKey(key), locale + ": " + key);
                String text = new MessageFormat(bundle.getString(key), locale).format(new Object[] {"X1", "X2", "X3"});
                assertFalse(text.contains("{") || text.contains("''"), locale + ": " + key + " → " + text);
            }
            for (Change change : Change.values()) {
                assertTrue(bundle.containsKey("employees.import.change." + change.name()), change.name());
            }
            for (ChangeRefusedException.Reason reason : ChangeRefusedException.Reason.values()) {
                assertTrue(bundle.containsKey("employees.change.refused." + reason.name()), reason.name());
            }
        }
        String zh = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE)
                .getString(RosterProblem.ofFile(Kind.DEPARTMENT_UNKNOWN).key());
        assertTrue(zh.contains("未知部门"), zh);
    }
}
