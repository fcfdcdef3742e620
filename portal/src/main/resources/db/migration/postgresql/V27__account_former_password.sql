-- The hashes of the passwords a login had before its current one (security.entity.Account formerPasswordHashes),
-- newest first (position 0), as many as shoumi.portal.security.password.remembered (default 5): a new password
-- equal to one of them is refused, as the first password HR handed over could be chosen again at the second change.
-- Logins changed before this version remember nothing yet; the list starts with their next change. (Derby indexes
-- the foreign key itself; PostgreSQL does not, hence the index there.)
CREATE TABLE account_former_password (account_id BIGINT, password_hash VARCHAR(512) NOT NULL, position INTEGER);
ALTER TABLE account_former_password ADD CONSTRAINT account_former_password_account FOREIGN KEY (account_id) REFERENCES account (ID);
CREATE INDEX account_former_password_of ON account_former_password (account_id);
