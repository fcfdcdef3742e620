-- What a departure is about, kept on it (departures.entity.Departure from_*): the person's department, post and
-- secrecy class when it was opened. Before this version the departure's page, its approval form and the workbook
-- printed the person's current ones (a person lowered twice read the second class on the first departure's form).
-- Back-fill: the person's history (personnel_change) as it stood when the departure was opened, that is the newest
-- entry recorded at or before opened_at; for a departure opened before the person's first entry (a departure
-- entered as opened on an earlier paper day), the roster as it is at the upgrade. A department or post renamed
-- since is found by its code.
ALTER TABLE departure ADD COLUMN from_department_id BIGINT;
ALTER TABLE departure ADD COLUMN from_post_id BIGINT;
ALTER TABLE departure ADD COLUMN from_class VARCHAR(16);
ALTER TABLE departure ADD CONSTRAINT departure_from_department FOREIGN KEY (from_department_id) REFERENCES department (ID);
ALTER TABLE departure ADD CONSTRAINT departure_from_post FOREIGN KEY (from_post_id) REFERENCES post (ID);
UPDATE departure SET from_class = (SELECT c.new_class FROM personnel_change c WHERE c.ID = (SELECT MAX(h.ID) FROM personnel_change h WHERE h.employee_id = departure.employee_id AND h.changed_at <= departure.opened_at)), from_department_id = (SELECT dep.ID FROM department dep, personnel_change c WHERE dep.CODE = c.new_department AND c.ID = (SELECT MAX(h.ID) FROM personnel_change h WHERE h.employee_id = departure.employee_id AND h.changed_at <= departure.opened_at)), from_post_id = (SELECT p.ID FROM post p, personnel_change c WHERE p.CODE = c.new_post AND c.ID = (SELECT MAX(h.ID) FROM personnel_change h WHERE h.employee_id = departure.employee_id AND h.changed_at <= departure.opened_at));
UPDATE departure SET from_class = (SELECT e.secrecy_class FROM employee e WHERE e.ID = departure.employee_id) WHERE from_class IS NULL;
UPDATE departure SET from_department_id = (SELECT e.department_id FROM employee e WHERE e.ID = departure.employee_id) WHERE from_department_id IS NULL;
UPDATE departure SET from_post_id = (SELECT e.post_id FROM employee e WHERE e.ID = departure.employee_id) WHERE from_post_id IS NULL;
