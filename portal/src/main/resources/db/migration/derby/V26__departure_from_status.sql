-- What the person's status was when a departure was opened (departures.entity.Departure from_status): a 离职 opened for
-- someone who had already left the secret-related post (离岗) asks only about the carriers, starts no 脱密期 of its own
-- (the one from the 离岗 runs on) and moves the person from 离岗 to 离职. Departures before this version were all
-- opened for people in post (待上岗 or 在岗; anyone else was refused), so the column stays empty for them and reads as
-- in post.
ALTER TABLE departure ADD COLUMN from_status VARCHAR(16);
