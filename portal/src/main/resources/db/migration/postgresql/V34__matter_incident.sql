-- The incident case a lost carrier reported as a major personal matter opened (matters.entity.MatterReport
-- incident_id/incident_reference). A report of the category 涉密载体或设备遗失 started no case and no clock to report
-- upwards and could be closed as 无需处理 (outside check); it now opens a case of a lost carrier in its own
-- transaction and keeps the case's id and reference (SJ-000042), set once when the report is stored. Reports from
-- before this version keep both empty.
ALTER TABLE matter_report ADD COLUMN incident_id BIGINT;
ALTER TABLE matter_report ADD COLUMN incident_reference VARCHAR(16);
