package org.shoumi.portal.schema.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MigrationLogNoDataTest {

    @Test
    void onlyADatabasesNoDataAnswerIsInformation() {
        assertTrue(MigrationLog.isNoData("DB: No row was found for FETCH, UPDATE or DELETE; or the result of a query "
                + "is an empty table. (SQL State: 02000 - Error Code: 10000)"));
        assertFalse(MigrationLog.isNoData("DB: Data truncation (SQL State: 01004 - Error Code: 0)"));
        assertFalse(MigrationLog.isNoData("Schema \"APP\" has a version (6) that is newer than the latest migration"));
        assertFalse(MigrationLog.isNoData(null));
    }
}
