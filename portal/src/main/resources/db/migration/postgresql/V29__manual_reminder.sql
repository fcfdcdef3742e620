-- Reminders sent by hand from the list of people (campaigns.entity.ManualReminder): every attempt, whatever came of
-- it (SENT, NO_ADDRESS, FAILED), with who pressed 提醒 and when, the addresses and whether the person was told in the
-- portal by it. A failed or address-less one had left no record (reminder_sent keeps only what went out, one a day).
CREATE TABLE manual_reminder (ID BIGSERIAL NOT NULL, assignment_id BIGINT NOT NULL, reminded_at TIMESTAMP NOT NULL, reminded_by VARCHAR(64) NOT NULL, OUTCOME VARCHAR(16) NOT NULL, sent_to VARCHAR(500) NOT NULL, in_portal BOOLEAN NOT NULL, PRIMARY KEY (ID));
CREATE INDEX manual_reminder_of ON manual_reminder (assignment_id);
