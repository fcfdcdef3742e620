-- A database found gone back to an earlier state when a node started (evidence.entity.EvidenceRollback): the chain
-- no longer held the entry the node had last seen. Appended only.
CREATE TABLE evidence_rollback (ID BIGSERIAL NOT NULL, detected_at TIMESTAMP NOT NULL, NODE VARCHAR(100) NOT NULL, known_length BIGINT NOT NULL, known_hash VARCHAR(64) NOT NULL, found_length BIGINT NOT NULL, found_hash VARCHAR(64) NOT NULL, PRIMARY KEY (ID));
