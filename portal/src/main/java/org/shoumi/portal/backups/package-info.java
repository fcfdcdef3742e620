/**
 * Online backups of the embedded Derby database: {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE} copies the database
 * into a timestamped folder of the configured backup directory while people keep working; an administrator
 * starts one from {@code admin/backup.xhtml}, an operator's script through {@code POST /api/backups} with the
 * API token, and a daily one runs on the managed scheduler. PostgreSQL installations use {@code pg_dump}.
 */
package org.shoumi.portal.backups;
