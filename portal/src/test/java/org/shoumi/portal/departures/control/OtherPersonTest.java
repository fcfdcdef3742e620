package org.shoumi.portal.departures.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OtherPersonTest {

    /**
     * Outside check (ex-s37b, 2): a hire named 何雪 was refused as "the same person under a 脱密期" as SM017 何雪, in
     * post after a lowering, and the new person's record named her. Only someone who left the unit (离职) is matched.
     */
    @Test
    void onlySomeoneOutOfEverySecretPostIsASameNameLeaver() {
        assertTrue(OtherPerson.isSameNameLeaver("何 雪", "何雪",
                org.shoumi.portal.employees.entity.EmployeeStatus.LEFT_UNIT));
        assertFalse(OtherPerson.isSameNameLeaver("何雪", "何雪",
                org.shoumi.portal.employees.entity.EmployeeStatus.ACTIVE), "in post after a lowering");
        assertFalse(OtherPerson.isSameNameLeaver("何雪", "何雪",
                org.shoumi.portal.employees.entity.EmployeeStatus.ONBOARDING));
        assertTrue(OtherPerson.isSameNameLeaver("何雪", "何雪",
                org.shoumi.portal.employees.entity.EmployeeStatus.LEFT_POST),
                "离岗, still on the roster: registered again by mistake, the period stays on the old number");
        assertFalse(OtherPerson.isSameNameLeaver("何雪华", "何雪",
                org.shoumi.portal.employees.entity.EmployeeStatus.LEFT_UNIT));
    }

    @Test
    void theLeaversOwnNameIsTheLeaverAfterTheUsualCleaning() {
        assertTrue(OtherPerson.isLeaver("柯二", "柯二"));
        assertTrue(OtherPerson.isLeaver("  柯二\u200B ", "柯二"));
        assertTrue(OtherPerson.isLeaver("柯\u3000二", "柯二"));
        assertTrue(OtherPerson.isLeaver("ｗａｎｇ　ｌｅｉ", "Wang Lei"));
        assertTrue(OtherPerson.isLeaver("WANG LEI", "Wang Lei"));
    }

    /**
     * Outside check: "李明（本人）" was accepted as 李明's own successor on a hand-over and printed on the 转岗交接确认表,
     * though "李　明" was refused. A bracketed note, punctuation or 本人 after the name is still the person.
     */
    @Test
    void theLeaversNameWithANoteOrPunctuationIsTheLeaver() {
        assertTrue(OtherPerson.isLeaver("李明（本人）", "李明"));
        assertTrue(OtherPerson.isLeaver("李明(本人)", "李明"));
        assertTrue(OtherPerson.isLeaver("李 明 【自己】", "李明"));
        assertTrue(OtherPerson.isLeaver("李明［转岗人］（本人）", "李明"));
        assertTrue(OtherPerson.isLeaver("李明（本人", "李明"));
        assertTrue(OtherPerson.isLeaver("李明。", "李明"));
        assertTrue(OtherPerson.isLeaver("“李明”", "李明"));
        assertTrue(OtherPerson.isLeaver("李明本人", "李明"));
        assertTrue(OtherPerson.isLeaver("（李明）", "李明"));
        assertTrue(OtherPerson.isLeaver("Wang Lei (self)", "Wang Lei"));
        assertTrue(OtherPerson.isLeaver("Wang-Lei", "Wang Lei"));
    }

    @Test
    void anotherPersonSharingCharactersOrNamedWithANoteIsNotTheLeaver() {
        assertFalse(OtherPerson.isLeaver("李明华", "李明"));
        assertFalse(OtherPerson.isLeaver("李小明", "李明"));
        assertFalse(OtherPerson.isLeaver("王强（代李明）", "李明"));
        assertFalse(OtherPerson.isLeaver("王强(接任)", "李明"));
        assertFalse(OtherPerson.isLeaver("明", "李明"));
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
