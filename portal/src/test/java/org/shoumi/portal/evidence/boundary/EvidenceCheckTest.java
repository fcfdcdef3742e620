package org.shoumi.portal.evidence.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.evidence.control.EvidenceChain;
import org.shoumi.portal.evidence.control.EvidenceHashes;
import org.shoumi.portal.evidence.control.EvidenceRecords;
import org.shoumi.portal.evidence.control.LiveRecord;
import org.shoumi.portal.evidence.control.LoggedEntry;

/**
 * The command-line check on an in-memory Derby database with the tables it reads (the columns the portal's
 * mapping creates; EvidenceIT checks the same reader against the real schema): exit code and printed result.
 */
class EvidenceCheckTest {

    private static final String URL = "jdbc:derby:memory:evidencecheck";

    private Connection c;

    @BeforeEach
    void schema() throws SQLException {
        c = DriverManager.getConnection(URL + ";create=true");
        try (Statement s = c.createStatement()) {
            s.execute("create table employee (id bigint primary key, employee_no varchar(20))");
            s.execute("create table acknowledgement (id bigint primary key, employee_id bigint, document_key varchar(100), "
                    + "version integer, sha256 varchar(64), acknowledged_at timestamp, reading_seconds bigint)");
            s.execute("create table quiz (id bigint primary key, code varchar(40))");
            s.execute("create table bank_question (id bigint primary key, question_key varchar(100))");
            s.execute("create table attempt (id bigint primary key, quiz_id bigint, person_key varchar(20), number integer, "
                    + "status varchar(12), percent decimal(5,1), passed boolean, finished_at timestamp)");
            s.execute("create table attempt_item (id bigint primary key, attempt_id bigint, position integer, "
                    + "question_id bigint, option_order varchar(6), response varchar(2000), fraction decimal(6,4), "
                    + "revealed boolean)");
            s.execute("create table signed_pledge (id bigint primary key, employee_id bigint, template_key varchar(64), "
                    + "template_version integer, pledge_kind varchar(16), sha256 varchar(64), rendered_text clob, "
                    + "typed_name varchar(50), signed_by varchar(64), signed_at timestamp, signature_png blob, pdf blob)");
            s.execute("create table departure (id bigint primary key, employee_id bigint, kind varchar(16), "
                    + "status varchar(16), planned_last_day date, briefing_on date, exit_pledge_id bigint, "
                    + "exit_pledge_paper_ref varchar(100), approved_on date, approved_by varchar(64), opened_at timestamp, "
                    + "opened_by varchar(64), withdrawn_at timestamp, withdrawn_by varchar(64), "
                    + "withdraw_reason varchar(500), reason varchar(500), no_carriers_declared_at timestamp, "
                    + "no_carriers_declared_by varchar(64), briefing_given_by varchar(50), "
                    + "exit_pledge_signed_at timestamp)");
            s.execute("create table carrier_return (id bigint primary key, departure_id bigint, kind varchar(16), "
                    + "description varchar(200), returned_on date, received_by varchar(50), withdrawn_at timestamp, "
                    + "withdrawn_by varchar(64), withdrawn_reason varchar(200), return_recorded_at timestamp, "
                    + "return_recorded_by varchar(64))");
            s.execute("create table carrier_correction (id bigint primary key, carrier_id bigint, "
                    + "corrected_at timestamp, corrected_by varchar(64), reason varchar(200), old_kind varchar(16), "
                    + "old_description varchar(200), new_kind varchar(16), new_description varchar(200))");
            s.execute("create table departure_last_day_change (id bigint primary key, departure_id bigint, "
                    + "old_day date, new_day date, reason varchar(500), changed_by varchar(64), changed_at timestamp)");
            s.execute("create table departure_step (id bigint primary key, departure_id bigint, "
                    + "step_kind varchar(24), carrier_id bigint, carrier_kind varchar(16), description varchar(200), "
                    + "step_day date, named_person varchar(50), note varchar(500), done_by varchar(64), "
                    + "done_at timestamp)");
            s.execute("create table period_contact_change (id bigint primary key, period_id bigint, "
                    + "reported_on date, contact varchar(200), employer varchar(100), recorded_by varchar(64), "
                    + "recorded_at timestamp)");
            s.execute("create table post_exit_period (id bigint primary key, departure_id bigint, "
                    + "secrecy_class varchar(16), start_date date, end_date date, employee_id bigint)");
            s.execute("create table personnel_change (id bigint primary key, employee_id bigint, changed_at timestamp, "
                    + "effective_on date, changed_by varchar(64), source varchar(16), reason varchar(200), "
                    + "old_name varchar(50), new_name varchar(50), old_department varchar(32), "
                    + "new_department varchar(32), old_post varchar(32), new_post varchar(32), old_class varchar(16), "
                    + "new_class varchar(16), old_status varchar(16), new_status varchar(16))");
            s.execute("create table period_adjustment (id bigint primary key, period_id bigint, kind varchar(16), "
                    + "old_end date, new_end date, reason varchar(200), approved_by varchar(50), "
                    + "document_ref varchar(100), recorded_by varchar(64), recorded_at timestamp)");
            s.execute("create table period_entrustment (id bigint primary key, period_id bigint, "
                    + "organisation varchar(100), doc_ref varchar(100), reason varchar(200), recorded_by varchar(64), "
                    + "recorded_at timestamp)");
            s.execute("create table quiz_accommodation (id bigint primary key, quiz_id bigint, person_key varchar(20), "
                    + "extra_minutes int, extra_attempts int, reason varchar(500), granted_by varchar(60), "
                    + "granted_at timestamp, extended_attempt_id bigint, extended_deadline timestamp)");
            s.execute("create table training_session (id bigint primary key, code varchar(40), "
                    + "session_kind varchar(16), topic varchar(200), starts_at timestamp, ends_at timestamp, "
                    + "session_hours decimal(4,1))");
            s.execute("create table session_attendance (id bigint primary key, session_id bigint, employee_id bigint, "
                    + "recorded_how varchar(24), recorded_by varchar(64), recorded_at timestamp)");
            s.execute("create table vetting_record (id bigint primary key, employee_id bigint, vetting_kind varchar(16), "
                    + "held_on date, vetting_result varchar(16), approver varchar(50), file_ref varchar(100), "
                    + "note varchar(200), recorded_by varchar(64), recorded_at timestamp)");
            s.execute("create table matter_report (id bigint primary key, employee_id bigint, category varchar(32), "
                    + "occurred_on date, note varchar(500), reported_by varchar(64), reported_at timestamp, "
                    + "status varchar(16))");
            s.execute("create table matter_step (id bigint primary key, report_id bigint, step_kind varchar(16), "
                    + "decision varchar(32), decision_text varchar(500), done_by varchar(64), done_at timestamp)");
            s.execute("create table travel_request (id bigint primary key, employee_id bigint, country varchar(2), "
                    + "departure_day date, return_day date, purpose varchar(24), note varchar(300), "
                    + "requested_at timestamp)");
            s.execute("create table travel_step (id bigint primary key, request_id bigint, step_kind varchar(16), "
                    + "step_day date, given_by varchar(50), note varchar(300), recorded_by varchar(64), "
                    + "recorded_at timestamp)");
            s.execute("create table passport_entry (id bigint primary key, employee_id bigint, entry_action varchar(16), "
                    + "entry_day date, request_id bigint, note varchar(300), recorded_by varchar(64), "
                    + "recorded_at timestamp)");
            s.execute("create table incident (id bigint primary key, incident_kind varchar(16), occurred_on date, "
                    + "place varchar(100), description varchar(2000), anonymous boolean, reporter_login varchar(64), "
                    + "reporter_no varchar(20), received_at timestamp, report_due timestamp, "
                    + "attachment_type varchar(8), attachment_sha256 varchar(64))");
            s.execute("create table incident_step (id bigint primary key, incident_id bigint, step_kind varchar(16), "
                    + "stepped_at timestamp, stepped_by varchar(64), note varchar(2000), upward_at timestamp, "
                    + "upward_to varchar(100), upward_channel varchar(8), upward_ref varchar(100), "
                    + "cause varchar(1000), responsibility varchar(1000), measures varchar(1000), "
                    + "education varchar(1000))");
            s.execute("create table conduct_entry (id bigint primary key, employee_id bigint, conduct_kind varchar(24), "
                    + "decided_on date, reason varchar(500), decided_by varchar(100), document_ref varchar(100), "
                    + "incident_id bigint, corrects_id bigint, recorded_by varchar(64), recorded_at timestamp)");
            s.execute("create table topic_pledge_issue (id bigint primary key, topic varchar(32), "
                    + "occasion varchar(200), due_on date, department_code varchar(32), addressees clob, "
                    + "issued_by varchar(64), issued_at timestamp)");
            s.execute("create table topic_issue_withdrawal (id bigint primary key, issue_id bigint, "
                    + "withdrawn_at timestamp, withdrawn_by varchar(64), reason varchar(500))");
            s.execute("create table department (id bigint primary key, code varchar(32))");
            s.execute("create table disclosure_request (id bigint primary key, employee_id bigint, "
                    + "department_id bigint, title varchar(200), disclosure_kind varchar(24), channel varchar(200), "
                    + "planned_on date, summary varchar(1000), doc_ref varchar(100), requested_by varchar(64), "
                    + "requested_at timestamp, status varchar(24))");
            s.execute("create table disclosure_step (id bigint primary key, request_id bigint, step_kind varchar(24), "
                    + "step_day date, note varchar(500), done_by varchar(64), done_at timestamp)");
            s.execute("create table liaison_entry (id bigint primary key, entry_kind varchar(16), "
                    + "department_id bigint, employee_id bigint, ends_id bigint, effective_on date, "
                    + "doc_ref varchar(100), reason varchar(200), recorded_by varchar(64), recorded_at timestamp)");
            s.execute("create table inspection_finding (id bigint primary key, owner_id bigint, item_id varchar(120), "
                    + "inspection_id bigint, question varchar(1000), remediation varchar(1000), "
                    + "answer_note varchar(500), due date, raised_owner_id bigint)");
            s.execute("create table inspection_finding_step (id bigint primary key, finding_id bigint, "
                    + "step_kind varchar(16), note varchar(500), done_by varchar(64), done_at timestamp, "
                    + "owner_id bigint)");
            s.execute("create table inspection_hand_over (id bigint primary key, inspection_id bigint, "
                    + "from_id bigint, to_id bigint, hand_over_cause varchar(16), done_by varchar(64), "
                    + "done_at timestamp)");
            s.execute("create table inspection_round (id bigint primary key, name varchar(100), "
                    + "inspection_scope varchar(16), checklist_key varchar(100), checklist_version int, "
                    + "checklist_title varchar(200), opened_on date, due date, opened_at timestamp, "
                    + "opened_by varchar(64))");
            s.execute("create table self_inspection (id bigint primary key, round_id bigint, respondent_id bigint, "
                    + "department_id bigint, status varchar(16), submitted_at timestamp, submitted_by varchar(64))");
            s.execute("create table self_inspection_answer (inspection_id bigint, item_position int, "
                    + "item_id varchar(120), question varchar(1000), compliant boolean, note varchar(500))");
            s.execute("create table issued_certificate (id bigint primary key, code varchar(12), attempt_id bigint, "
                    + "person_key varchar(20), masked_name varchar(100), quiz_title varchar(200), passed_on date, "
                    + "issued_at timestamp, revoked_at timestamp, revoked_by varchar(60), revoke_reason varchar(500))");
            s.execute("create table document_version (id bigint primary key, document_key varchar(100), "
                    + "version integer, kind varchar(16), title varchar(200), post_code varchar(32), "
                    + "pledge_kind varchar(16), effective_date date, material_change boolean, change_note varchar(500), "
                    + "published_at timestamp, published_by varchar(64), body clob)");
            s.execute("create table account_change (id bigint primary key, changed_at timestamp, "
                    + "changed_by varchar(64), effective_on date, kind varchar(24), new_roles varchar(200), "
                    + "old_roles varchar(200), reason varchar(200), username varchar(64), changed_role varchar(32), "
                    + "undone varchar(40))");
            s.execute("create table record_export (id bigint primary key, exported_at timestamp, "
                    + "exported_by varchar(64), kind varchar(24), people integer, subject varchar(64))");
            s.execute("create table backup_record (id bigint primary key, backup_event varchar(16), "
                    + "backup_name varchar(64), size_bytes bigint, done_at timestamp, done_by varchar(64))");
            s.execute("create table evidence_entry (seq bigint primary key, kind varchar(24), record_id bigint, "
                    + "employee_no varchar(20), recorded_at_ms bigint, content varchar(4000), content_hash varchar(64), "
                    + "previous_hash varchar(64), chain_hash varchar(64))");
            s.execute("create table evidence_head (id bigint primary key, last_seq bigint, last_hash varchar(64), "
                    + "backfilled boolean)");
            s.execute("insert into employee values (1, 'SM002')");
            s.execute("insert into acknowledgement values (10, 1, 'rules.general', 2, '" + "ab".repeat(32)
                    + "', timestamp('2026-11-30 09:00:00.123456'), 40)");
            s.execute("insert into quiz values (1, 'ONBOARDING')");
            s.execute("insert into bank_question values (1, 'q.one')");
            s.execute("insert into attempt values (20, 1, 'SM002', 1, 'SUBMITTED', 87.5, true, "
                    + "timestamp('2026-11-30 09:30:00'))");
            s.execute("insert into attempt_item values (1, 20, 1, 1, 'BA', 'A', 1.0, false)");
            s.execute("insert into departure values (30, 1, 'LEAVE_UNIT', 'APPROVED', date('2026-11-01'), "
                    + "date('2026-10-30'), null, 'P-1', date('2026-11-02'), 'hr', timestamp('2026-10-01 09:00:00'), "
                    + "'hr', null, null, null, '辞职', null, null, '保密办 赵敏', timestamp('2026-10-31 00:00:00'))");
            // its checklist: a carrier returned (entered before the recorder was kept), another corrected and
            // returned (its recorder kept)
            s.execute("insert into carrier_return values (1, 30, 'DOCUMENT', '文件 W-1', date('2026-10-29'), '档案室 钱', "
                    + "null, null, null, null, null)");
            s.execute("insert into carrier_return values (2, 30, 'USB_DRIVE', 'U盘 SN-2', date('2026-10-29'), '档案室 钱', "
                    + "null, null, null, timestamp('2026-10-29 10:00:00'), 'hr')");
            s.execute("insert into carrier_correction values (1, 2, timestamp('2026-10-20 09:00:00'), 'hr', '序列号写错', "
                    + "'USB_DRIVE', 'U盘 SN-1', 'USB_DRIVE', 'U盘 SN-2')");
            // its planned last day moved earlier while it was open
            s.execute("insert into departure_last_day_change values (1, 30, date('2026-11-15'), date('2026-11-01'), "
                    + "'提前离职', 'hr', timestamp('2026-10-25 09:00:00'))");
            // a departure withdrawn as opened by mistake is evidence
            s.execute("insert into departure values (31, 1, 'LEAVE_POST', 'WITHDRAWN', date('2026-12-01'), null, "
                    + "null, null, null, null, timestamp('2026-11-20 09:00:00'), 'hr', "
                    + "timestamp('2026-11-20 10:00:00'), 'hr', '复审已更正', '复审不合格', null, null, null, null)");
            // its planned last day was moved before it was withdrawn: the withdrawal's entry covers the change
            s.execute("insert into departure_last_day_change values (2, 31, date('2026-11-28'), date('2026-12-01'), "
                    + "'交接延后', 'hr', timestamp('2026-11-20 09:30:00'))");
            // an open departure: each step of its checklist is evidence when it is recorded (outside check ex-s37c 1:
            // a restore took back a carrier registered and returned, and the chain did not notice)
            s.execute("insert into departure values (32, 1, 'LEAVE_UNIT', 'OPEN', date('2026-12-31'), null, null, "
                    + "null, null, null, timestamp('2026-12-07 09:00:00'), 'hr', null, null, null, '本人辞职', null, "
                    + "null, null, null)");
            s.execute("insert into carrier_return values (3, 32, 'USB_DRIVE', '涉密U盘 BM-U-0042', date('2026-12-07'), "
                    + "'黄海涛', null, null, null, timestamp('2026-12-07 10:00:00'), 'hr')");
            s.execute("insert into departure_step values (180, 32, 'CARRIER_RETURNED', 3, null, null, "
                    + "date('2026-12-07'), '黄海涛', null, 'hr', timestamp('2026-12-07 10:00:00'))");
            s.execute("insert into post_exit_period values (1, 30, 'GENERAL', date('2026-11-02'), date('2027-11-02'), 1)");
            s.execute("insert into personnel_change values (50, 1, timestamp('2026-10-01 08:00:00'), date('2026-10-01'), "
                    + "'hr', 'FORM', '调岗', '李明', '李明', 'OFFICE', 'OFFICE', 'STAFF', 'CLERK', 'IMPORTANT', "
                    + "'GENERAL', 'ACTIVE', 'ACTIVE')");
            s.execute("insert into period_contact_change values (62, 1, date('2026-11-10'), '13800000000', '某公司', "
                    + "'officer', timestamp('2026-11-10 09:00:00'))");
            s.execute("insert into period_entrustment values (61, 1, '某市保密局', '委〔2026〕1号', null, 'officer', "
                    + "timestamp('2026-11-03 09:00:00'))");
            s.execute("insert into period_adjustment values (60, 1, 'EXTEND', date('2027-11-02'), date('2028-11-02'), "
                    + "'涉及重大事项', '王主任', '保字〔2026〕3号', 'officer', timestamp('2026-11-20 10:00:00'))");
            // granted while attempt 20 was open: it names the attempt and the deadline it gave it
            s.execute("insert into quiz_accommodation values (70, 1, 'SM002', 30, 1, '术后恢复期', 'officer', "
                    + "timestamp('2026-11-25 09:00:00'), 20, timestamp('2026-11-25 10:00:00'))");
            s.execute("insert into training_session values (1, 'S20261201-1', 'LECTURE', '保密形势报告会', "
                    + "timestamp('2026-12-01 09:00:00'), timestamp('2026-12-01 11:00:00'), 2.0)");
            s.execute("insert into session_attendance values (80, 1, 1, 'SELF_CHECK_IN', 'employee', "
                    + "timestamp('2026-12-01 08:50:00'))");
            s.execute("insert into vetting_record values (90, 1, 'VETTING', date('2026-11-01'), 'PASSED', '保密委员会', "
                    + "'审-2026-1', null, 'officer', timestamp('2026-11-01 10:00:00'))");
            s.execute("insert into matter_report values (1, 1, 'FOREIGN_CONTACT', date('2026-11-28'), '索要名片', "
                    + "'employee', timestamp('2026-11-29 09:00:00'), 'REPORTED')");
            s.execute("insert into matter_step values (95, 1, 'REPORTED', null, null, 'employee', "
                    + "timestamp('2026-11-29 09:00:00'))");
            s.execute("insert into travel_request values (1, 1, 'JP', date('2026-12-10'), date('2026-12-15'), "
                    + "'TOURISM', null, timestamp('2026-12-02 09:00:00'))");
            s.execute("insert into travel_step values (90, 1, 'REQUESTED', date('2026-12-02'), null, null, 'employee', "
                    + "timestamp('2026-12-02 09:00:00'))");
            s.execute("insert into passport_entry values (95, 1, 'DEPOSITED', date('2026-11-01'), null, null, 'officer', "
                    + "timestamp('2026-11-01 10:00:00'))");
            // an anonymous report: no login, no staff number
            s.execute("insert into incident values (90, 'CARRIER_LOST', date('2026-12-02'), '机要室', 'U盘遗失', true, "
                    + "null, null, timestamp('2026-12-02 09:00:00'), timestamp('2026-12-03 09:00:00'), null, null)");
            s.execute("insert into incident_step values (91, 90, 'RECEIVED', timestamp('2026-12-02 09:00:00'), null, "
                    + "null, null, null, null, null, null, null, null, null)");
            s.execute("insert into conduct_entry values (100, 1, 'NOTICE_OF_CRITICISM', date('2026-12-02'), "
                    + "'违规携带涉密U盘外出', '保密委员会', '保委〔2026〕1号', 90, null, 'officer', "
                    + "timestamp('2026-12-02 15:00:00'))");
            s.execute("insert into topic_pledge_issue values (90, 'STORAGE_MEDIUM', '领取移动存储介质 U-2026-031', "
                    + "null, null, 'SM002', 'officer', timestamp('2026-12-02 09:00:00'))");
            s.execute("insert into topic_issue_withdrawal values (91, 90, timestamp('2026-12-03 10:00:00'), "
                    + "'officer', '下发对象有误')");
            s.execute("insert into department values (1, 'OFFICE')");
            s.execute("insert into disclosure_request values (1, 1, 1, '年度工作总结（网站版）', 'WEBSITE', '单位门户网站', "
                    + "date('2026-12-10'), '全年工作概况，不含具体项目', null, 'employee', timestamp('2026-12-03 09:00:00'), "
                    + "'SUBMITTED')");
            s.execute("insert into liaison_entry values (120, 'APPOINTED', 1, 1, null, date('2026-11-01'), "
                    + "'办〔2026〕7号', null, 'officer', timestamp('2026-11-01 10:00:00'))");
            s.execute("insert into disclosure_step values (110, 1, 'SUBMITTED', null, null, 'employee', "
                    + "timestamp('2026-12-03 09:00:00'))");
            // the "no" of form 140, raised for its respondent and due in 30 days: evidence as raised (ex-s38f 6)
            s.execute("insert into inspection_finding values (1, 1, 'checklist.personal.3', 140, '是否登记个人U盘', "
                    + "'立即登记', '一个U盘未登记', date('2027-01-03'), 1)");
            s.execute("insert into inspection_finding_step values (130, 1, 'REMEDIATED', '已将U盘登记入册', 'employee', "
                    + "timestamp('2026-12-04 10:00:00'), 1)");
            s.execute("insert into employee values (2, 'SM008')");
            s.execute("insert into inspection_hand_over values (135, 140, 2, 1, 'LIAISON', 'officer', "
                    + "timestamp('2026-12-04 08:00:00'))");
            // the round as opened, its due day among it (outside check ex-s38f 6)
            s.execute("insert into inspection_round values (1, '2026年度个人自查', 'PERSONAL', 'checklist.personal', 2, "
                    + "'个人保密自查表', date('2026-11-20'), date('2026-12-20'), timestamp('2026-11-20 09:00:00'), "
                    + "'officer')");
            s.execute("insert into self_inspection values (140, 1, 1, 1, 'SUBMITTED', timestamp('2026-12-04 09:00:00'), "
                    + "'employee')");
            s.execute("insert into self_inspection_answer values (140, 0, 'checklist.personal.1', '是否签订保密承诺书', "
                    + "true, null)");
            s.execute("insert into self_inspection_answer values (140, 1, 'checklist.personal.3', '是否登记个人U盘', "
                    + "false, '一个U盘未登记')");
            // not submitted yet: no entry, and not reported as unlogged
            s.execute("insert into self_inspection values (141, 1, 1, 1, 'OPEN', null, null)");
            // a revoked certificate is evidence; one that stands is not
            s.execute("insert into issued_certificate values (150, 'ABCD2345EFGH', 20, 'SM002', '李*', '上岗考试', "
                    + "date('2026-11-30'), timestamp('2026-11-30 09:31:00'), timestamp('2026-12-01 10:00:00'), "
                    + "'officer', '考试违规')");
            s.execute("insert into issued_certificate values (151, 'ABCD2345EFGJ', 21, 'SM002', '李*', '年度考试', "
                    + "date('2026-11-30'), timestamp('2026-11-30 09:31:00'), null, null, null)");
            // a version published by a person is evidence; the one shipped in the content pack is not
            // a login's role withdrawn by an administrator, and an auditor's download of one person's file
            s.execute("insert into account_change values (160, timestamp('2026-11-30 22:00:00'), 'admin', null, "
                    + "'ROLE_WITHDRAWN', 'EMPLOYEE', 'ADMIN,EMPLOYEE', '账号疑似被盗用', 'employee', 'ADMIN', null)");
            s.execute("insert into record_export values (170, timestamp('2026-11-30 16:31:00'), 'auditor', "
                    + "'SECRECY_FILE', 1, 'SM015')");
            // a backup made by an administrator from the page (a copy of every record: outside check ex-s37c 2)
            s.execute("insert into backup_record values (175, 'MADE', 'shoumi-20261207-221605', 5872025, "
                    + "timestamp('2026-12-07 22:16:05'), 'admin')");
            s.execute("insert into document_version values (1, 'rules.general', 1, 'RULE', '保密守则', null, null, "
                    + "date('2026-01-01'), true, null, timestamp('2026-01-01 08:00:00'), 'content-pack', '原文')");
            s.execute("insert into document_version values (2, 'rules.general', 2, 'RULE', '保密守则', null, null, "
                    + "date('2026-11-01'), true, '修订第三条', timestamp('2026-10-30 08:00:00'), 'officer', '新文')");
        }
        try (PreparedStatement p = c.prepareStatement("insert into signed_pledge values "
                + "(40, 1, 'pledge.onboarding', 1, 'ONBOARDING', ?, ?, '李明', 'employee', timestamp('2026-11-30 10:00:00'), ?, ?)")) {
            p.setString(1, EvidenceHashes.sha256("承诺书正文"));
            p.setString(2, "承诺书正文");
            p.setBytes(3, new byte[] {1, 2, 3});
            p.setBytes(4, new byte[] {'%', 'P', 'D', 'F'});
            p.executeUpdate();
        }
        // the log, as the server appends it
        String previous = EvidenceHashes.GENESIS;
        long seq = 1;
        for (LiveRecord r : EvidenceRecords.all(c).stream().filter(LiveRecord::evidential).toList()) {
            LoggedEntry e = EvidenceChain.link(previous, seq, r, 1_780_000_000_000L + seq);
            try (PreparedStatement p = c.prepareStatement("insert into evidence_entry values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setLong(1, e.sequence());
                p.setString(2, e.kind().name());
                p.setLong(3, e.recordId());
                p.setString(4, e.employeeNo());
                p.setLong(5, e.recordedAtMillis());
                p.setString(6, e.content());
                p.setString(7, e.contentHash());
                p.setString(8, e.previousHash());
                p.setString(9, e.chainHash());
                p.executeUpdate();
            }
            previous = e.chainHash();
            seq++;
        }
        try (PreparedStatement p = c.prepareStatement("insert into evidence_head values (1, ?, ?, true)")) {
            p.setLong(1, seq - 1);
            p.setString(2, previous);
            p.executeUpdate();
        }
    }

    @AfterEach
    void drop() {
        try {
            DriverManager.getConnection(URL + ";drop=true").close();
        } catch (SQLException expected) {
            // Derby reports a dropped in-memory database with SQLState 08006
        }
    }

    private static String[] run(int expectedExit, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = EvidenceCheck.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(expectedExit, exit, out);
        return out.split("\n");
    }

    @Test
    void anIntactLogExitsWithZeroInTheChosenLanguage() throws SQLException {
        assertEquals(34, EvidenceRecords.entries(c).size(), "one entry per kind");
        assertEquals(2, EvidenceRecords.entries(c).stream().filter(e -> e.employeeNo() == null).count(),
                "the anonymous report's step and the published version are tied to no person");
        String[] en = run(0, URL, "--lang=en");
        assertTrue(en[2].startsWith("Intact: 34 entries and 34 records"), en[2]);
        String[] zh = run(0, URL);
        assertTrue(zh[2].startsWith("完整"), zh[2]);
    }

    @Test
    void eachKindOfRecordAlteredIsNamedWithExitCodeOne() throws SQLException {
        String[][] tamperings = {
                {"update acknowledgement set version = 3 where id = 10", "Acknowledgement 10"},
                {"update attempt_item set response = 'B' where id = 1", "Quiz attempt 20"},
                {"update signed_pledge set rendered_text = '另一段正文' where id = 40", "Signed pledge 40"},
                {"update period_entrustment set organisation = '别处' where id = 61",
                        "Entrusted management of a post-exit period 61"},
                // found by an outside check: the checklist of an approved departure beyond what DEPARTURE_APPROVAL
                // covers, and the contact changes of the 脱密期, could be altered without verification noticing
                {"update carrier_return set received_by = '别人' where id = 1", "Departure checklist at approval 30"},
                {"update carrier_return set return_recorded_by = 'admin' where id = 2",
                        "Departure checklist at approval 30"},
                {"update carrier_return set returned_on = date('2026-10-30') where id = 2",
                        "Departure checklist at approval 30"},
                {"update carrier_correction set old_description = 'U盘 SN-9' where id = 1",
                        "Departure checklist at approval 30"},
                {"update departure set briefing_given_by = '别人' where id = 30", "Departure checklist at approval 30"},
                {"update departure set opened_by = 'officer' where id = 30", "Departure checklist at approval 30"},
                {"update departure set reason = '调离' where id = 30", "Departure checklist at approval 30"},
                {"update departure_last_day_change set old_day = date('2026-11-20') where id = 1",
                        "Departure checklist at approval 30"},
                {"delete from departure_last_day_change where id = 1", "Departure checklist at approval 30"},
                {"update period_contact_change set employer = '另一公司' where id = 62",
                        "Contact or employer change during the post-exit period 62"},
                {"update post_exit_period set end_date = date('2026-12-01') where id = 1", "Approved departure 30"},
                {"update departure set withdraw_reason = '另一原因' where id = 31",
                        "Departure withdrawn (opened by mistake) 31"},
                // left from an outside check: a last-day change of a departure later withdrawn was outside the chain
                {"update departure_last_day_change set reason = '另一原因' where id = 2",
                        "Departure withdrawn (opened by mistake) 31"},
                {"delete from departure_last_day_change where id = 2", "Departure withdrawn (opened by mistake) 31"},
                {"update quiz_accommodation set extra_minutes = 300 where id = 70", "Exam accommodation (extra time or attempts) 70"},
                {"update quiz_accommodation set extended_deadline = timestamp('2026-11-25 12:00:00') where id = 70",
                        "Exam accommodation (extra time or attempts) 70"},
                {"update training_session set session_hours = 8.0 where id = 1", "Attendance at an offline training session 80"},
                {"update vetting_record set vetting_result = 'NOT_PASSED' where id = 90", "Vetting or review 90"},
                {"update matter_report set note = '另写' where id = 1", "Personal-matter report step 95"},
                {"update travel_request set country = 'KR' where id = 1", "Step of a travel-abroad request 90"},
                {"update passport_entry set entry_day = date('2026-11-02') where id = 95", "Passport custody entry 95"},
                {"update conduct_entry set reason = '另一事由' where id = 100", "Reward or sanction entry 100"},
                {"update topic_pledge_issue set addressees = 'SM003' where id = 90", "Topic pledge issued 90"},
                {"update topic_issue_withdrawal set reason = '另一原因' where id = 91",
                        "Topic pledge issue withdrawn 91"},
                {"update liaison_entry set effective_on = date('2026-10-01') where id = 120", "Secrecy liaison appointed or ended 120"},
                {"update inspection_finding_step set note = '已整改' where id = 130", "Finding remediated, closed or reopened 130"},
                // found by an outside check (ex-s36h 4): a form's hand-over row was outside the chain
                {"update inspection_hand_over set from_id = 1 where id = 135", "Self-inspection form handed over 135"},
                {"update inspection_hand_over set hand_over_cause = 'ROLE' where id = 135",
                        "Self-inspection form handed over 135"},
                // found by an outside check (ex-s37c 1): an open departure's checklist was outside the chain
                {"update departure_step set named_person = '别人' where id = 180",
                        "Step of an open departure checklist 180"},
                {"update departure_step set step_day = date('2026-12-01') where id = 180",
                        "Step of an open departure checklist 180"},
                {"update disclosure_request set summary = '含具体项目' where id = 1", "Publication review step 110"},
                {"update self_inspection_answer set compliant = true where inspection_id = 140 and item_position = 1",
                        "Self-inspection or inspection checklist submitted 140"},
                {"update issued_certificate set revoke_reason = '另一原因' where id = 150",
                        "Certificate revoked (the exam void) 150"},
                {"update document_version set body = '悄悄改过的正文' where id = 2", "Document version published 2"},
                // found by an outside check: the record of login changes and the downloads log were outside the chain
                {"update account_change set changed_by = 'someone' where id = 160", "Change of a login's access"},
                {"update account_change set kind = 'ROLE_GRANTED' where id = 160", "Change of a login's access"},
                {"update record_export set exported_by = 'someone' where id = 170", "Download of people's records 170"},
                {"update record_export set subject = 'SM016' where id = 170", "Download of people's records 170"},
                // found by an outside check (ex-s37c 2): backups were in no record an auditor could read
                {"update backup_record set done_by = 'system' where id = 175", "Database backup made or deleted 175"},
                {"update backup_record set backup_event = 'DELETED' where id = 175",
                        "Database backup made or deleted 175"},
                // found by an outside check (ex-s38f 6): opening a round and raising a finding were outside the chain
                {"update inspection_round set due = date('2027-01-31') where id = 1",
                        "Self-inspection round opened 1"},
                {"update inspection_round set opened_by = 'someone' where id = 1", "Self-inspection round opened 1"},
                {"update inspection_finding set due = date('2027-03-31') where id = 1",
                        "Self-inspection finding raised 1"},
                {"update inspection_finding set raised_owner_id = 2 where id = 1", "Self-inspection finding raised 1"},
                {"update inspection_finding set answer_note = '已登记' where id = 1",
                        "Self-inspection finding raised 1"},
        };
        for (String[] t : tamperings) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate(t[0]);
                c.commit();
                String[] out = run(1, URL, "--lang=en");
                assertTrue(out[2].startsWith("1 problem found"), out[2]);
                // a topic pledge issue is no one person's record: it names nobody
                assertTrue(out[3].contains("Altered record") && out[3].contains(t[1])
                        && (t[1].startsWith("Topic pledge issue") || t[1].startsWith("Document version")
                                || t[1].startsWith("Change of a login") || t[1].startsWith("Download of")
                                || t[1].startsWith("Database backup") || t[1].startsWith("Self-inspection round")
                                || out[3].contains("SM002")), out[3]);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
            drop();
            schema();
        }
    }

    /**
     * Found by an outside check: the day of a paper exit pledge (exit_pledge_signed_at) could be altered unnoticed. It
     * is named as the paper pledge, and as part of the checklist the departure was approved with.
     */
    /**
     * A finding handed over to whoever answers for the department now changes its owner, not the owner it was raised
     * for: its entry as raised still verifies (the hand-over is a step of its own). A round or a finding deleted is
     * named (outside check ex-s38f 6).
     */
    @Test
    void aFindingHandedOverStillVerifiesAndADeletedRoundOrFindingIsNamed() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("update inspection_finding set owner_id = 2 where id = 1");
        }
        assertTrue(run(0, URL, "--lang=en")[2].startsWith("Intact: 34 entries"));
        try (Statement s = c.createStatement()) {
            s.executeUpdate("delete from inspection_finding where id = 1");
            s.executeUpdate("delete from inspection_round where id = 1");
        }
        String out = String.join("\n", run(1, URL, "--lang=en"));
        assertTrue(out.contains("Self-inspection finding raised 1") && out.contains("Self-inspection round opened 1"),
                out);
    }

    @Test
    void anAlteredPaperExitPledgeIsNamed() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("update departure set exit_pledge_signed_at = timestamp('2026-10-20 00:00:00') where id = 30");
        }
        String out = String.join("\n", run(1, URL, "--lang=en"));
        assertTrue(out.contains("2 problems found"), out);
        assertTrue(out.contains("Exit pledge signed on paper 30"), out);
        assertTrue(out.contains("Departure checklist at approval 30"), out);
    }

    /**
     * Found by an outside check: deleting rows of the record of login changes (a role granted, then withdrawn) or of
     * the downloads log, or a step of an open departure (ex-s37c 1), left verification "complete". A deleted row is
     * a missing record of its entry.
     */
    @Test
    void aDeletedLoginChangeOrDownloadIsNamed() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("delete from account_change where id = 160");
            s.executeUpdate("delete from record_export");
            // an open departure's step (outside check ex-s37c 1)
            s.executeUpdate("delete from departure_step where id = 180");
        }
        String out = String.join("\n", run(1, URL, "--lang=en"));
        assertTrue(out.contains("3 problems found"), out);
        assertTrue(out.contains("Step of an open departure checklist 180"), out);
        assertTrue(out.contains("Missing record") && out.contains("160"), out);
        assertTrue(out.contains("Download of people's records 170"), out);
    }

    /** A login change or a download written around the portal (no entry) is named as unlogged. */
    @Test
    void aLoginChangeOrDownloadWithoutEntryIsNamed() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("insert into account_change values (161, timestamp('2026-12-01 08:00:00'), 'admin', null, "
                    + "'ROLE_GRANTED', 'ADMIN,EMPLOYEE', 'EMPLOYEE', '悄悄授予', 'employee', 'ADMIN', null)");
        }
        String out = String.join("\n", run(1, URL, "--lang=en"));
        assertTrue(out.contains("1 problem found"), out);
        assertTrue(out.contains("Unlogged record") && out.contains("161"), out);
    }

    @Test
    void anAlteredAnonymousReportIsNamedWithoutAPerson() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("update incident set description = '改写的说明' where id = 90");
        }
        String[] out = run(1, URL, "--lang=en");
        assertTrue(out[3].contains("Altered record") && out[3].contains("Step of an incident case 91"), out[3]);
        assertFalse(out[3].contains("SM002"), out[3]);
    }

    @Test
    void aRemovedEntryIsAGap() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("delete from evidence_entry where seq = 2");
        }
        String[] out = run(1, URL, "--lang=en");
        assertTrue(out[3].startsWith("#2 Gap"), out[3]);
    }

    @Test
    void noDatabaseOrAMissingOneCannotBeChecked() {
        run(2);
        String[] out = run(2, "/nonexistent/shoumidb", "--lang=en");
        assertTrue(out[0].startsWith("Cannot open the database /nonexistent/shoumidb"), out[0]);
    }
}
