package org.shoumi.portal.evidence.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A log made before entries could be tied to no person gets a nullable staff-number column, once. */
class EvidencePersonColumnTest {

    private static final String URL = "jdbc:derby:memory:evidencepersoncolumn";

    private Connection c;

    @BeforeEach
    void anOldLog() throws SQLException {
        c = DriverManager.getConnection(URL + ";create=true");
        try (Statement s = c.createStatement()) {
            s.execute("create table evidence_entry (seq bigint primary key, kind varchar(24), "
                    + "employee_no varchar(20) not null)");
        }
    }

    @AfterEach
    void drop() {
        try {
            c.close();
            DriverManager.getConnection(URL + ";drop=true").close();
        } catch (SQLException expected) {
            // Derby reports a dropped in-memory database with SQLState 08006
        }
    }

    @Test
    void theColumnIsRelaxedOnceAndKeepsItsRows() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("insert into evidence_entry values (1, 'SIGNED_PLEDGE', 'SM002')");
            assertThrows(SQLException.class,
                    () -> s.execute("insert into evidence_entry values (2, 'INCIDENT_STEP', null)"));
        }
        assertTrue(EvidenceRecords.allowEntriesWithoutPerson(c));
        assertFalse(EvidenceRecords.allowEntriesWithoutPerson(c), "once");
        try (Statement s = c.createStatement()) {
            s.execute("insert into evidence_entry values (2, 'INCIDENT_STEP', null)");
            try (ResultSet rs = s.executeQuery("select count(*) from evidence_entry where employee_no = 'SM002'")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }
}
