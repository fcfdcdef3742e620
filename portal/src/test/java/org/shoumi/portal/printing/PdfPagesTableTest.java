package org.shoumi.portal.printing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A table's columns are widened to their header's widest word, taking the width from the columns that can spare it. */
class PdfPagesTableTest {

    private static float sum(float[] columns) {
        float total = 0;
        for (float c : columns) {
            total += c;
        }
        return total;
    }

    @Test
    void aNarrowColumnTakesWidthFromTheOthers() {
        float[] out = PdfPages.widened(new float[] {100, 40, 60}, new float[] {20, 50, 20});
        assertEquals(50, out[1], 0.01);
        assertEquals(200, sum(out), 0.01);
        assertEquals(100 - 10 * 80f / 120, out[0], 0.01);
        assertEquals(60 - 10 * 40f / 120, out[2], 0.01);
    }

    @Test
    void columnsWideEnoughStayAsTheyAre() {
        assertArrayEquals(new float[] {100, 40}, PdfPages.widened(new float[] {100, 40}, new float[] {30, 30}));
    }

    @Test
    void whatCannotBeSparedIsNotTaken() {
        float[] out = PdfPages.widened(new float[] {50, 50}, new float[] {40, 100});
        assertEquals(40, out[0], 0.01);
        assertEquals(60, out[1], 0.01);
    }
}
