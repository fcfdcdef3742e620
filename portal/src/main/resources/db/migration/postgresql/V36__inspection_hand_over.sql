-- A department's self-inspection form handed over to whoever answers for the department now (its head moved or left,
-- the head's role withdrawn or granted, a liaison appointed or their appointment ended) overwrote the form's respondent
-- and left no record of who held it before, who holds it now, why and when (outside check ex-s36f 3): each hand-over is
-- a row of its own, never changed.
CREATE TABLE inspection_hand_over (ID BIGSERIAL NOT NULL, inspection_id BIGINT NOT NULL, from_id BIGINT NOT NULL, to_id BIGINT NOT NULL, hand_over_cause VARCHAR(16) NOT NULL, done_by VARCHAR(64) NOT NULL, done_at TIMESTAMP NOT NULL, PRIMARY KEY (ID));
ALTER TABLE inspection_hand_over ADD CONSTRAINT inspection_hand_over_inspection FOREIGN KEY (inspection_id) REFERENCES self_inspection (ID);
ALTER TABLE inspection_hand_over ADD CONSTRAINT inspection_hand_over_from FOREIGN KEY (from_id) REFERENCES employee (ID);
ALTER TABLE inspection_hand_over ADD CONSTRAINT inspection_hand_over_to FOREIGN KEY (to_id) REFERENCES employee (ID);
CREATE INDEX inspection_hand_over_of ON inspection_hand_over (inspection_id);
-- A reminder reached the person who held the form that day: the follow-up showed the new respondent "最近提醒" he never
-- got, and neither the schedule nor 提醒未提交的人员 reminded him. The reminders kept so far went to the form's present
-- respondent as far as anything recorded says (no hand-over of a form was recorded before this version).
ALTER TABLE inspection_reminder ADD COLUMN respondent_id BIGINT;
UPDATE inspection_reminder SET respondent_id = (SELECT s.respondent_id FROM self_inspection s WHERE s.ID = inspection_reminder.inspection_id);
ALTER TABLE inspection_reminder ALTER COLUMN respondent_id SET NOT NULL;
ALTER TABLE inspection_reminder ADD CONSTRAINT inspection_reminder_respondent FOREIGN KEY (respondent_id) REFERENCES employee (ID);
ALTER TABLE inspection_reminder DROP CONSTRAINT inspection_reminder_once;
ALTER TABLE inspection_reminder ADD CONSTRAINT inspection_reminder_once UNIQUE (inspection_id, respondent_id, reminder_day);
