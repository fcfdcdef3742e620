-- An administrator grants or withdraws one role of a login, or lifts a lock (security.entity.AccountChange: kinds
-- ROLE_GRANTED, ROLE_WITHDRAWN, LOCK_LIFTED): the role changed is kept in changed_role. What a 恢复登录 (REENABLED)
-- undid is kept in undone (LOCK, SWITCH_OFF, ROLES, comma-separated); rows from before this version have none.
ALTER TABLE account_change ADD COLUMN changed_role VARCHAR(32);
ALTER TABLE account_change ADD COLUMN undone VARCHAR(40);
