-- Who downloaded which people's records and when (records.entity.RecordExport): appended by every download of a
-- secrecy file, a department's files, the inspection workbook or a departure's approval form; never changed.
CREATE TABLE record_export (ID BIGSERIAL NOT NULL, exported_at TIMESTAMP NOT NULL, exported_by VARCHAR(64) NOT NULL, KIND VARCHAR(24) NOT NULL, PEOPLE INTEGER NOT NULL, SUBJECT VARCHAR(64), PRIMARY KEY (ID));
CREATE INDEX record_export_at ON record_export (exported_at);
