-- Part-time secrecy liaisons (liaisons.entity.LiaisonEntry): appointments and their ends, one entry each, never
-- changed; an end names the appointment it ends (at most one end per appointment).
CREATE TABLE liaison_entry (ID BIGSERIAL NOT NULL, entry_kind VARCHAR(16) NOT NULL, department_id BIGINT NOT NULL, employee_id BIGINT NOT NULL, ends_id BIGINT, effective_on DATE NOT NULL, doc_ref VARCHAR(100), REASON VARCHAR(200), recorded_by VARCHAR(64) NOT NULL, recorded_at TIMESTAMP NOT NULL, PRIMARY KEY (ID));
ALTER TABLE liaison_entry ADD CONSTRAINT liaison_entry_ends_once UNIQUE (ends_id);
ALTER TABLE liaison_entry ADD CONSTRAINT liaison_entry_department FOREIGN KEY (department_id) REFERENCES department (ID);
ALTER TABLE liaison_entry ADD CONSTRAINT liaison_entry_employee FOREIGN KEY (employee_id) REFERENCES employee (ID);
ALTER TABLE liaison_entry ADD CONSTRAINT liaison_entry_ends FOREIGN KEY (ends_id) REFERENCES liaison_entry (ID);
