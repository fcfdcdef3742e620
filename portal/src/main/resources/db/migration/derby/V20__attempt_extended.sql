-- Extra minutes granted while the person has an attempt open move that attempt's deadline (QuizAttempts.grant):
-- the attempt keeps how many minutes were added after its start (extended_minutes), and the grant names the
-- attempt it extended (extended_attempt_id). Rows from before this version extended nothing.
ALTER TABLE attempt ADD COLUMN extended_minutes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quiz_accommodation ADD COLUMN extended_attempt_id BIGINT;
ALTER TABLE quiz_accommodation ADD CONSTRAINT accommodation_extended_attempt FOREIGN KEY (extended_attempt_id) REFERENCES attempt (ID);
