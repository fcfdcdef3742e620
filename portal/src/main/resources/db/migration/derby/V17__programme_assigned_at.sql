-- When a programme was given (programmes.entity.Assignment.assignedAt): what the person did before it, on its first
-- day too, does not count towards it. Programmes given before this version have none (their day counts from its
-- start, as before).
ALTER TABLE programme_assignment ADD COLUMN assigned_at TIMESTAMP;
