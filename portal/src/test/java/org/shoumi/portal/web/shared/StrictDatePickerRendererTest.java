package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Found by an outside check: 2026-02-30 on the hire form was stored as 2026-02-28 without a word. */
class StrictDatePickerRendererTest {

    @Test
    void aDayThatDoesNotExistIsNotADay() {
        assertTrue(StrictDatePickerRenderer.strictly("2026-02-30", "yyyy-MM-dd").isEmpty());
        assertTrue(StrictDatePickerRenderer.strictly("2025-04-31", "yyyy-MM-dd").isEmpty());
        assertTrue(StrictDatePickerRenderer.strictly("2025-02-29", "yyyy-MM-dd").isEmpty());
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), StrictDatePickerRenderer.strictly("2024-02-29", "yyyy-MM-dd"));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 31)), StrictDatePickerRenderer.strictly("2026-12-31", null));
    }

    /** Found by an outside check: ２０２６－１２－０１, typed through a Chinese input method, was "not a day that exists". */
    @Test
    void fullWidthDigitsAndDashesAreReadAsTheirHalfWidthForms() {
        assertEquals("2026-12-01", StrictDatePickerRenderer.typed("２０２６－１２－０１"));
        assertEquals("2026-12-01", StrictDatePickerRenderer.typed("\u30002026-12-01 "));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 1)),
                StrictDatePickerRenderer.strictly((String) StrictDatePickerRenderer.typed("２０２６－１２－０１"), "yyyy-MM-dd"));
        assertEquals(null, StrictDatePickerRenderer.typed(null));
    }
}
