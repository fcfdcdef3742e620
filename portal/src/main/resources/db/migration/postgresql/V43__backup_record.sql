-- A backup of the database made, or deleted by the retention rule (backups.entity.BackupRecord, 数据库备份记录):
-- which copy, its size, when and by whom (a login, api or system; a deletion by whoever made the backup after which
-- it was deleted). One row per event, never changed, each an entry of the evidence chain (BACKUP). A backup is a copy
-- of every person's records and the way to undo records; who made one was kept only in a file beside the copy and
-- in the server log (outside check ex-s37c 2). Backups made before this version are not listed.
CREATE TABLE backup_record (ID BIGSERIAL NOT NULL, backup_event VARCHAR(16) NOT NULL, backup_name VARCHAR(64) NOT NULL, size_bytes BIGINT NOT NULL, done_at TIMESTAMP NOT NULL, done_by VARCHAR(64) NOT NULL, PRIMARY KEY (ID));
CREATE INDEX backup_record_at ON backup_record (done_at);
