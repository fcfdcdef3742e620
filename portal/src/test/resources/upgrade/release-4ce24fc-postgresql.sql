-- A postgresql database as the release before migrations (main at 4ce24fc) left it: the schema its EclipseLink
-- create-or-extend-tables made (no Flyway history table), then two rows in every table (foreign keys point at
-- the rows of the referenced table; generated ids are 1 and 2). UpgradeTest loads this, migrates with Flyway and
-- checks that every row is kept. Written once by a throw-away generator from that schema; keep it as it is.

CREATE TABLE department (ID  SERIAL NOT NULL, CODE VARCHAR(32) NOT NULL UNIQUE, NAME VARCHAR(100) NOT NULL, NAMEEN VARCHAR(100), PRIMARY KEY (ID));
CREATE TABLE post (ID  SERIAL NOT NULL, CODE VARCHAR(32) NOT NULL UNIQUE, NAME VARCHAR(100) NOT NULL, NAMEEN VARCHAR(100), PRIMARY KEY (ID));
CREATE TABLE employee (ID  SERIAL NOT NULL, EMAIL VARCHAR(100), employee_no VARCHAR(20) NOT NULL UNIQUE, hire_date DATE NOT NULL, NAME VARCHAR(50) NOT NULL, secrecy_class VARCHAR(16) NOT NULL, STATUS VARCHAR(16) NOT NULL, VERSION BIGINT, department_id BIGINT NOT NULL, post_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE personnel_change (ID  SERIAL NOT NULL, changed_at TIMESTAMP NOT NULL, changed_by VARCHAR(64) NOT NULL, effective_on DATE NOT NULL, new_class VARCHAR(16) NOT NULL, new_department VARCHAR(32) NOT NULL, new_name VARCHAR(50) NOT NULL, new_post VARCHAR(32) NOT NULL, new_status VARCHAR(16) NOT NULL, old_class VARCHAR(16), old_department VARCHAR(32), old_name VARCHAR(50), old_post VARCHAR(32), old_status VARCHAR(16), REASON VARCHAR(200), SOURCE VARCHAR(16) NOT NULL, employee_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE account (ID  SERIAL NOT NULL, disabled_from DATE, ENABLED BOOLEAN NOT NULL, failed_logins INTEGER NOT NULL, last_login TIMESTAMP, locked_until TIMESTAMP, password_change_required BOOLEAN, password_hash VARCHAR(512) NOT NULL, revoked_at TIMESTAMP, USERNAME VARCHAR(64) NOT NULL UNIQUE, VERSION BIGINT, employee_id BIGINT UNIQUE, PRIMARY KEY (ID));
CREATE TABLE account_change (ID  SERIAL NOT NULL, changed_at TIMESTAMP NOT NULL, changed_by VARCHAR(64) NOT NULL, effective_on DATE, KIND VARCHAR(24) NOT NULL, new_roles VARCHAR(200), old_roles VARCHAR(200), REASON VARCHAR(200), USERNAME VARCHAR(64) NOT NULL, PRIMARY KEY (ID));
CREATE TABLE acknowledgement (ID  SERIAL NOT NULL, acknowledged_at TIMESTAMP NOT NULL, document_key VARCHAR(100) NOT NULL, reading_seconds BIGINT NOT NULL, SHA256 VARCHAR(64) NOT NULL, VERSION INTEGER NOT NULL, employee_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE programme_assignment (ID  SERIAL NOT NULL, assigned_by VARCHAR(64) NOT NULL, campaign_code VARCHAR(40), closed_at TIMESTAMP, completed_at TIMESTAMP, DUE DATE NOT NULL, KIND VARCHAR(16) NOT NULL, started_on DATE NOT NULL, VERSION BIGINT, employee_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE INDEX assignment_campaign ON programme_assignment (campaign_code, id);
CREATE INDEX assignment_employee ON programme_assignment (employee_id);
CREATE TABLE signed_pledge (ID  SERIAL NOT NULL, client_address VARCHAR(64) NOT NULL, PDF BYTEA NOT NULL, pledge_kind VARCHAR(16) NOT NULL, rendered_text TEXT NOT NULL, SHA256 VARCHAR(64) NOT NULL, signature_png BYTEA NOT NULL, signed_at TIMESTAMP NOT NULL, signed_by VARCHAR(64) NOT NULL, template_key VARCHAR(64) NOT NULL, template_version INTEGER NOT NULL, TITLE VARCHAR(200) NOT NULL, topic_issue_id BIGINT, typed_name VARCHAR(50) NOT NULL, user_agent VARCHAR(512) NOT NULL, employee_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE topic_pledge_issue (ID  SERIAL NOT NULL, ADDRESSEES TEXT NOT NULL, department_code VARCHAR(32), due_on DATE, issued_at TIMESTAMP NOT NULL, issued_by VARCHAR(64) NOT NULL, OCCASION VARCHAR(200) NOT NULL, TOPIC VARCHAR(32) NOT NULL, PRIMARY KEY (ID));
CREATE TABLE topic_pledge_addressee (ID  SERIAL NOT NULL, employee_id BIGINT NOT NULL, issue_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE campaign (ID  SERIAL NOT NULL, AUDIENCE VARCHAR(20), CLASSES VARCHAR(100) NOT NULL, CODE VARCHAR(40) NOT NULL UNIQUE, DEPARTMENTS VARCHAR(1000) NOT NULL, due_on DATE NOT NULL, hours_target DECIMAL(6,1), launched_at TIMESTAMP NOT NULL, launched_by VARCHAR(64) NOT NULL, opens_on DATE NOT NULL, plan_year INTEGER, PLEDGE VARCHAR(16), POSTS VARCHAR(1000) NOT NULL, quiz_code VARCHAR(40) NOT NULL, TITLE VARCHAR(200) NOT NULL, PRIMARY KEY (ID));
CREATE TABLE reminder_sent (ID  SERIAL NOT NULL, assignment_id BIGINT NOT NULL, KIND VARCHAR(16) NOT NULL, sent_at TIMESTAMP NOT NULL, sent_on DATE NOT NULL, sent_to VARCHAR(500) NOT NULL, PRIMARY KEY (ID));
CREATE TABLE education_plan (ID  SERIAL NOT NULL, copied_from BIGINT, created_at TIMESTAMP NOT NULL, created_by VARCHAR(64) NOT NULL, plan_year INTEGER NOT NULL, started_at TIMESTAMP, started_by VARCHAR(64), TITLE VARCHAR(200) NOT NULL, VERSION BIGINT, PRIMARY KEY (ID));
CREATE TABLE plan_item (ID  SERIAL NOT NULL, AUDIENCE VARCHAR(20) NOT NULL, campaign_code VARCHAR(40), DEPARTMENTS VARCHAR(1000) NOT NULL, due_on DATE NOT NULL, hours_target DECIMAL(6,1) NOT NULL, opens_on DATE NOT NULL, pledge_kind VARCHAR(16), POSITION INTEGER NOT NULL, quiz_code VARCHAR(40), TITLE VARCHAR(200) NOT NULL, plan_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE notification (ID  SERIAL NOT NULL, ARGUMENTS VARCHAR(2000), created_at TIMESTAMP NOT NULL, LINK VARCHAR(300), message_key VARCHAR(100) NOT NULL, read_at TIMESTAMP, RECIPIENT VARCHAR(64) NOT NULL, PRIMARY KEY (ID));
CREATE INDEX notification_recipient ON notification (recipient, read_at);
CREATE TABLE calendar_token (ID  SERIAL NOT NULL, created_at TIMESTAMP NOT NULL, revoked_at TIMESTAMP, SHA256 VARCHAR(64) NOT NULL UNIQUE, USERNAME VARCHAR(64) NOT NULL, PRIMARY KEY (ID));
CREATE TABLE departure (ID  SERIAL NOT NULL, approved_by VARCHAR(64), approved_on DATE, briefing_given_by VARCHAR(50), briefing_on DATE, exit_pledge_id BIGINT, exit_pledge_paper_ref VARCHAR(100), exit_pledge_signed_at TIMESTAMP, KIND VARCHAR(16) NOT NULL, no_carriers_declared_at TIMESTAMP, no_carriers_declared_by VARCHAR(64), opened_at TIMESTAMP NOT NULL, opened_by VARCHAR(64) NOT NULL, planned_last_day DATE NOT NULL, REASON VARCHAR(500), STATUS VARCHAR(16) NOT NULL, target_class VARCHAR(16), VERSION BIGINT, employee_id BIGINT NOT NULL, target_department_id BIGINT, target_post_id BIGINT, PRIMARY KEY (ID));
CREATE TABLE carrier_return (ID  SERIAL NOT NULL, DESCRIPTION VARCHAR(200) NOT NULL, KIND VARCHAR(16) NOT NULL, received_by VARCHAR(50), returned_on DATE, VERSION BIGINT, withdrawn_at TIMESTAMP, withdrawn_by VARCHAR(64), withdrawn_reason VARCHAR(200), departure_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE post_exit_period (ID  SERIAL NOT NULL, current_end DATE, end_date DATE NOT NULL, entrusted_ref VARCHAR(100), entrusted_to VARCHAR(100), secrecy_class VARCHAR(16) NOT NULL, start_date DATE NOT NULL, employee_id BIGINT NOT NULL, departure_id BIGINT NOT NULL UNIQUE, PRIMARY KEY (ID));
CREATE TABLE carrier_correction (ID  SERIAL NOT NULL, corrected_at TIMESTAMP NOT NULL, corrected_by VARCHAR(64) NOT NULL, new_description VARCHAR(200), new_kind VARCHAR(16), old_description VARCHAR(200) NOT NULL, old_kind VARCHAR(16) NOT NULL, REASON VARCHAR(200) NOT NULL, carrier_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE period_adjustment (ID  SERIAL NOT NULL, approved_by VARCHAR(50) NOT NULL, document_ref VARCHAR(100), KIND VARCHAR(16) NOT NULL, new_end DATE NOT NULL, old_end DATE NOT NULL, REASON VARCHAR(200) NOT NULL, recorded_at TIMESTAMP NOT NULL, recorded_by VARCHAR(64) NOT NULL, period_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE period_contact_change (ID  SERIAL NOT NULL, contact VARCHAR(200), employer VARCHAR(100), recorded_at TIMESTAMP NOT NULL, recorded_by VARCHAR(64) NOT NULL, reported_on DATE NOT NULL, period_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE period_notice (ID  SERIAL NOT NULL, for_end DATE NOT NULL, KIND VARCHAR(16) NOT NULL, RECIPIENTS VARCHAR(1000) NOT NULL, sent_at TIMESTAMP NOT NULL, sent_on DATE NOT NULL, period_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE inspection_round (ID  SERIAL NOT NULL, checklist_key VARCHAR(100) NOT NULL, checklist_title VARCHAR(200) NOT NULL, checklist_version INTEGER NOT NULL, DUE DATE NOT NULL, NAME VARCHAR(60) NOT NULL UNIQUE, opened_at TIMESTAMP NOT NULL, opened_by VARCHAR(64) NOT NULL, opened_on DATE NOT NULL, inspection_scope VARCHAR(16) NOT NULL, VERSION BIGINT, PRIMARY KEY (ID));
CREATE TABLE self_inspection (ID  SERIAL NOT NULL, STATUS VARCHAR(16) NOT NULL, submitted_at TIMESTAMP, submitted_by VARCHAR(64), VERSION BIGINT, department_id BIGINT NOT NULL, respondent_id BIGINT NOT NULL, round_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE inspection_finding (ID  SERIAL NOT NULL, answer_note VARCHAR(500), DUE DATE NOT NULL, item_id VARCHAR(120) NOT NULL, QUESTION VARCHAR(1000) NOT NULL, remediated_at TIMESTAMP, remediated_by VARCHAR(64), REMEDIATION VARCHAR(1000) NOT NULL, remediation_note VARCHAR(500), reopened_count INTEGER NOT NULL, review_note VARCHAR(500), reviewed_at TIMESTAMP, reviewed_by VARCHAR(64), STATUS VARCHAR(16) NOT NULL, VERSION BIGINT, inspection_id BIGINT NOT NULL, owner_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE training_session (ID  SERIAL NOT NULL, check_in_code VARCHAR(6), CLASSES VARCHAR(100) NOT NULL, CODE VARCHAR(40) NOT NULL UNIQUE, code_issued_at TIMESTAMP, code_issued_by VARCHAR(64), DEPARTMENTS VARCHAR(1000) NOT NULL, ends_at TIMESTAMP NOT NULL, session_hours DECIMAL(4,1) NOT NULL, session_kind VARCHAR(16) NOT NULL, PLACE VARCHAR(200), scheduled_at TIMESTAMP NOT NULL, scheduled_by VARCHAR(64) NOT NULL, starts_at TIMESTAMP NOT NULL, TOPIC VARCHAR(200) NOT NULL, VERSION BIGINT, PRIMARY KEY (ID));
CREATE TABLE session_attendance (ID  SERIAL NOT NULL, recorded_how VARCHAR(24) NOT NULL, recorded_at TIMESTAMP NOT NULL, recorded_by VARCHAR(64) NOT NULL, employee_id BIGINT NOT NULL, session_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE vetting_record (ID  SERIAL NOT NULL, approver VARCHAR(50) NOT NULL, file_ref VARCHAR(100) NOT NULL, held_on DATE NOT NULL, vetting_kind VARCHAR(16) NOT NULL, note VARCHAR(200), recorded_at TIMESTAMP NOT NULL, recorded_by VARCHAR(64) NOT NULL, vetting_result VARCHAR(16) NOT NULL, employee_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE review_notice (ID  SERIAL NOT NULL, due_on DATE NOT NULL, employee_no VARCHAR(20) NOT NULL, sent_at TIMESTAMP NOT NULL, PRIMARY KEY (ID));
CREATE TABLE matter_report (ID  SERIAL NOT NULL, category VARCHAR(32) NOT NULL, note VARCHAR(500), occurred_on DATE NOT NULL, reported_at TIMESTAMP NOT NULL, reported_by VARCHAR(64) NOT NULL, status VARCHAR(16) NOT NULL, employee_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE matter_step (ID  SERIAL NOT NULL, decision VARCHAR(32), done_at TIMESTAMP NOT NULL, done_by VARCHAR(64) NOT NULL, step_kind VARCHAR(16) NOT NULL, decision_text VARCHAR(500), report_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE travel_request (ID  SERIAL NOT NULL, country VARCHAR(2) NOT NULL, departure_day DATE NOT NULL, note VARCHAR(300), purpose VARCHAR(24) NOT NULL, requested_at TIMESTAMP NOT NULL, requested_by VARCHAR(64) NOT NULL, return_day DATE NOT NULL, status VARCHAR(16) NOT NULL, version BIGINT, employee_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE travel_step (ID  SERIAL NOT NULL, step_day DATE NOT NULL, given_by VARCHAR(50), step_kind VARCHAR(16) NOT NULL, note VARCHAR(300), recorded_at TIMESTAMP NOT NULL, recorded_by VARCHAR(64) NOT NULL, request_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE passport_entry (ID  SERIAL NOT NULL, entry_action VARCHAR(16) NOT NULL, entry_day DATE NOT NULL, note VARCHAR(300), recorded_at TIMESTAMP NOT NULL, recorded_by VARCHAR(64) NOT NULL, employee_id BIGINT NOT NULL, request_id BIGINT, PRIMARY KEY (ID));
CREATE TABLE incident (ID  SERIAL NOT NULL, anonymous BOOLEAN NOT NULL, attachment_sha256 VARCHAR(64), attachment_size INTEGER, attachment_type VARCHAR(8), closed_at TIMESTAMP, description VARCHAR(2000) NOT NULL, incident_kind VARCHAR(16) NOT NULL, occurred_on DATE NOT NULL, place VARCHAR(100), received_at TIMESTAMP NOT NULL, report_due TIMESTAMP NOT NULL, reported_upward_at TIMESTAMP, reporter_login VARCHAR(64), reporter_no VARCHAR(20), status VARCHAR(8) NOT NULL, VERSION BIGINT, PRIMARY KEY (ID));
CREATE TABLE incident_attachment (incident_id BIGINT NOT NULL, content BYTEA NOT NULL, PRIMARY KEY (incident_id));
CREATE TABLE incident_step (ID  SERIAL NOT NULL, cause VARCHAR(1000), education VARCHAR(1000), step_kind VARCHAR(16) NOT NULL, measures VARCHAR(1000), note VARCHAR(2000), responsibility VARCHAR(1000), stepped_at TIMESTAMP NOT NULL, stepped_by VARCHAR(64), upward_at TIMESTAMP, upward_channel VARCHAR(8), upward_ref VARCHAR(100), upward_to VARCHAR(100), incident_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE conduct_entry (ID  SERIAL NOT NULL, corrects_id BIGINT, decided_by VARCHAR(100) NOT NULL, decided_on DATE NOT NULL, document_ref VARCHAR(100), incident_id BIGINT, conduct_kind VARCHAR(24) NOT NULL, reason VARCHAR(500) NOT NULL, recorded_at TIMESTAMP NOT NULL, recorded_by VARCHAR(64) NOT NULL, employee_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE evidence_entry (seq BIGINT NOT NULL, chain_hash VARCHAR(64) NOT NULL, CONTENT VARCHAR(4000) NOT NULL, content_hash VARCHAR(64) NOT NULL, employee_no VARCHAR(20), KIND VARCHAR(24) NOT NULL, previous_hash VARCHAR(64) NOT NULL, record_id BIGINT NOT NULL, recorded_at_ms BIGINT NOT NULL, PRIMARY KEY (seq));
CREATE TABLE evidence_head (ID BIGINT NOT NULL, BACKFILLED BOOLEAN NOT NULL, last_hash VARCHAR(64) NOT NULL, last_seq BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE document_version (ID  SERIAL NOT NULL, BODY TEXT NOT NULL, change_note VARCHAR(500), document_key VARCHAR(100) NOT NULL, effective_date DATE NOT NULL, KIND VARCHAR(16) NOT NULL, material_change BOOLEAN NOT NULL, pledge_kind VARCHAR(16), post_code VARCHAR(32), published_at TIMESTAMP NOT NULL, published_by VARCHAR(64) NOT NULL, SHA256 VARCHAR(64) NOT NULL, TITLE VARCHAR(200) NOT NULL, VERSION INTEGER NOT NULL, PRIMARY KEY (ID));
CREATE TABLE bank_question (ID  SERIAL NOT NULL, ACTIVE BOOLEAN NOT NULL, ANSWER VARCHAR(500) NOT NULL, BASIS VARCHAR(300), CATEGORY VARCHAR(100), created_at TIMESTAMP, created_by VARCHAR(60), DIFFICULTY INTEGER NOT NULL, exclusion_group VARCHAR(60), EXPLANATION TEXT, LINEAGE VARCHAR(100), question_key VARCHAR(100) NOT NULL UNIQUE, retire_reason VARCHAR(500), retired_at TIMESTAMP, retired_by VARCHAR(60), revision_note VARCHAR(500), SOURCE VARCHAR(40) NOT NULL, STEM TEXT NOT NULL, TYPE VARCHAR(8) NOT NULL, version INTEGER, clause_code VARCHAR(100), PRIMARY KEY (ID));
CREATE TABLE quiz (ID  SERIAL NOT NULL, ACTIVE BOOLEAN NOT NULL, attempts_allowed INTEGER NOT NULL, CODE VARCHAR(40) NOT NULL UNIQUE, FEEDBACK VARCHAR(12) NOT NULL, grading_method VARCHAR(10) NOT NULL, MODE VARCHAR(10) NOT NULL, multi_credit VARCHAR(16) NOT NULL, pass_percent INTEGER NOT NULL, shuffle_options BOOLEAN NOT NULL, shuffle_questions BOOLEAN NOT NULL, time_limit_minutes INTEGER NOT NULL, TITLE VARCHAR(200) NOT NULL, PRIMARY KEY (ID));
CREATE TABLE attempt (ID  SERIAL NOT NULL, DEADLINE TIMESTAMP, department_code VARCHAR(32), finished_at TIMESTAMP, NUMBER INTEGER NOT NULL, PASSED BOOLEAN, PERCENT DECIMAL(5,1), person_key VARCHAR(20) NOT NULL, repeated_questions INTEGER NOT NULL, started_at TIMESTAMP NOT NULL, STATUS VARCHAR(12) NOT NULL, quiz_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE attempt_item (ID  SERIAL NOT NULL, FRACTION DECIMAL(6,4), option_order VARCHAR(6) NOT NULL, POSITION INTEGER NOT NULL, RESPONSE VARCHAR(2000), REVEALED BOOLEAN NOT NULL, saved_at TIMESTAMP, attempt_id BIGINT NOT NULL, question_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE mistake (ID  SERIAL NOT NULL, last_response VARCHAR(2000), last_wrong_at TIMESTAMP, is_open BOOLEAN NOT NULL, person_key VARCHAR(20) NOT NULL, right_in_a_row INTEGER NOT NULL, times_wrong INTEGER NOT NULL, question_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE issued_certificate (ID  SERIAL NOT NULL, attempt_id BIGINT NOT NULL UNIQUE, CODE VARCHAR(12) NOT NULL UNIQUE, issued_at TIMESTAMP NOT NULL, masked_name VARCHAR(100) NOT NULL, passed_on DATE NOT NULL, person_key VARCHAR(20) NOT NULL, quiz_title VARCHAR(200) NOT NULL, revoke_reason VARCHAR(500), revoked_at TIMESTAMP, revoked_by VARCHAR(60), PRIMARY KEY (ID));
CREATE TABLE quiz_accommodation (ID  SERIAL NOT NULL, extra_attempts INTEGER NOT NULL, extra_minutes INTEGER NOT NULL, granted_at TIMESTAMP NOT NULL, granted_by VARCHAR(60) NOT NULL, person_key VARCHAR(20) NOT NULL, REASON VARCHAR(500) NOT NULL, quiz_id BIGINT NOT NULL, PRIMARY KEY (ID));
CREATE TABLE account_role (account_id BIGINT, role VARCHAR(32) NOT NULL);
CREATE TABLE self_inspection_answer (COMPLIANT BOOLEAN NOT NULL, item_id VARCHAR(120) NOT NULL, NOTE VARCHAR(500), QUESTION VARCHAR(1000) NOT NULL, inspection_id BIGINT, item_position INTEGER);
CREATE TABLE bank_option (question_id BIGINT, text VARCHAR(1000), position INTEGER);
CREATE TABLE quiz_draw_rule (CATEGORY VARCHAR(100), question_count INTEGER NOT NULL, max_difficulty INTEGER NOT NULL, min_difficulty INTEGER NOT NULL, own_post BOOLEAN, quiz_id BIGINT, position INTEGER);
ALTER TABLE acknowledgement ADD CONSTRAINT UNQ_acknowledgement_0 UNIQUE (employee_id, document_key, version);
ALTER TABLE topic_pledge_addressee ADD CONSTRAINT UNQ_topic_pledge_addressee_0 UNIQUE (issue_id, employee_id);
ALTER TABLE reminder_sent ADD CONSTRAINT UNQ_reminder_sent_0 UNIQUE (assignment_id, sent_on);
ALTER TABLE period_notice ADD CONSTRAINT UNQ_period_notice_0 UNIQUE (period_id, kind, for_end);
ALTER TABLE session_attendance ADD CONSTRAINT UNQ_session_attendance_0 UNIQUE (session_id, employee_id);
ALTER TABLE review_notice ADD CONSTRAINT UNQ_review_notice_0 UNIQUE (employee_no, due_on);
ALTER TABLE matter_step ADD CONSTRAINT UNQ_matter_step_0 UNIQUE (report_id, step_kind);
ALTER TABLE evidence_entry ADD CONSTRAINT UNQ_evidence_entry_0 UNIQUE (kind, record_id);
ALTER TABLE document_version ADD CONSTRAINT UNQ_document_version_0 UNIQUE (document_key, version);
ALTER TABLE attempt ADD CONSTRAINT attempt_number_once UNIQUE (quiz_id, person_key, number);
ALTER TABLE attempt_item ADD CONSTRAINT UNQ_attempt_item_0 UNIQUE (attempt_id, position);
ALTER TABLE mistake ADD CONSTRAINT UNQ_mistake_0 UNIQUE (person_key, question_id);
ALTER TABLE employee ADD CONSTRAINT FK_employee_department_id FOREIGN KEY (department_id) REFERENCES department (ID);
ALTER TABLE employee ADD CONSTRAINT FK_employee_post_id FOREIGN KEY (post_id) REFERENCES post (ID);
ALTER TABLE personnel_change ADD CONSTRAINT FK_personnel_change_employee_id FOREIGN KEY (employee_id) REFERENCES employee (ID);
ALTER TABLE account ADD CONSTRAINT FK_account_employee_id FOREIGN KEY (employee_id) REFERENCES employee (ID);
ALTER TABLE acknowledgement ADD CONSTRAINT FK_acknowledgement_employee_id FOREIGN KEY (employee_id) REFERENCES employee (ID);
ALTER TABLE programme_assignment ADD CONSTRAINT FK_programme_assignment_employee_id FOREIGN KEY (employee_id) REFERENCES employee (ID);
ALTER TABLE signed_pledge ADD CONSTRAINT FK_signed_pledge_employee_id FOREIGN KEY (employee_id) REFERENCES employee (ID);
ALTER TABLE topic_pledge_addressee ADD CONSTRAINT FK_topic_pledge_addressee_employee_id FOREIGN KEY (employee_id) REFERENCES employee (ID);
ALTER TABLE topic_pledge_addressee ADD CONSTRAINT FK_topic_pledge_addressee_issue_id FOREIGN KEY (issue_id) REFERENCES topic_pledge_issue (ID);
ALTER TABLE plan_item ADD CONSTRAINT FK_plan_item_plan_id FOREIGN KEY (plan_id) REFERENCES education_plan (ID);
ALTER TABLE departure ADD CONSTRAINT FK_departure_employee_id FOREIGN KEY (employee_id) REFERENCES employee (ID);
ALTER TABLE departure ADD CONSTRAINT FK_departure_target_post_id FOREIGN KEY (target_post_id) REFERENCES post (ID);
ALTER TABLE departure ADD CONSTRAINT FK_departure_target_department_id FOREIGN KEY (target_department_id) REFERENCES department (ID);
ALTER TABLE carrier_return ADD CONSTRAINT FK_carrier_return_departure_id FOREIGN KEY (departure_id) REFERENCES departure (ID);
ALTER TABLE post_exit_period ADD CONSTRAINT FK_post_exit_period_employee_id FOREIGN KEY (employee_id) REFERENCES employee (ID);
ALTER TABLE post_exit_period ADD CONSTRAINT FK_post_exit_period_departure_id FOREIGN KEY (departure_id) REFERENCES departure (ID);
ALTER TABLE carrier_correction ADD CONSTRAINT FK_carrier_correction_carrier_id FOREIGN KEY (carrier_id) REFERENCES carrier_return (ID);
ALTER TABLE period_adjustment ADD CONSTRAINT FK_period_adjustment_period_id FOREIGN KEY (period_id) REFERENCES post_exit_period (ID);
ALTER TABLE period_contact_change ADD CONSTRAINT FK_period_contact_change_period_id FOREIGN KEY (period_id) REFERENCES post_exit_period (ID);
ALTER TABLE period_notice ADD CONSTRAINT FK_period_notice_period_id FOREIGN KEY (period_id) REFERENCES post_exit_period (ID);
ALTER TABLE self_inspection ADD CONSTRAINT FK_self_inspection_round_id FOREIGN KEY (round_id) REFERENCES inspection_round (ID);
ALTER TABLE self_inspection ADD CONSTRAINT FK_self_inspection_department_id FOREIGN KEY (department_id) REFERENCES department (ID);
ALTER TABLE self_inspection ADD CONSTRAINT FK_self_inspection_respondent_id FOREIGN KEY (respondent_id) REFERENCES employee (ID);
ALTER TABLE inspection_finding ADD CONSTRAINT FK_inspection_finding_inspection_id FOREIGN KEY (inspection_id) REFERENCES self_inspection (ID);
ALTER TABLE inspection_finding ADD CONSTRAINT FK_inspection_finding_owner_id FOREIGN KEY (owner_id) REFERENCES employee (ID);
ALTER TABLE session_attendance ADD CONSTRAINT FK_session_attendance_employee_id FOREIGN KEY (employee_id) REFERENCES employee (ID);
ALTER TABLE session_attendance ADD CONSTRAINT FK_session_attendance_session_id FOREIGN KEY (session_id) REFERENCES training_session (ID);
ALTER TABLE vetting_record ADD CONSTRAINT FK_vetting_record_employee_id FOREIGN KEY (employee_id) REFERENCES employee (ID);
ALTER TABLE matter_report ADD CONSTRAINT FK_matter_report_employee_id FOREIGN KEY (employee_id) REFERENCES employee (ID);
ALTER TABLE matter_step ADD CONSTRAINT FK_matter_step_report_id FOREIGN KEY (report_id) REFERENCES matter_report (ID);
ALTER TABLE travel_request ADD CONSTRAINT FK_travel_request_employee_id FOREIGN KEY (employee_id) REFERENCES employee (ID);
ALTER TABLE travel_step ADD CONSTRAINT FK_travel_step_request_id FOREIGN KEY (request_id) REFERENCES travel_request (ID);
ALTER TABLE passport_entry ADD CONSTRAINT FK_passport_entry_employee_id FOREIGN KEY (employee_id) REFERENCES employee (ID);
ALTER TABLE passport_entry ADD CONSTRAINT FK_passport_entry_request_id FOREIGN KEY (request_id) REFERENCES travel_request (ID);
ALTER TABLE incident_step ADD CONSTRAINT FK_incident_step_incident_id FOREIGN KEY (incident_id) REFERENCES incident (ID);
ALTER TABLE conduct_entry ADD CONSTRAINT FK_conduct_entry_employee_id FOREIGN KEY (employee_id) REFERENCES employee (ID);
ALTER TABLE attempt ADD CONSTRAINT FK_attempt_quiz_id FOREIGN KEY (quiz_id) REFERENCES quiz (ID);
ALTER TABLE attempt_item ADD CONSTRAINT FK_attempt_item_question_id FOREIGN KEY (question_id) REFERENCES bank_question (ID);
ALTER TABLE attempt_item ADD CONSTRAINT FK_attempt_item_attempt_id FOREIGN KEY (attempt_id) REFERENCES attempt (ID);
ALTER TABLE mistake ADD CONSTRAINT FK_mistake_question_id FOREIGN KEY (question_id) REFERENCES bank_question (ID);
ALTER TABLE quiz_accommodation ADD CONSTRAINT FK_quiz_accommodation_quiz_id FOREIGN KEY (quiz_id) REFERENCES quiz (ID);
ALTER TABLE account_role ADD CONSTRAINT FK_account_role_account_id FOREIGN KEY (account_id) REFERENCES account (ID);
ALTER TABLE self_inspection_answer ADD CONSTRAINT FK_self_inspection_answer_inspection_id FOREIGN KEY (inspection_id) REFERENCES self_inspection (ID);
ALTER TABLE bank_option ADD CONSTRAINT FK_bank_option_question_id FOREIGN KEY (question_id) REFERENCES bank_question (ID);
ALTER TABLE quiz_draw_rule ADD CONSTRAINT FK_quiz_draw_rule_quiz_id FOREIGN KEY (quiz_id) REFERENCES quiz (ID);

-- account_change
INSERT INTO account_change (changed_at, changed_by, effective_on, kind, new_roles, old_roles, reason, username) VALUES ('2026-11-01 09:31:00', 'changed-by-1 保密', '2026-11-01', 'kind-1 保密', 'new-roles-1 保密', 'old-roles-1 保密', 'reason-1 保密', 'username-1 保密');
INSERT INTO account_change (changed_at, changed_by, effective_on, kind, new_roles, old_roles, reason, username) VALUES ('2026-11-02 09:32:00', 'changed-by-2', '2026-11-02', 'kind-2', 'new-roles-2', 'old-roles-2', 'reason-2', 'username-2');

-- bank_question
INSERT INTO bank_question (active, answer, basis, category, created_at, created_by, difficulty, exclusion_group, explanation, lineage, question_key, retire_reason, retired_at, retired_by, revision_note, source, stem, type, version, clause_code) VALUES (TRUE, 'answer-1 保密', 'basis-1 保密', 'category-1 保密', '2026-11-01 09:31:00', 'created-by-1 保密', 1, 'exclusion-group-1 保密', 'explanation-1 保密', 'lineage-1 保密', 'question-key-1 保密', 'retire-reason-1 保密', '2026-11-01 09:31:00', 'retired-by-1 保密', 'revision-note-1 保密', 'source-1 保密', 'stem-1 保密', 'type-1 1', 1, 'clause-code-1 保密');
INSERT INTO bank_question (active, answer, basis, category, created_at, created_by, difficulty, exclusion_group, explanation, lineage, question_key, retire_reason, retired_at, retired_by, revision_note, source, stem, type, version, clause_code) VALUES (FALSE, 'answer-2', 'basis-2', 'category-2', '2026-11-02 09:32:00', 'created-by-2', 2, 'exclusion-group-2', 'explanation-2', 'lineage-2', 'question-key-2', 'retire-reason-2', '2026-11-02 09:32:00', 'retired-by-2', 'revision-note-2', 'source-2', 'stem-2', 'type-2', 2, 'clause-code-2');

-- calendar_token
INSERT INTO calendar_token (created_at, revoked_at, sha256, username) VALUES ('2026-11-01 09:31:00', '2026-11-01 09:31:00', 'sha256-1 保密', 'username-1 保密');
INSERT INTO calendar_token (created_at, revoked_at, sha256, username) VALUES ('2026-11-02 09:32:00', '2026-11-02 09:32:00', 'sha256-2', 'username-2');

-- campaign
INSERT INTO campaign (audience, classes, code, departments, due_on, hours_target, launched_at, launched_by, opens_on, plan_year, pledge, posts, quiz_code, title) VALUES ('audience-1 保密', 'classes-1 保密', 'code-1 保密', 'departments-1 保密', '2026-11-01', 1.5, '2026-11-01 09:31:00', 'launched-by-1 保密', '2026-11-01', 1, 'pledge-1 保密', 'posts-1 保密', 'quiz-code-1 保密', 'title-1 保密');
INSERT INTO campaign (audience, classes, code, departments, due_on, hours_target, launched_at, launched_by, opens_on, plan_year, pledge, posts, quiz_code, title) VALUES ('audience-2', 'classes-2', 'code-2', 'departments-2', '2026-11-02', 2.5, '2026-11-02 09:32:00', 'launched-by-2', '2026-11-02', 2, 'pledge-2', 'posts-2', 'quiz-code-2', 'title-2');

-- department
INSERT INTO department (code, name, nameen) VALUES ('code-1 保密', 'name-1 保密', 'nameen-1 保密');
INSERT INTO department (code, name, nameen) VALUES ('code-2', 'name-2', 'nameen-2');

-- document_version
INSERT INTO document_version (body, change_note, document_key, effective_date, kind, material_change, pledge_kind, post_code, published_at, published_by, sha256, title, version) VALUES ('body-1 保密', 'change-note-1 保密', 'document-key-1 保密', '2026-11-01', 'kind-1 保密', TRUE, 'pledge-kind-1 保密', 'post-code-1 保密', '2026-11-01 09:31:00', 'published-by-1 保密', 'sha256-1 保密', 'title-1 保密', 1);
INSERT INTO document_version (body, change_note, document_key, effective_date, kind, material_change, pledge_kind, post_code, published_at, published_by, sha256, title, version) VALUES ('body-2', 'change-note-2', 'document-key-2', '2026-11-02', 'kind-2', FALSE, 'pledge-kind-2', 'post-code-2', '2026-11-02 09:32:00', 'published-by-2', 'sha256-2', 'title-2', 2);

-- education_plan
INSERT INTO education_plan (copied_from, created_at, created_by, plan_year, started_at, started_by, title, version) VALUES (1, '2026-11-01 09:31:00', 'created-by-1 保密', 1, '2026-11-01 09:31:00', 'started-by-1 保密', 'title-1 保密', 1);
INSERT INTO education_plan (copied_from, created_at, created_by, plan_year, started_at, started_by, title, version) VALUES (2, '2026-11-02 09:32:00', 'created-by-2', 2, '2026-11-02 09:32:00', 'started-by-2', 'title-2', 2);

-- evidence_entry
INSERT INTO evidence_entry (seq, chain_hash, content, content_hash, employee_no, kind, previous_hash, record_id, recorded_at_ms) VALUES (1, 'chain-hash-1 保密', 'content-1 保密', 'content-hash-1 保密', 'employee-no-1 保密', 'kind-1 保密', 'previous-hash-1 保密', 1, 1);
INSERT INTO evidence_entry (seq, chain_hash, content, content_hash, employee_no, kind, previous_hash, record_id, recorded_at_ms) VALUES (2, 'chain-hash-2', 'content-2', 'content-hash-2', 'employee-no-2', 'kind-2', 'previous-hash-2', 2, 2);

-- evidence_head
INSERT INTO evidence_head (id, backfilled, last_hash, last_seq) VALUES (1, TRUE, 'last-hash-1 保密', 1);
INSERT INTO evidence_head (id, backfilled, last_hash, last_seq) VALUES (2, FALSE, 'last-hash-2', 2);

-- incident
INSERT INTO incident (anonymous, attachment_sha256, attachment_size, attachment_type, closed_at, description, incident_kind, occurred_on, place, received_at, report_due, reported_upward_at, reporter_login, reporter_no, status, version) VALUES (TRUE, 'attachment-sha256-1 保密', 1, 'attachm1', '2026-11-01 09:31:00', 'description-1 保密', 'incident-kind-11', '2026-11-01', 'place-1 保密', '2026-11-01 09:31:00', '2026-11-01 09:31:00', '2026-11-01 09:31:00', 'reporter-login-1 保密', 'reporter-no-1 保密', 'status-1', 1);
INSERT INTO incident (anonymous, attachment_sha256, attachment_size, attachment_type, closed_at, description, incident_kind, occurred_on, place, received_at, report_due, reported_upward_at, reporter_login, reporter_no, status, version) VALUES (FALSE, 'attachment-sha256-2', 2, 'attachm2', '2026-11-02 09:32:00', 'description-2', 'incident-kind-2', '2026-11-02', 'place-2', '2026-11-02 09:32:00', '2026-11-02 09:32:00', '2026-11-02 09:32:00', 'reporter-login-2', 'reporter-no-2', 'status-2', 2);

-- incident_attachment
INSERT INTO incident_attachment (incident_id, content) VALUES (1, decode('89504e4701', 'hex'));
INSERT INTO incident_attachment (incident_id, content) VALUES (2, decode('89504e4702', 'hex'));

-- incident_step
INSERT INTO incident_step (cause, education, step_kind, measures, note, responsibility, stepped_at, stepped_by, upward_at, upward_channel, upward_ref, upward_to, incident_id) VALUES ('cause-1 保密', 'education-1 保密', 'step-kind-1 保密', 'measures-1 保密', 'note-1 保密', 'responsibility-1 保密', '2026-11-01 09:31:00', 'stepped-by-1 保密', '2026-11-01 09:31:00', 'upward-1', 'upward-ref-1 保密', 'upward-to-1 保密', 1);
INSERT INTO incident_step (cause, education, step_kind, measures, note, responsibility, stepped_at, stepped_by, upward_at, upward_channel, upward_ref, upward_to, incident_id) VALUES ('cause-2', 'education-2', 'step-kind-2', 'measures-2', 'note-2', 'responsibility-2', '2026-11-02 09:32:00', 'stepped-by-2', '2026-11-02 09:32:00', 'upward-2', 'upward-ref-2', 'upward-to-2', 2);

-- inspection_round
INSERT INTO inspection_round (checklist_key, checklist_title, checklist_version, due, name, opened_at, opened_by, opened_on, inspection_scope, version) VALUES ('checklist-key-1 保密', 'checklist-title-1 保密', 1, '2026-11-01', 'name-1 保密', '2026-11-01 09:31:00', 'opened-by-1 保密', '2026-11-01', 'inspection-scop1', 1);
INSERT INTO inspection_round (checklist_key, checklist_title, checklist_version, due, name, opened_at, opened_by, opened_on, inspection_scope, version) VALUES ('checklist-key-2', 'checklist-title-2', 2, '2026-11-02', 'name-2', '2026-11-02 09:32:00', 'opened-by-2', '2026-11-02', 'inspection-scop2', 2);

-- issued_certificate
INSERT INTO issued_certificate (attempt_id, code, issued_at, masked_name, passed_on, person_key, quiz_title, revoke_reason, revoked_at, revoked_by) VALUES (1, 'code-1 保密', '2026-11-01 09:31:00', 'masked-name-1 保密', '2026-11-01', 'person-key-1 保密', 'quiz-title-1 保密', 'revoke-reason-1 保密', '2026-11-01 09:31:00', 'revoked-by-1 保密');
INSERT INTO issued_certificate (attempt_id, code, issued_at, masked_name, passed_on, person_key, quiz_title, revoke_reason, revoked_at, revoked_by) VALUES (2, 'code-2', '2026-11-02 09:32:00', 'masked-name-2', '2026-11-02', 'person-key-2', 'quiz-title-2', 'revoke-reason-2', '2026-11-02 09:32:00', 'revoked-by-2');

-- mistake
INSERT INTO mistake (last_response, last_wrong_at, is_open, person_key, right_in_a_row, times_wrong, question_id) VALUES ('last-response-1 保密', '2026-11-01 09:31:00', TRUE, 'person-key-1 保密', 1, 1, 1);
INSERT INTO mistake (last_response, last_wrong_at, is_open, person_key, right_in_a_row, times_wrong, question_id) VALUES ('last-response-2', '2026-11-02 09:32:00', FALSE, 'person-key-2', 2, 2, 2);

-- notification
INSERT INTO notification (arguments, created_at, link, message_key, read_at, recipient) VALUES ('arguments-1 保密', '2026-11-01 09:31:00', 'link-1 保密', 'message-key-1 保密', '2026-11-01 09:31:00', 'recipient-1 保密');
INSERT INTO notification (arguments, created_at, link, message_key, read_at, recipient) VALUES ('arguments-2', '2026-11-02 09:32:00', 'link-2', 'message-key-2', '2026-11-02 09:32:00', 'recipient-2');

-- plan_item
INSERT INTO plan_item (audience, campaign_code, departments, due_on, hours_target, opens_on, pledge_kind, position, quiz_code, title, plan_id) VALUES ('audience-1 保密', 'campaign-code-1 保密', 'departments-1 保密', '2026-11-01', 1.5, '2026-11-01', 'pledge-kind-1 保密', 1, 'quiz-code-1 保密', 'title-1 保密', 1);
INSERT INTO plan_item (audience, campaign_code, departments, due_on, hours_target, opens_on, pledge_kind, position, quiz_code, title, plan_id) VALUES ('audience-2', 'campaign-code-2', 'departments-2', '2026-11-02', 2.5, '2026-11-02', 'pledge-kind-2', 2, 'quiz-code-2', 'title-2', 2);

-- post
INSERT INTO post (code, name, nameen) VALUES ('code-1 保密', 'name-1 保密', 'nameen-1 保密');
INSERT INTO post (code, name, nameen) VALUES ('code-2', 'name-2', 'nameen-2');

-- quiz
INSERT INTO quiz (active, attempts_allowed, code, feedback, grading_method, mode, multi_credit, pass_percent, shuffle_options, shuffle_questions, time_limit_minutes, title) VALUES (TRUE, 1, 'code-1 保密', 'feedback-1 1', 'grading-m1', 'mode-1 保密', 'multi-credit-1 1', 1, TRUE, TRUE, 1, 'title-1 保密');
INSERT INTO quiz (active, attempts_allowed, code, feedback, grading_method, mode, multi_credit, pass_percent, shuffle_options, shuffle_questions, time_limit_minutes, title) VALUES (FALSE, 2, 'code-2', 'feedback-2', 'grading-m2', 'mode-2', 'multi-credit-2', 2, FALSE, FALSE, 2, 'title-2');

-- quiz_accommodation
INSERT INTO quiz_accommodation (extra_attempts, extra_minutes, granted_at, granted_by, person_key, reason, quiz_id) VALUES (1, 1, '2026-11-01 09:31:00', 'granted-by-1 保密', 'person-key-1 保密', 'reason-1 保密', 1);
INSERT INTO quiz_accommodation (extra_attempts, extra_minutes, granted_at, granted_by, person_key, reason, quiz_id) VALUES (2, 2, '2026-11-02 09:32:00', 'granted-by-2', 'person-key-2', 'reason-2', 2);

-- quiz_draw_rule
INSERT INTO quiz_draw_rule (category, question_count, max_difficulty, min_difficulty, own_post, quiz_id, position) VALUES ('category-1 保密', 1, 1, 1, TRUE, 1, 1);
INSERT INTO quiz_draw_rule (category, question_count, max_difficulty, min_difficulty, own_post, quiz_id, position) VALUES ('category-2', 2, 2, 2, FALSE, 2, 2);

-- reminder_sent
INSERT INTO reminder_sent (assignment_id, kind, sent_at, sent_on, sent_to) VALUES (1, 'kind-1 保密', '2026-11-01 09:31:00', '2026-11-01', 'sent-to-1 保密');
INSERT INTO reminder_sent (assignment_id, kind, sent_at, sent_on, sent_to) VALUES (2, 'kind-2', '2026-11-02 09:32:00', '2026-11-02', 'sent-to-2');

-- review_notice
INSERT INTO review_notice (due_on, employee_no, sent_at) VALUES ('2026-11-01', 'employee-no-1 保密', '2026-11-01 09:31:00');
INSERT INTO review_notice (due_on, employee_no, sent_at) VALUES ('2026-11-02', 'employee-no-2', '2026-11-02 09:32:00');

-- topic_pledge_issue
INSERT INTO topic_pledge_issue (addressees, department_code, due_on, issued_at, issued_by, occasion, topic) VALUES ('addressees-1 保密', 'department-code-1 保密', '2026-11-01', '2026-11-01 09:31:00', 'issued-by-1 保密', 'occasion-1 保密', 'topic-1 保密');
INSERT INTO topic_pledge_issue (addressees, department_code, due_on, issued_at, issued_by, occasion, topic) VALUES ('addressees-2', 'department-code-2', '2026-11-02', '2026-11-02 09:32:00', 'issued-by-2', 'occasion-2', 'topic-2');

-- training_session
INSERT INTO training_session (check_in_code, classes, code, code_issued_at, code_issued_by, departments, ends_at, session_hours, session_kind, place, scheduled_at, scheduled_by, starts_at, topic, version) VALUES ('check1', 'classes-1 保密', 'code-1 保密', '2026-11-01 09:31:00', 'code-issued-by-1 保密', 'departments-1 保密', '2026-11-01 09:31:00', 1.5, 'session-kind-1 1', 'place-1 保密', '2026-11-01 09:31:00', 'scheduled-by-1 保密', '2026-11-01 09:31:00', 'topic-1 保密', 1);
INSERT INTO training_session (check_in_code, classes, code, code_issued_at, code_issued_by, departments, ends_at, session_hours, session_kind, place, scheduled_at, scheduled_by, starts_at, topic, version) VALUES ('check2', 'classes-2', 'code-2', '2026-11-02 09:32:00', 'code-issued-by-2', 'departments-2', '2026-11-02 09:32:00', 2.5, 'session-kind-2', 'place-2', '2026-11-02 09:32:00', 'scheduled-by-2', '2026-11-02 09:32:00', 'topic-2', 2);

-- attempt
INSERT INTO attempt (deadline, department_code, finished_at, number, passed, percent, person_key, repeated_questions, started_at, status, quiz_id) VALUES ('2026-11-01 09:31:00', 'department-code-1 保密', '2026-11-01 09:31:00', 1, TRUE, 1.5, 'person-key-1 保密', 1, '2026-11-01 09:31:00', 'status-1 保密', 1);
INSERT INTO attempt (deadline, department_code, finished_at, number, passed, percent, person_key, repeated_questions, started_at, status, quiz_id) VALUES ('2026-11-02 09:32:00', 'department-code-2', '2026-11-02 09:32:00', 2, FALSE, 2.5, 'person-key-2', 2, '2026-11-02 09:32:00', 'status-2', 2);

-- attempt_item
INSERT INTO attempt_item (fraction, option_order, position, response, revealed, saved_at, attempt_id, question_id) VALUES (1.5, 'optio1', 1, 'response-1 保密', TRUE, '2026-11-01 09:31:00', 1, 1);
INSERT INTO attempt_item (fraction, option_order, position, response, revealed, saved_at, attempt_id, question_id) VALUES (2.5, 'optio2', 2, 'response-2', FALSE, '2026-11-02 09:32:00', 2, 2);

-- bank_option
INSERT INTO bank_option (question_id, text, position) VALUES (1, 'text-1 保密', 1);
INSERT INTO bank_option (question_id, text, position) VALUES (2, 'text-2', 2);

-- employee
INSERT INTO employee (email, employee_no, hire_date, name, secrecy_class, status, version, department_id, post_id) VALUES ('email-1 保密', 'employee-no-1 保密', '2026-11-01', 'name-1 保密', 'secrecy-class-11', 'status-1 保密', 1, 1, 1);
INSERT INTO employee (email, employee_no, hire_date, name, secrecy_class, status, version, department_id, post_id) VALUES ('email-2', 'employee-no-2', '2026-11-02', 'name-2', 'secrecy-class-2', 'status-2', 2, 2, 2);

-- matter_report
INSERT INTO matter_report (category, note, occurred_on, reported_at, reported_by, status, employee_id) VALUES ('category-1 保密', 'note-1 保密', '2026-11-01', '2026-11-01 09:31:00', 'reported-by-1 保密', 'status-1 保密', 1);
INSERT INTO matter_report (category, note, occurred_on, reported_at, reported_by, status, employee_id) VALUES ('category-2', 'note-2', '2026-11-02', '2026-11-02 09:32:00', 'reported-by-2', 'status-2', 2);

-- matter_step
INSERT INTO matter_step (decision, done_at, done_by, step_kind, decision_text, report_id) VALUES ('decision-1 保密', '2026-11-01 09:31:00', 'done-by-1 保密', 'step-kind-1 保密', 'decision-text-1 保密', 1);
INSERT INTO matter_step (decision, done_at, done_by, step_kind, decision_text, report_id) VALUES ('decision-2', '2026-11-02 09:32:00', 'done-by-2', 'step-kind-2', 'decision-text-2', 2);

-- personnel_change
INSERT INTO personnel_change (changed_at, changed_by, effective_on, new_class, new_department, new_name, new_post, new_status, old_class, old_department, old_name, old_post, old_status, reason, source, employee_id) VALUES ('2026-11-01 09:31:00', 'changed-by-1 保密', '2026-11-01', 'new-class-1 保密', 'new-department-1 保密', 'new-name-1 保密', 'new-post-1 保密', 'new-status-1 保密', 'old-class-1 保密', 'old-department-1 保密', 'old-name-1 保密', 'old-post-1 保密', 'old-status-1 保密', 'reason-1 保密', 'source-1 保密', 1);
INSERT INTO personnel_change (changed_at, changed_by, effective_on, new_class, new_department, new_name, new_post, new_status, old_class, old_department, old_name, old_post, old_status, reason, source, employee_id) VALUES ('2026-11-02 09:32:00', 'changed-by-2', '2026-11-02', 'new-class-2', 'new-department-2', 'new-name-2', 'new-post-2', 'new-status-2', 'old-class-2', 'old-department-2', 'old-name-2', 'old-post-2', 'old-status-2', 'reason-2', 'source-2', 2);

-- programme_assignment
INSERT INTO programme_assignment (assigned_by, campaign_code, closed_at, completed_at, due, kind, started_on, version, employee_id) VALUES ('assigned-by-1 保密', 'campaign-code-1 保密', '2026-11-01 09:31:00', '2026-11-01 09:31:00', '2026-11-01', 'kind-1 保密', '2026-11-01', 1, 1);
INSERT INTO programme_assignment (assigned_by, campaign_code, closed_at, completed_at, due, kind, started_on, version, employee_id) VALUES ('assigned-by-2', 'campaign-code-2', '2026-11-02 09:32:00', '2026-11-02 09:32:00', '2026-11-02', 'kind-2', '2026-11-02', 2, 2);

-- self_inspection
INSERT INTO self_inspection (status, submitted_at, submitted_by, version, department_id, respondent_id, round_id) VALUES ('status-1 保密', '2026-11-01 09:31:00', 'submitted-by-1 保密', 1, 1, 1, 1);
INSERT INTO self_inspection (status, submitted_at, submitted_by, version, department_id, respondent_id, round_id) VALUES ('status-2', '2026-11-02 09:32:00', 'submitted-by-2', 2, 2, 2, 2);

-- self_inspection_answer
INSERT INTO self_inspection_answer (compliant, item_id, note, question, inspection_id, item_position) VALUES (TRUE, 'item-id-1 保密', 'note-1 保密', 'question-1 保密', 1, 1);
INSERT INTO self_inspection_answer (compliant, item_id, note, question, inspection_id, item_position) VALUES (FALSE, 'item-id-2', 'note-2', 'question-2', 2, 2);

-- session_attendance
INSERT INTO session_attendance (recorded_how, recorded_at, recorded_by, employee_id, session_id) VALUES ('recorded-how-1 保密', '2026-11-01 09:31:00', 'recorded-by-1 保密', 1, 1);
INSERT INTO session_attendance (recorded_how, recorded_at, recorded_by, employee_id, session_id) VALUES ('recorded-how-2', '2026-11-02 09:32:00', 'recorded-by-2', 2, 2);

-- signed_pledge
INSERT INTO signed_pledge (client_address, pdf, pledge_kind, rendered_text, sha256, signature_png, signed_at, signed_by, template_key, template_version, title, topic_issue_id, typed_name, user_agent, employee_id) VALUES ('client-address-1 保密', decode('89504e4701', 'hex'), 'pledge-kind-1 保密', 'rendered-text-1 保密', 'sha256-1 保密', decode('89504e4701', 'hex'), '2026-11-01 09:31:00', 'signed-by-1 保密', 'template-key-1 保密', 1, 'title-1 保密', 1, 'typed-name-1 保密', 'user-agent-1 保密', 1);
INSERT INTO signed_pledge (client_address, pdf, pledge_kind, rendered_text, sha256, signature_png, signed_at, signed_by, template_key, template_version, title, topic_issue_id, typed_name, user_agent, employee_id) VALUES ('client-address-2', decode('89504e4702', 'hex'), 'pledge-kind-2', 'rendered-text-2', 'sha256-2', decode('89504e4702', 'hex'), '2026-11-02 09:32:00', 'signed-by-2', 'template-key-2', 2, 'title-2', 2, 'typed-name-2', 'user-agent-2', 2);

-- topic_pledge_addressee
INSERT INTO topic_pledge_addressee (employee_id, issue_id) VALUES (1, 1);
INSERT INTO topic_pledge_addressee (employee_id, issue_id) VALUES (2, 2);

-- travel_request
INSERT INTO travel_request (country, departure_day, note, purpose, requested_at, requested_by, return_day, status, version, employee_id) VALUES ('c1', '2026-11-01', 'note-1 保密', 'purpose-1 保密', '2026-11-01 09:31:00', 'requested-by-1 保密', '2026-11-01', 'status-1 保密', 1, 1);
INSERT INTO travel_request (country, departure_day, note, purpose, requested_at, requested_by, return_day, status, version, employee_id) VALUES ('c2', '2026-11-02', 'note-2', 'purpose-2', '2026-11-02 09:32:00', 'requested-by-2', '2026-11-02', 'status-2', 2, 2);

-- travel_step
INSERT INTO travel_step (step_day, given_by, step_kind, note, recorded_at, recorded_by, request_id) VALUES ('2026-11-01', 'given-by-1 保密', 'step-kind-1 保密', 'note-1 保密', '2026-11-01 09:31:00', 'recorded-by-1 保密', 1);
INSERT INTO travel_step (step_day, given_by, step_kind, note, recorded_at, recorded_by, request_id) VALUES ('2026-11-02', 'given-by-2', 'step-kind-2', 'note-2', '2026-11-02 09:32:00', 'recorded-by-2', 2);

-- vetting_record
INSERT INTO vetting_record (approver, file_ref, held_on, vetting_kind, note, recorded_at, recorded_by, vetting_result, employee_id) VALUES ('approver-1 保密', 'file-ref-1 保密', '2026-11-01', 'vetting-kind-1 1', 'note-1 保密', '2026-11-01 09:31:00', 'recorded-by-1 保密', 'vetting-result-1', 1);
INSERT INTO vetting_record (approver, file_ref, held_on, vetting_kind, note, recorded_at, recorded_by, vetting_result, employee_id) VALUES ('approver-2', 'file-ref-2', '2026-11-02', 'vetting-kind-2', 'note-2', '2026-11-02 09:32:00', 'recorded-by-2', 'vetting-result-2', 2);

-- account
INSERT INTO account (disabled_from, enabled, failed_logins, last_login, locked_until, password_change_required, password_hash, revoked_at, username, version, employee_id) VALUES ('2026-11-01', TRUE, 1, '2026-11-01 09:31:00', '2026-11-01 09:31:00', TRUE, 'password-hash-1 保密', '2026-11-01 09:31:00', 'username-1 保密', 1, 1);
INSERT INTO account (disabled_from, enabled, failed_logins, last_login, locked_until, password_change_required, password_hash, revoked_at, username, version, employee_id) VALUES ('2026-11-02', FALSE, 2, '2026-11-02 09:32:00', '2026-11-02 09:32:00', FALSE, 'password-hash-2', '2026-11-02 09:32:00', 'username-2', 2, 2);

-- account_role
INSERT INTO account_role (account_id, role) VALUES (1, 'role-1 保密');
INSERT INTO account_role (account_id, role) VALUES (2, 'role-2');

-- acknowledgement
INSERT INTO acknowledgement (acknowledged_at, document_key, reading_seconds, sha256, version, employee_id) VALUES ('2026-11-01 09:31:00', 'document-key-1 保密', 1, 'sha256-1 保密', 1, 1);
INSERT INTO acknowledgement (acknowledged_at, document_key, reading_seconds, sha256, version, employee_id) VALUES ('2026-11-02 09:32:00', 'document-key-2', 2, 'sha256-2', 2, 2);

-- conduct_entry
INSERT INTO conduct_entry (corrects_id, decided_by, decided_on, document_ref, incident_id, conduct_kind, reason, recorded_at, recorded_by, employee_id) VALUES (1, 'decided-by-1 保密', '2026-11-01', 'document-ref-1 保密', 1, 'conduct-kind-1 保密', 'reason-1 保密', '2026-11-01 09:31:00', 'recorded-by-1 保密', 1);
INSERT INTO conduct_entry (corrects_id, decided_by, decided_on, document_ref, incident_id, conduct_kind, reason, recorded_at, recorded_by, employee_id) VALUES (2, 'decided-by-2', '2026-11-02', 'document-ref-2', 2, 'conduct-kind-2', 'reason-2', '2026-11-02 09:32:00', 'recorded-by-2', 2);

-- departure
INSERT INTO departure (approved_by, approved_on, briefing_given_by, briefing_on, exit_pledge_id, exit_pledge_paper_ref, exit_pledge_signed_at, kind, no_carriers_declared_at, no_carriers_declared_by, opened_at, opened_by, planned_last_day, reason, status, target_class, version, employee_id, target_department_id, target_post_id) VALUES ('approved-by-1 保密', '2026-11-01', 'briefing-given-by-1 保密', '2026-11-01', 1, 'exit-pledge-paper-ref-1 保密', '2026-11-01 09:31:00', 'kind-1 保密', '2026-11-01 09:31:00', 'no-carriers-declared-by-1 保密', '2026-11-01 09:31:00', 'opened-by-1 保密', '2026-11-01', 'reason-1 保密', 'status-1 保密', 'target-class-1 1', 1, 1, 1, 1);
INSERT INTO departure (approved_by, approved_on, briefing_given_by, briefing_on, exit_pledge_id, exit_pledge_paper_ref, exit_pledge_signed_at, kind, no_carriers_declared_at, no_carriers_declared_by, opened_at, opened_by, planned_last_day, reason, status, target_class, version, employee_id, target_department_id, target_post_id) VALUES ('approved-by-2', '2026-11-02', 'briefing-given-by-2', '2026-11-02', 2, 'exit-pledge-paper-ref-2', '2026-11-02 09:32:00', 'kind-2', '2026-11-02 09:32:00', 'no-carriers-declared-by-2', '2026-11-02 09:32:00', 'opened-by-2', '2026-11-02', 'reason-2', 'status-2', 'target-class-2', 2, 2, 2, 2);

-- inspection_finding
INSERT INTO inspection_finding (answer_note, due, item_id, question, remediated_at, remediated_by, remediation, remediation_note, reopened_count, review_note, reviewed_at, reviewed_by, status, version, inspection_id, owner_id) VALUES ('answer-note-1 保密', '2026-11-01', 'item-id-1 保密', 'question-1 保密', '2026-11-01 09:31:00', 'remediated-by-1 保密', 'remediation-1 保密', 'remediation-note-1 保密', 1, 'review-note-1 保密', '2026-11-01 09:31:00', 'reviewed-by-1 保密', 'status-1 保密', 1, 1, 1);
INSERT INTO inspection_finding (answer_note, due, item_id, question, remediated_at, remediated_by, remediation, remediation_note, reopened_count, review_note, reviewed_at, reviewed_by, status, version, inspection_id, owner_id) VALUES ('answer-note-2', '2026-11-02', 'item-id-2', 'question-2', '2026-11-02 09:32:00', 'remediated-by-2', 'remediation-2', 'remediation-note-2', 2, 'review-note-2', '2026-11-02 09:32:00', 'reviewed-by-2', 'status-2', 2, 2, 2);

-- passport_entry
INSERT INTO passport_entry (entry_action, entry_day, note, recorded_at, recorded_by, employee_id, request_id) VALUES ('entry-action-1 1', '2026-11-01', 'note-1 保密', '2026-11-01 09:31:00', 'recorded-by-1 保密', 1, 1);
INSERT INTO passport_entry (entry_action, entry_day, note, recorded_at, recorded_by, employee_id, request_id) VALUES ('entry-action-2', '2026-11-02', 'note-2', '2026-11-02 09:32:00', 'recorded-by-2', 2, 2);

-- post_exit_period
INSERT INTO post_exit_period (current_end, end_date, entrusted_ref, entrusted_to, secrecy_class, start_date, employee_id, departure_id) VALUES ('2026-11-01', '2026-11-01', 'entrusted-ref-1 保密', 'entrusted-to-1 保密', 'secrecy-class-11', '2026-11-01', 1, 1);
INSERT INTO post_exit_period (current_end, end_date, entrusted_ref, entrusted_to, secrecy_class, start_date, employee_id, departure_id) VALUES ('2026-11-02', '2026-11-02', 'entrusted-ref-2', 'entrusted-to-2', 'secrecy-class-2', '2026-11-02', 2, 2);

-- carrier_return
INSERT INTO carrier_return (description, kind, received_by, returned_on, version, withdrawn_at, withdrawn_by, withdrawn_reason, departure_id) VALUES ('description-1 保密', 'kind-1 保密', 'received-by-1 保密', '2026-11-01', 1, '2026-11-01 09:31:00', 'withdrawn-by-1 保密', 'withdrawn-reason-1 保密', 1);
INSERT INTO carrier_return (description, kind, received_by, returned_on, version, withdrawn_at, withdrawn_by, withdrawn_reason, departure_id) VALUES ('description-2', 'kind-2', 'received-by-2', '2026-11-02', 2, '2026-11-02 09:32:00', 'withdrawn-by-2', 'withdrawn-reason-2', 2);

-- period_adjustment
INSERT INTO period_adjustment (approved_by, document_ref, kind, new_end, old_end, reason, recorded_at, recorded_by, period_id) VALUES ('approved-by-1 保密', 'document-ref-1 保密', 'kind-1 保密', '2026-11-01', '2026-11-01', 'reason-1 保密', '2026-11-01 09:31:00', 'recorded-by-1 保密', 1);
INSERT INTO period_adjustment (approved_by, document_ref, kind, new_end, old_end, reason, recorded_at, recorded_by, period_id) VALUES ('approved-by-2', 'document-ref-2', 'kind-2', '2026-11-02', '2026-11-02', 'reason-2', '2026-11-02 09:32:00', 'recorded-by-2', 2);

-- period_contact_change
INSERT INTO period_contact_change (contact, employer, recorded_at, recorded_by, reported_on, period_id) VALUES ('contact-1 保密', 'employer-1 保密', '2026-11-01 09:31:00', 'recorded-by-1 保密', '2026-11-01', 1);
INSERT INTO period_contact_change (contact, employer, recorded_at, recorded_by, reported_on, period_id) VALUES ('contact-2', 'employer-2', '2026-11-02 09:32:00', 'recorded-by-2', '2026-11-02', 2);

-- period_notice
INSERT INTO period_notice (for_end, kind, recipients, sent_at, sent_on, period_id) VALUES ('2026-11-01', 'kind-1 保密', 'recipients-1 保密', '2026-11-01 09:31:00', '2026-11-01', 1);
INSERT INTO period_notice (for_end, kind, recipients, sent_at, sent_on, period_id) VALUES ('2026-11-02', 'kind-2', 'recipients-2', '2026-11-02 09:32:00', '2026-11-02', 2);

-- carrier_correction
INSERT INTO carrier_correction (corrected_at, corrected_by, new_description, new_kind, old_description, old_kind, reason, carrier_id) VALUES ('2026-11-01 09:31:00', 'corrected-by-1 保密', 'new-description-1 保密', 'new-kind-1 保密', 'old-description-1 保密', 'old-kind-1 保密', 'reason-1 保密', 1);
INSERT INTO carrier_correction (corrected_at, corrected_by, new_description, new_kind, old_description, old_kind, reason, carrier_id) VALUES ('2026-11-02 09:32:00', 'corrected-by-2', 'new-description-2', 'new-kind-2', 'old-description-2', 'old-kind-2', 'reason-2', 2);
