-- HR changes an open departure's planned last working day (departures.entity.LastDayChange): each change is its own
-- row, with the day before and after, why, who and when; departure.planned_last_day holds the day now planned.
-- Departures before this version kept the day they were opened with.
CREATE TABLE departure_last_day_change (ID BIGSERIAL NOT NULL, departure_id BIGINT NOT NULL, old_day DATE NOT NULL, new_day DATE NOT NULL, REASON VARCHAR(500) NOT NULL, changed_by VARCHAR(64) NOT NULL, changed_at TIMESTAMP NOT NULL, PRIMARY KEY (ID));
ALTER TABLE departure_last_day_change ADD CONSTRAINT departure_last_day_change_departure FOREIGN KEY (departure_id) REFERENCES departure (ID);
