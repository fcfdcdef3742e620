-- An administrator's 解除锁定 of a login no longer deletes the login's tries: they are marked lifted for the login
-- (its own stop no longer counts them) and still count towards the stop of the address they came from, which only
-- 解除地址暂停 lifts (the delete had let the whole address back in, with nothing in the record of changes).
ALTER TABLE login_try ADD COLUMN login_lifted BOOLEAN NOT NULL DEFAULT FALSE;
