-- Cluster (issue 17): the scheduler lease, the daily runs (one per job and day), the long tasks pages poll
-- (roster imports, plan starts) with their node and heartbeat; and an index for the revocations each node re-reads.
CREATE TABLE cluster_lease (NAME VARCHAR(64) NOT NULL, expires_at TIMESTAMP NOT NULL, HOLDER VARCHAR(200) NOT NULL, SINCE TIMESTAMP NOT NULL, PRIMARY KEY (NAME));
CREATE TABLE cluster_job_run (ID  SERIAL NOT NULL, ended_at TIMESTAMP, heartbeat_at TIMESTAMP NOT NULL, JOB VARCHAR(64) NOT NULL, NODE VARCHAR(200) NOT NULL, OUTCOME VARCHAR(16) NOT NULL, run_on DATE NOT NULL, started_at TIMESTAMP NOT NULL, taken_over_from VARCHAR(200), PRIMARY KEY (ID));
ALTER TABLE cluster_job_run ADD CONSTRAINT UNQ_cluster_job_run_0 UNIQUE (job, run_on);
CREATE TABLE cluster_task (ID VARCHAR(36) NOT NULL, done_count BIGINT NOT NULL, ended_at TIMESTAMP, heartbeat_at TIMESTAMP NOT NULL, KIND VARCHAR(32) NOT NULL, NODE VARCHAR(200) NOT NULL, OWNER VARCHAR(100) NOT NULL, started_at TIMESTAMP NOT NULL, STATE VARCHAR(16) NOT NULL, SUBJECT VARCHAR(100), total_count BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE INDEX cluster_task_node ON cluster_task (node, state);
CREATE INDEX account_revoked_at ON account (revoked_at);
