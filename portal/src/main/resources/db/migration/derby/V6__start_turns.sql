-- Nodes starting at the same time (issue 17): the row they lock in turn for the start-up work that writes data
-- (cluster.boundary.StartTurns), and the evidence log's head made here instead of by the first entry, so that two
-- nodes appending their first entries at once cannot both create it; likewise the scheduler lease, expired and held
-- by nobody ('-'), so that nodes starting together take it over by a conditional update instead of racing to insert
-- it (the loser's refused insert was logged as a warning and an FFDC incident).
CREATE TABLE start_lock (NAME VARCHAR(64) NOT NULL, NODE VARCHAR(200), taken_at TIMESTAMP, PRIMARY KEY (NAME));
INSERT INTO start_lock (NAME) VALUES ('start');
INSERT INTO evidence_head (ID, BACKFILLED, last_hash, last_seq)
    SELECT 1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0 FROM SYSIBM.SYSDUMMY1
    WHERE NOT EXISTS (SELECT 1 FROM evidence_head WHERE ID = 1);
INSERT INTO cluster_lease (NAME, expires_at, HOLDER, SINCE)
    SELECT 'scheduler', TIMESTAMP('1970-01-01 00:00:00'), '-', TIMESTAMP('1970-01-01 00:00:00') FROM SYSIBM.SYSDUMMY1
    WHERE NOT EXISTS (SELECT 1 FROM cluster_lease WHERE NAME = 'scheduler');
