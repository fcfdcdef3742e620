-- Directory login (LDAP / Active Directory): a directory login's account holds its DN there; NULL for the
-- portal's own accounts. No other change: a directory account's password hash is of a random value.
ALTER TABLE ACCOUNT ADD COLUMN DIRECTORY_DN VARCHAR(512);
