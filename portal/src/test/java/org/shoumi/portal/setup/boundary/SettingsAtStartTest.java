package org.shoumi.portal.setup.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.setup.control.SettingsCheck;

/** The kind of a setting follows the type it is injected as. */
class SettingsAtStartTest {

    Optional<Integer> optionalNumber;
    Optional<String> optionalText;

    @Test
    void numbersAndSwitchesAreKnownByTheirTypesAndOptionalsOfThem() throws Exception {
        assertEquals(Optional.of(SettingsCheck.Kind.WHOLE_NUMBER), SettingsAtStart.kind(int.class));
        assertEquals(Optional.of(SettingsCheck.Kind.WHOLE_NUMBER), SettingsAtStart.kind(Long.class));
        assertEquals(Optional.of(SettingsCheck.Kind.SWITCH), SettingsAtStart.kind(boolean.class));
        assertEquals(Optional.of(SettingsCheck.Kind.SWITCH), SettingsAtStart.kind(Boolean.class));
        assertEquals(Optional.of(SettingsCheck.Kind.WHOLE_NUMBER), SettingsAtStart.kind(
                SettingsAtStartTest.class.getDeclaredField("optionalNumber").getGenericType()));
        assertEquals(Optional.empty(), SettingsAtStart.kind(
                SettingsAtStartTest.class.getDeclaredField("optionalText").getGenericType()));
        assertEquals(Optional.empty(), SettingsAtStart.kind(String.class));
    }
}
