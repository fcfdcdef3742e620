-- A self-inspection finding is handed over to whoever answers for the department now when its owner no longer does
-- (a head moved to another department kept the office's findings of the department he left: tester zg). Each step of
-- a finding keeps the owner of its day, which the evidence log reads, so that a hand-over does not alter the steps
-- logged before it; the steps so far were all taken under the finding's present owner.
ALTER TABLE inspection_finding_step ADD COLUMN owner_id BIGINT;
UPDATE inspection_finding_step SET owner_id = (SELECT f.owner_id FROM inspection_finding f WHERE f.ID = inspection_finding_step.finding_id);
ALTER TABLE inspection_finding_step ALTER COLUMN owner_id SET NOT NULL;
ALTER TABLE inspection_finding_step ADD CONSTRAINT finding_step_owner FOREIGN KEY (owner_id) REFERENCES employee (ID);
