-- A finding keeps the owner it was raised for (inspections.entity.Finding.raisedOwner), never changed: its owner_id
-- changes when it is handed over to whoever answers for the department now, and the evidence chain's entry of the
-- finding as raised (FINDING_RAISED) reads this one. Opening a round and raising a finding left nothing in the chain,
-- so a round's or a finding's due day could be moved unseen (outside check ex-s38f 6). The findings raised before
-- this upgrade: the owner of their first step unless that step is a hand-over (every step keeps the owner of its
-- day, V31, and only a hand-over changes it), else the earlier owner its note names ("name（staff no.）→ …"), else
-- the owner now; the start-up back-fill appends them, and the rounds, to the chain.
ALTER TABLE inspection_finding ADD COLUMN raised_owner_id BIGINT;
UPDATE inspection_finding SET raised_owner_id = (SELECT s.owner_id FROM inspection_finding_step s WHERE s.ID = (
        SELECT MIN(x.ID) FROM inspection_finding_step x WHERE x.finding_id = inspection_finding.ID)
    AND s.step_kind <> 'HANDED_OVER');
UPDATE inspection_finding SET raised_owner_id = (SELECT MIN(e.ID) FROM employee e, inspection_finding_step s
    WHERE s.ID = (SELECT MIN(x.ID) FROM inspection_finding_step x WHERE x.finding_id = inspection_finding.ID)
    AND s.step_kind = 'HANDED_OVER' AND POSITION('（' || e.employee_no || '）→' IN s.note) > 0)
    WHERE raised_owner_id IS NULL;
UPDATE inspection_finding SET raised_owner_id = owner_id WHERE raised_owner_id IS NULL;
ALTER TABLE inspection_finding ALTER COLUMN raised_owner_id SET NOT NULL;
ALTER TABLE inspection_finding ADD CONSTRAINT finding_raised_owner FOREIGN KEY (raised_owner_id) REFERENCES employee (ID);
