-- 委托管理 kept as a history (departures.entity.Entrustment): every entrustment of a 脱密期 is its own row, with who
-- recorded it, when, and why it replaced the one before; the latest is the one in force. Before this version the
-- period held one entrustment, overwritten by the next: that one becomes the period's first row (its recorder and
-- time were not kept). post_exit_period.entrusted_to / entrusted_ref stay as they were and are no longer written.
CREATE TABLE period_entrustment (ID BIGSERIAL NOT NULL, period_id BIGINT NOT NULL, organisation VARCHAR(100) NOT NULL, doc_ref VARCHAR(100), REASON VARCHAR(200), recorded_by VARCHAR(64), recorded_at TIMESTAMP, PRIMARY KEY (ID));
ALTER TABLE period_entrustment ADD CONSTRAINT period_entrustment_period FOREIGN KEY (period_id) REFERENCES post_exit_period (ID);
INSERT INTO period_entrustment (period_id, organisation, doc_ref) SELECT ID, entrusted_to, entrusted_ref FROM post_exit_period WHERE entrusted_to IS NOT NULL ORDER BY ID;
