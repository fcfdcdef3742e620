-- FailedMigrationTest: a migration whose first statements work and whose last one fails; all of it must be
-- rolled back and the database stay at the version before it.
CREATE TABLE failed_probe (ID BIGINT NOT NULL, NOTE VARCHAR(20), PRIMARY KEY (ID));
INSERT INTO failed_probe (ID, NOTE) VALUES (1, 'half-written');
ALTER TABLE notification ADD COLUMN priority INTEGER;
ALTER TABLE no_such_table ADD COLUMN never INTEGER;
