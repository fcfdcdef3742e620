-- A departure opened by mistake is withdrawn by HR (departures.entity.Departure, status WITHDRAWN): kept, with when,
-- who and why. Departures before this version were never withdrawn.
ALTER TABLE departure ADD COLUMN withdrawn_at TIMESTAMP;
ALTER TABLE departure ADD COLUMN withdrawn_by VARCHAR(64);
ALTER TABLE departure ADD COLUMN withdraw_reason VARCHAR(500);
