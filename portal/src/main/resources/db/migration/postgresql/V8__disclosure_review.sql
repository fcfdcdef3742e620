-- Secrecy review before publication (disclosures.entity): a request as submitted, and one row per step taken on it
-- (department check, decision, withdrawal, publication); neither is changed once written.
CREATE TABLE disclosure_request (ID BIGSERIAL NOT NULL, employee_id BIGINT NOT NULL, department_id BIGINT NOT NULL, TITLE VARCHAR(200) NOT NULL, disclosure_kind VARCHAR(24) NOT NULL, CHANNEL VARCHAR(200) NOT NULL, planned_on DATE, SUMMARY VARCHAR(1000) NOT NULL, doc_ref VARCHAR(100), requested_by VARCHAR(64) NOT NULL, requested_at TIMESTAMP NOT NULL, STATUS VARCHAR(24) NOT NULL, PRIMARY KEY (ID));
CREATE TABLE disclosure_step (ID BIGSERIAL NOT NULL, request_id BIGINT NOT NULL, step_kind VARCHAR(24) NOT NULL, step_day DATE, NOTE VARCHAR(500), done_by VARCHAR(64) NOT NULL, done_at TIMESTAMP NOT NULL, PRIMARY KEY (ID));
ALTER TABLE disclosure_step ADD CONSTRAINT disclosure_step_once UNIQUE (request_id, step_kind);
ALTER TABLE disclosure_request ADD CONSTRAINT disclosure_request_employee FOREIGN KEY (employee_id) REFERENCES employee (ID);
ALTER TABLE disclosure_request ADD CONSTRAINT disclosure_request_department FOREIGN KEY (department_id) REFERENCES department (ID);
ALTER TABLE disclosure_step ADD CONSTRAINT disclosure_step_request FOREIGN KEY (request_id) REFERENCES disclosure_request (ID);
CREATE INDEX disclosure_request_department_status ON disclosure_request (department_id, status);
