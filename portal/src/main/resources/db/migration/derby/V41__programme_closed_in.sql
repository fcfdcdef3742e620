-- The department the person was in when a move closed their programme (programmes.entity.Assignment closed_in, kept
-- for closed_because NO_LONGER_CONCERNED only): such a programme counts in the department that gave it, not in the one
-- moved to (ClosedBecause.countedIn; it was charged to the department moved to: outside check). Programmes closed by
-- a move before this version get the department before the last personnel change registered by their closing time;
-- one with none keeps it empty and counts with its person, as before.
ALTER TABLE programme_assignment ADD COLUMN closed_in VARCHAR(32);
UPDATE programme_assignment SET closed_in = (SELECT c.old_department FROM personnel_change c WHERE c.id = (
        SELECT MAX(p.id) FROM personnel_change p WHERE p.employee_id = programme_assignment.employee_id
        AND p.changed_at <= programme_assignment.closed_at))
    WHERE closed_because = 'NO_LONGER_CONCERNED';
