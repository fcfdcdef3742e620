-- A self-inspection reminder asked for on the follow-up page (inspections.entity.InspectionReminder, kind MANUAL)
-- keeps who asked for it; the schedule's reminders have none.
ALTER TABLE inspection_reminder ADD COLUMN sent_by VARCHAR(64);
