package org.shoumi.portal.incidents.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.incidents.entity.Incident;

class IncidentsReferenceTest {

    @Test
    void aCaseIsNamedByItsReferenceOrItsNumber() {
        assertEquals("SJ-000042", Incident.reference(42));
        assertEquals(Optional.of(42L), ConductEntries.incidentId("SJ-000042"));
        assertEquals(Optional.of(42L), ConductEntries.incidentId(" sj-42 "));
        assertEquals(Optional.of(42L), ConductEntries.incidentId("42"));
        assertEquals(Optional.empty(), ConductEntries.incidentId("SJ-"));
        assertEquals(Optional.empty(), ConductEntries.incidentId("XX-000042"));
        assertEquals(Optional.empty(), ConductEntries.incidentId("SJ-1234567890123"));
    }
}
