-- Self-inspection reminders (inspections.entity.InspectionReminder): that the respondent of a self-inspection not
-- yet submitted was reminded on a reminder day, once per inspection and day.
CREATE TABLE inspection_reminder (ID BIGSERIAL NOT NULL, inspection_id BIGINT NOT NULL, reminder_day DATE NOT NULL, reminder_kind VARCHAR(16) NOT NULL, sent_at TIMESTAMP NOT NULL, PRIMARY KEY (ID));
ALTER TABLE inspection_reminder ADD CONSTRAINT inspection_reminder_once UNIQUE (inspection_id, reminder_day);
ALTER TABLE inspection_reminder ADD CONSTRAINT inspection_reminder_inspection FOREIGN KEY (inspection_id) REFERENCES self_inspection (ID);
