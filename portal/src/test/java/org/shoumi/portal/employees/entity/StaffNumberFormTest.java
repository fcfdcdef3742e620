package org.shoumi.portal.employees.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class StaffNumberFormTest {

    @Test
    void aStaffNumberIsStoredInCapitalsHalfWidthAndTrimmed() {
        assertEquals("SM031", Employee.canonicalNumber(" sm031 "));
        assertEquals("SM031", Employee.canonicalNumber("ＳＭ０３１"));
        assertEquals("HR-7", Employee.canonicalNumber("hr-7"));
        assertNull(Employee.canonicalNumber(null));
    }
}
