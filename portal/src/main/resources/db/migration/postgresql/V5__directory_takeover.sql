-- Directory login taking over a local login (issue 17): the name a directory login types, which may differ from
-- the account's own login name when the directory took over a person's local login (the account keeps its name,
-- which every record names). NULL for local accounts; for the directory's own accounts it is their login name.
-- (V4 is the cluster-wide login throttle.)
ALTER TABLE ACCOUNT ADD COLUMN DIRECTORY_LOGIN VARCHAR(64);
UPDATE ACCOUNT SET DIRECTORY_LOGIN = USERNAME WHERE DIRECTORY_DN IS NOT NULL;
ALTER TABLE ACCOUNT ADD CONSTRAINT ACCOUNT_DIRECTORY_LOGIN UNIQUE (DIRECTORY_LOGIN);
