-- The evidence log's back-fill, kind by kind (evidence.entity.EvidenceBackfill): a kind added in a later release
-- (the submitted self-inspection, SELF_INSPECTION, first) gets its earlier records logged on the first start of
-- that release, instead of never (the head's one flag covered every kind at once). A database whose log was
-- already back-filled has done so for each kind it knew.
CREATE TABLE evidence_backfill (KIND VARCHAR(24) NOT NULL, done_at TIMESTAMP NOT NULL, record_count INTEGER NOT NULL, PRIMARY KEY (KIND));
INSERT INTO evidence_backfill (KIND, done_at, record_count) SELECT 'ACKNOWLEDGEMENT', CURRENT_TIMESTAMP, 0 FROM evidence_head WHERE ID = 1 AND BACKFILLED;
INSERT INTO evidence_backfill (KIND, done_at, record_count) SELECT 'QUIZ_ATTEMPT', CURRENT_TIMESTAMP, 0 FROM evidence_head WHERE ID = 1 AND BACKFILLED;
INSERT INTO evidence_backfill (KIND, done_at, record_count) SELECT 'SIGNED_PLEDGE', CURRENT_TIMESTAMP, 0 FROM evidence_head WHERE ID = 1 AND BACKFILLED;
INSERT INTO evidence_backfill (KIND, done_at, record_count) SELECT 'DEPARTURE_APPROVAL', CURRENT_TIMESTAMP, 0 FROM evidence_head WHERE ID = 1 AND BACKFILLED;
INSERT INTO evidence_backfill (KIND, done_at, record_count) SELECT 'PERSONNEL_CHANGE', CURRENT_TIMESTAMP, 0 FROM evidence_head WHERE ID = 1 AND BACKFILLED;
INSERT INTO evidence_backfill (KIND, done_at, record_count) SELECT 'PERIOD_ADJUSTMENT', CURRENT_TIMESTAMP, 0 FROM evidence_head WHERE ID = 1 AND BACKFILLED;
INSERT INTO evidence_backfill (KIND, done_at, record_count) SELECT 'QUIZ_ACCOMMODATION', CURRENT_TIMESTAMP, 0 FROM evidence_head WHERE ID = 1 AND BACKFILLED;
INSERT INTO evidence_backfill (KIND, done_at, record_count) SELECT 'SESSION_ATTENDANCE', CURRENT_TIMESTAMP, 0 FROM evidence_head WHERE ID = 1 AND BACKFILLED;
INSERT INTO evidence_backfill (KIND, done_at, record_count) SELECT 'VETTING', CURRENT_TIMESTAMP, 0 FROM evidence_head WHERE ID = 1 AND BACKFILLED;
INSERT INTO evidence_backfill (KIND, done_at, record_count) SELECT 'MATTER_STEP', CURRENT_TIMESTAMP, 0 FROM evidence_head WHERE ID = 1 AND BACKFILLED;
INSERT INTO evidence_backfill (KIND, done_at, record_count) SELECT 'TRAVEL_STEP', CURRENT_TIMESTAMP, 0 FROM evidence_head WHERE ID = 1 AND BACKFILLED;
INSERT INTO evidence_backfill (KIND, done_at, record_count) SELECT 'PASSPORT_CUSTODY', CURRENT_TIMESTAMP, 0 FROM evidence_head WHERE ID = 1 AND BACKFILLED;
INSERT INTO evidence_backfill (KIND, done_at, record_count) SELECT 'INCIDENT_STEP', CURRENT_TIMESTAMP, 0 FROM evidence_head WHERE ID = 1 AND BACKFILLED;
INSERT INTO evidence_backfill (KIND, done_at, record_count) SELECT 'CONDUCT_ENTRY', CURRENT_TIMESTAMP, 0 FROM evidence_head WHERE ID = 1 AND BACKFILLED;
INSERT INTO evidence_backfill (KIND, done_at, record_count) SELECT 'PLEDGE_ISSUE', CURRENT_TIMESTAMP, 0 FROM evidence_head WHERE ID = 1 AND BACKFILLED;
INSERT INTO evidence_backfill (KIND, done_at, record_count) SELECT 'DISCLOSURE_STEP', CURRENT_TIMESTAMP, 0 FROM evidence_head WHERE ID = 1 AND BACKFILLED;
INSERT INTO evidence_backfill (KIND, done_at, record_count) SELECT 'LIAISON_ENTRY', CURRENT_TIMESTAMP, 0 FROM evidence_head WHERE ID = 1 AND BACKFILLED;
INSERT INTO evidence_backfill (KIND, done_at, record_count) SELECT 'FINDING_STEP', CURRENT_TIMESTAMP, 0 FROM evidence_head WHERE ID = 1 AND BACKFILLED;
