package org.shoumi.portal.departures.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OtherPersonTest {

    @Test
    void theLeaversOwnNameIsTheLeaverAfterTheUsualCleaning() {
        assertTrue(OtherPerson.isLeaver("柯二", "柯二"));
        assertTrue(OtherPerson.isLeaver("  柯二\u200B ", "柯二"));
        assertTrue(OtherPerson.isLeaver("柯\u3000二", "柯二"));
        assertTrue(OtherPerson.isLeaver("ｗａｎｇ　ｌｅｉ", "Wang Lei"));
        assertTrue(OtherPerson.isLeaver("WANG LEI", "Wang Lei"));
    }

    @Test
    void anotherNameOrNothingIsNotTheLeaver() {
        assertFalse(OtherPerson.isLeaver("王五", "柯二"));
        assertFalse(OtherPerson.isLeaver("柯二二", "柯二"));
        assertFalse(OtherPerson.isLeaver(null, "柯二"));
        assertFalse(OtherPerson.isLeaver(" \u200B", "柯二"));
        assertFalse(OtherPerson.isLeaver("柯二", null));
    }
}
