-- Why a programme was closed before it was done (programmes.entity.ClosedBecause): the person left, the departure
-- was approved while they stay in post, or they are no longer among those it was given to. Programmes closed before
-- this version have none (they read "closed" without a reason).
ALTER TABLE programme_assignment ADD COLUMN closed_because VARCHAR(24);
