-- Each step of an open departure's checklist as HR recorded it (departures.entity.DepartureStep), an entry of the
-- evidence chain when it is recorded (DEPARTURE_STEP): the checklist reached the chain only at approval, so a restore
-- of a backup, or a row deleted or altered, took an open checklist back with no trace (outside check ex-s37c 1).
-- Written once, never changed. done_by and done_at are empty only for the steps of departures open at this upgrade
-- whose author and time were not kept (a carrier line added, the briefing, a return entered before V33).
CREATE TABLE departure_step (ID BIGSERIAL NOT NULL, departure_id BIGINT NOT NULL, step_kind VARCHAR(24) NOT NULL, carrier_id BIGINT, carrier_kind VARCHAR(16), description VARCHAR(200), step_day DATE, named_person VARCHAR(50), note VARCHAR(500), done_by VARCHAR(64), done_at TIMESTAMP, PRIMARY KEY (ID));
ALTER TABLE departure_step ADD CONSTRAINT departure_step_departure FOREIGN KEY (departure_id) REFERENCES departure (ID);
ALTER TABLE departure_step ADD CONSTRAINT departure_step_carrier FOREIGN KEY (carrier_id) REFERENCES carrier_return (ID);
CREATE INDEX departure_step_of ON departure_step (departure_id);
CREATE INDEX departure_step_carrier_of ON departure_step (carrier_id);
-- The steps of the departures open at this upgrade, from what their rows keep, so that the start-up back-fill appends
-- them to the chain (an approved or withdrawn departure is in it already). The opening with the planned last day as
-- opened (before its first change), each change, each carrier line as added (before its first correction), each
-- correction or withdrawal, each return, the declaration of none and the briefing.
INSERT INTO departure_step (departure_id, step_kind, step_day, note, done_by, done_at)
    SELECT d.ID, 'OPENED', COALESCE((SELECT c.old_day FROM departure_last_day_change c WHERE c.ID = (
            SELECT MIN(x.ID) FROM departure_last_day_change x WHERE x.departure_id = d.ID)), d.planned_last_day),
        d.reason, d.opened_by, d.opened_at FROM departure d WHERE d.status = 'OPEN';
INSERT INTO departure_step (departure_id, step_kind, step_day, note, done_by, done_at)
    SELECT c.departure_id, 'LAST_DAY_CHANGED', c.new_day, c.reason, c.changed_by, c.changed_at
    FROM departure_last_day_change c JOIN departure d ON d.ID = c.departure_id WHERE d.status = 'OPEN';
INSERT INTO departure_step (departure_id, step_kind, carrier_id, carrier_kind, description)
    SELECT r.departure_id, 'CARRIER_ADDED', r.ID,
        COALESCE((SELECT k.old_kind FROM carrier_correction k WHERE k.ID = (
            SELECT MIN(y.ID) FROM carrier_correction y WHERE y.carrier_id = r.ID)), r.kind),
        COALESCE((SELECT k.old_description FROM carrier_correction k WHERE k.ID = (
            SELECT MIN(y.ID) FROM carrier_correction y WHERE y.carrier_id = r.ID)), r.description)
    FROM carrier_return r JOIN departure d ON d.ID = r.departure_id WHERE d.status = 'OPEN';
INSERT INTO departure_step (departure_id, step_kind, carrier_id, carrier_kind, description, note, done_by, done_at)
    SELECT r.departure_id, CASE WHEN k.new_kind IS NULL THEN 'CARRIER_WITHDRAWN' ELSE 'CARRIER_CORRECTED' END,
        k.carrier_id, k.new_kind, k.new_description, k.reason, k.corrected_by, k.corrected_at
    FROM carrier_correction k JOIN carrier_return r ON r.ID = k.carrier_id JOIN departure d ON d.ID = r.departure_id
    WHERE d.status = 'OPEN';
INSERT INTO departure_step (departure_id, step_kind, carrier_id, step_day, named_person, done_by, done_at)
    SELECT r.departure_id, 'CARRIER_RETURNED', r.ID, r.returned_on, r.received_by, r.return_recorded_by,
        r.return_recorded_at
    FROM carrier_return r JOIN departure d ON d.ID = r.departure_id WHERE d.status = 'OPEN' AND r.returned_on IS NOT NULL;
INSERT INTO departure_step (departure_id, step_kind, done_by, done_at)
    SELECT d.ID, 'NO_CARRIERS_DECLARED', d.no_carriers_declared_by, d.no_carriers_declared_at FROM departure d
    WHERE d.status = 'OPEN' AND d.no_carriers_declared_at IS NOT NULL;
INSERT INTO departure_step (departure_id, step_kind, step_day, named_person)
    SELECT d.ID, 'BRIEFING_RECORDED', d.briefing_on, d.briefing_given_by FROM departure d
    WHERE d.status = 'OPEN' AND d.briefing_on IS NOT NULL;
