-- The steps of a self-inspection finding (inspections.entity.FindingStep): remediated, closed, reopened, each a row
-- of its own, never changed, so that a finding reopened and remediated again keeps every earlier note.
CREATE TABLE inspection_finding_step (ID BIGSERIAL NOT NULL, finding_id BIGINT NOT NULL, step_kind VARCHAR(16) NOT NULL, NOTE VARCHAR(500), done_by VARCHAR(64) NOT NULL, done_at TIMESTAMP NOT NULL, PRIMARY KEY (ID));
ALTER TABLE inspection_finding_step ADD CONSTRAINT finding_step_finding FOREIGN KEY (finding_id) REFERENCES inspection_finding (ID);
