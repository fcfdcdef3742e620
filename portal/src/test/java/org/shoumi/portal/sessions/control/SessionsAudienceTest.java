package org.shoumi.portal.sessions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

/** Who a session is for. */
class SessionsAudienceTest {

    @Test
    void anEmptyAudienceIsAllStaffStillInTheUnit() {
        Audience all = Audience.ALL_STAFF;
        assertTrue(all.isAllStaff());
        assertTrue(all.includes("OFFICE", SecrecyClass.NONE, EmployeeStatus.ACTIVE), "also people in no secret post");
        assertTrue(all.includes("OFFICE", SecrecyClass.CORE, EmployeeStatus.ONBOARDING));
        assertTrue(all.includes("OFFICE", SecrecyClass.GENERAL, EmployeeStatus.LEFT_POST), "离岗 but still in the unit");
        assertFalse(all.includes("OFFICE", SecrecyClass.GENERAL, EmployeeStatus.LEFT_UNIT), "离职: not any more");
    }

    @Test
    void departmentsAndClassesNarrowTheAudienceTogether() {
        Audience a = new Audience(Set.of("OFFICE", "IT"), Set.of(SecrecyClass.CORE, SecrecyClass.IMPORTANT));
        assertTrue(a.includes("IT", SecrecyClass.CORE, EmployeeStatus.ACTIVE));
        assertFalse(a.includes("HR", SecrecyClass.CORE, EmployeeStatus.ACTIVE), "other department");
        assertFalse(a.includes("IT", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE), "other class");

        Audience onlyClass = new Audience(Set.of(), Set.of(SecrecyClass.GENERAL));
        assertTrue(onlyClass.includes("HR", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE), "every department");
        Audience onlyDepartment = new Audience(Set.of("HR"), Set.of());
        assertTrue(onlyDepartment.includes("HR", SecrecyClass.NONE, EmployeeStatus.ACTIVE), "every class");
    }

    @Test
    void itIsStoredSortedAndReadBack() {
        Audience a = new Audience(Set.of("OFFICE", "IT"), Set.of(SecrecyClass.GENERAL, SecrecyClass.CORE));
        assertEquals("IT,OFFICE", a.storedDepartments());
        assertEquals("CORE,GENERAL", a.storedClasses());
        assertEquals(a, Audience.stored("IT,OFFICE", "CORE,GENERAL"));
        assertEquals(Audience.ALL_STAFF, Audience.stored("", " "));
        assertEquals("", Audience.ALL_STAFF.storedDepartments());
    }
}
