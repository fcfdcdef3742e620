-- Who recorded a carrier's return (清退) and when (departures.entity.CarrierReturn return_recorded_by/_at). The line
-- kept the day and the receiver the form gave, but not the login that entered it, while every other step of the exit
-- checklist names its recorder (left item of an earlier check). Returns recorded before this version keep both empty:
-- the page and the secrecy file then name no recorder, and the evidence log reads them as it always did.
ALTER TABLE carrier_return ADD COLUMN return_recorded_at TIMESTAMP;
ALTER TABLE carrier_return ADD COLUMN return_recorded_by VARCHAR(64);
