/**
 * The database schema and its migrations: Flyway runs the versioned scripts of
 * {@code db/migration/derby} or {@code db/migration/postgresql} (by the connected database) when the application
 * starts, before anything else touches the database; a database made by the release before migrations is
 * baselined at version 1, and a failed script is rolled back and stops the start with a message naming it.
 */
package org.shoumi.portal.schema;
