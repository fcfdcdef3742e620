-- The length of the 脱密期 in years that a departure's exit pledge states (departures.entity.Departure
-- exit_pledge_years), kept when the pledge is signed in the portal or its paper original recorded. The approval
-- compares it with the length it would start: a vetting recorded between the signature and the approval changed the
-- period's class, and the approval gave 3 years while the signed pledge said 2 (outside check); the approval is then
-- refused until the exit pledge is signed again. Departures before this version keep it empty: nothing to compare.
ALTER TABLE departure ADD COLUMN exit_pledge_years INTEGER;
