package org.shoumi.portal.schema;

import java.util.Arrays;
import java.util.Comparator;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.shoumi.portal.schema.control.Migrations;

/** The newest version among the portal's own migration scripts for a database. */
final class Latest {

    private Latest() {
    }

    static String version(DataSource ds) {
        return Arrays.stream(Migrations.flyway(ds).info().all()).map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder()).map(MigrationVersion::getVersion).orElseThrow();
    }
}
