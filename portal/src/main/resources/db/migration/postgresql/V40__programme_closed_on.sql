-- The unit's day a programme was closed on (programmes.entity.Assignment closed_on). A programme closed before its
-- first day (a move, a departure or a class change registered before its window opened) was never owed and counts in
-- no completion figure (ClosedBecause.counted): it counted as 已关闭未完成, in next year's figures before the year
-- began (outside check). Programmes closed before this version get the day of their closing time as the database
-- reads it (the server's time zone, the unit's where the server runs in it).
ALTER TABLE programme_assignment ADD COLUMN closed_on DATE;
UPDATE programme_assignment SET closed_on = CAST(closed_at AS DATE) WHERE closed_at IS NOT NULL;
