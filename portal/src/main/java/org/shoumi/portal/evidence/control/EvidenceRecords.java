package org.shoumi.portal.evidence.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.portal.evidence.entity.EvidenceKind;

/**
 * Reads the records and the log with plain JDBC, so that the server (inside the appending transaction, and
 * when verifying) and the offline command-line check compute the canonical content in exactly the same way
 * and always from what the database holds, never from a cache. The connection is the caller's: it is not
 * closed here.
 */
public final class EvidenceRecords {

    private static final String ACKS = "select a.id, e.employee_no, a.document_key, a.version, a.sha256, "
            + "a.acknowledged_at, a.reading_seconds from acknowledgement a join employee e on e.id = a.employee_id";
    private static final String ATTEMPTS = "select a.id, a.person_key, q.code, a.number, a.status, a.percent, "
            + "a.passed, a.finished_at from attempt a join quiz q on q.id = a.quiz_id";
    private static final String ITEMS = "select i.attempt_id, i.position, b.question_key, i.option_order, "
            + "i.response, i.fraction, i.revealed from attempt_item i join bank_question b on b.id = i.question_id";
    private static final String PLEDGES = "select p.id, e.employee_no, p.template_key, p.template_version, "
            + "p.pledge_kind, p.sha256, p.rendered_text, p.typed_name, p.signed_by, p.signed_at, p.signature_png, "
            + "p.pdf from signed_pledge p join employee e on e.id = p.employee_id";
    private static final String DEPARTURES = "select d.id, e.employee_no, d.kind, d.planned_last_day, "
            + "d.briefing_on, d.exit_pledge_id, d.exit_pledge_paper_ref, d.approved_on, d.approved_by, "
            + "x.secrecy_class, x.start_date, x.end_date from departure d join employee e on e.id = d.employee_id "
            + "left join post_exit_period x on x.departure_id = d.id where d.status = 'APPROVED'";
    private static final String CHANGES = "select c.id, e.employee_no, c.changed_at, c.effective_on, c.changed_by, "
            + "c.source, c.reason, c.old_name, c.new_name, c.old_department, c.new_department, c.old_post, "
            + "c.new_post, c.old_class, c.new_class, c.old_status, c.new_status "
            + "from personnel_change c join employee e on e.id = c.employee_id";
    private static final String ADJUSTMENTS = "select a.id, e.employee_no, x.departure_id, a.kind, a.old_end, "
            + "a.new_end, a.reason, a.approved_by, a.document_ref, a.recorded_by, a.recorded_at "
            + "from period_adjustment a join post_exit_period x on x.id = a.period_id "
            + "join employee e on e.id = x.employee_id";
    private static final String ENTRUSTMENTS = "select t.id, e.employee_no, x.departure_id, t.organisation, "
            + "t.doc_ref, t.reason, t.recorded_by, t.recorded_at from period_entrustment t "
            + "join post_exit_period x on x.id = t.period_id join employee e on e.id = x.employee_id";
    private static final String WITHDRAWALS = "select d.id, e.employee_no, d.kind, d.planned_last_day, d.opened_at, "
            + "d.opened_by, d.withdrawn_at, d.withdrawn_by, d.withdraw_reason from departure d "
            + "join employee e on e.id = d.employee_id where d.status = 'WITHDRAWN'";
    private static final String PAPER_PLEDGES = "select d.id, e.employee_no, d.kind, d.exit_pledge_paper_ref, "
            + "d.exit_pledge_signed_at from departure d join employee e on e.id = d.employee_id "
            + "where d.exit_pledge_paper_ref is not null";
    private static final String CHECKLISTS = "select d.id, e.employee_no, d.kind, d.opened_at, d.opened_by, d.reason, "
            + "d.planned_last_day, d.no_carriers_declared_at, d.no_carriers_declared_by, d.briefing_on, "
            + "d.briefing_given_by, d.exit_pledge_id, d.exit_pledge_paper_ref, d.exit_pledge_signed_at, "
            + "d.approved_on, d.approved_by from departure d join employee e on e.id = d.employee_id "
            + "where d.status = 'APPROVED'";
    private static final String CARRIERS = "select r.departure_id, r.id, r.kind, r.description, r.returned_on, "
            + "r.received_by, r.withdrawn_at, r.withdrawn_by, r.withdrawn_reason, r.return_recorded_at, "
            + "r.return_recorded_by from carrier_return r";
    private static final String CORRECTIONS = "select r.departure_id, k.id, k.carrier_id, k.corrected_at, "
            + "k.corrected_by, k.reason, k.old_kind, k.old_description, k.new_kind, k.new_description "
            + "from carrier_correction k join carrier_return r on r.id = k.carrier_id";
    private static final String LAST_DAY_CHANGES = "select x.departure_id, x.id, x.old_day, x.new_day, x.reason, "
            + "x.changed_by, x.changed_at from departure_last_day_change x";
    private static final String CONTACT_CHANGES = "select c.id, e.employee_no, x.departure_id, c.reported_on, "
            + "c.contact, c.employer, c.recorded_by, c.recorded_at from period_contact_change c "
            + "join post_exit_period x on x.id = c.period_id join employee e on e.id = x.employee_id";
    private static final String ACCOUNT_CHANGES = "select c.id, c.username, c.kind, c.changed_at, c.changed_by, "
            + "c.reason, c.effective_on, c.old_roles, c.new_roles, c.changed_role, c.undone from account_change c";
    private static final String EXPORTS = "select x.id, x.exported_at, x.exported_by, x.kind, x.subject, x.people "
            + "from record_export x";
    // a backup made or deleted by the retention rule: which copy, its size, when, by whom
    private static final String BACKUPS = "select b.id, b.backup_event, b.backup_name, b.size_bytes, b.done_at, "
            + "b.done_by from backup_record b";
    private static final String ACCOMMODATIONS = "select a.id, a.person_key, q.code, a.extra_minutes, "
            + "a.extra_attempts, a.reason, a.granted_by, a.granted_at, a.extended_attempt_id, a.extended_deadline "
            + "from quiz_accommodation a "
            + "join quiz q on q.id = a.quiz_id";
    private static final String REVOCATIONS = "select c.id, c.person_key, c.code, c.attempt_id, c.quiz_title, "
            + "c.passed_on, c.revoked_at, c.revoked_by, c.revoke_reason from issued_certificate c";
    private static final String ATTENDANCES = "select a.id, e.employee_no, s.code, s.session_kind, s.topic, "
            + "s.starts_at, s.ends_at, s.session_hours, a.recorded_how, a.recorded_by, a.recorded_at "
            + "from session_attendance a join training_session s on s.id = a.session_id "
            + "join employee e on e.id = a.employee_id";
    private static final String VETTINGS = "select v.id, e.employee_no, v.vetting_kind, v.held_on, v.vetting_result, "
            + "v.approver, v.file_ref, v.note, v.recorded_by, v.recorded_at "
            + "from vetting_record v join employee e on e.id = v.employee_id";
    private static final String MATTER_STEPS = "select s.id, e.employee_no, r.id, r.category, r.occurred_on, r.note, "
            + "r.reported_by, r.reported_at, s.step_kind, s.decision, s.decision_text, s.done_by, s.done_at "
            + "from matter_step s join matter_report r on r.id = s.report_id join employee e on e.id = r.employee_id";
    private static final String TRAVEL_STEPS = "select s.id, e.employee_no, r.id, r.country, r.departure_day, "
            + "r.return_day, r.purpose, r.note, r.requested_at, s.step_kind, s.step_day, s.given_by, s.note, "
            + "s.recorded_by, s.recorded_at from travel_step s join travel_request r on r.id = s.request_id "
            + "join employee e on e.id = r.employee_id";
    private static final String PASSPORTS = "select p.id, e.employee_no, p.entry_action, p.entry_day, p.request_id, "
            + "p.note, p.recorded_by, p.recorded_at from passport_entry p join employee e on e.id = p.employee_id";
    private static final String CONDUCT = "select c.id, e.employee_no, c.conduct_kind, c.decided_on, c.reason, "
            + "c.decided_by, c.document_ref, c.incident_id, c.corrects_id, c.recorded_by, c.recorded_at "
            + "from conduct_entry c join employee e on e.id = c.employee_id";
    private static final String INCIDENT_STEPS = "select s.id, i.reporter_no, i.id, i.incident_kind, i.occurred_on, "
            + "i.place, i.description, i.anonymous, i.reporter_login, i.received_at, i.report_due, "
            + "i.attachment_type, i.attachment_sha256, s.step_kind, s.stepped_at, s.stepped_by, s.note, s.upward_at, "
            + "s.upward_to, s.upward_channel, s.upward_ref, s.cause, s.responsibility, s.measures, s.education "
            + "from incident_step s join incident i on i.id = s.incident_id";
    private static final String ISSUES = "select i.id, i.topic, i.occasion, i.due_on, i.department_code, "
            + "i.addressees, i.issued_by, i.issued_at from topic_pledge_issue i";
    private static final String ISSUE_WITHDRAWALS = "select w.id, w.issue_id, w.withdrawn_at, w.withdrawn_by, "
            + "w.reason from topic_issue_withdrawal w";
    private static final String DISCLOSURE_STEPS = "select s.id, e.employee_no, r.id, d.code, r.title, "
            + "r.disclosure_kind, r.channel, r.planned_on, r.summary, r.doc_ref, r.requested_by, r.requested_at, "
            + "s.step_kind, s.step_day, s.note, s.done_by, s.done_at from disclosure_step s "
            + "join disclosure_request r on r.id = s.request_id join employee e on e.id = r.employee_id "
            + "join department d on d.id = r.department_id";
    private static final String LIAISONS = "select l.id, e.employee_no, l.entry_kind, d.code, l.ends_id, "
            + "l.effective_on, l.doc_ref, l.reason, l.recorded_by, l.recorded_at from liaison_entry l "
            + "join employee e on e.id = l.employee_id join department d on d.id = l.department_id";
    // a step names the owner of its day (s.owner_id): a finding handed over to whoever answers for the department
    // now changes its owner, and the steps logged before must read as they were logged (V31 filled it in)
    private static final String FINDING_STEPS = "select s.id, e.employee_no, f.id, f.item_id, s.step_kind, s.note, "
            + "s.done_by, s.done_at from inspection_finding_step s join inspection_finding f on f.id = s.finding_id "
            + "join employee e on e.id = s.owner_id";
    // who held the form, who holds it now (the record's staff number), why, by whose change and when
    private static final String HAND_OVERS = "select h.id, t.employee_no, h.inspection_id, f.employee_no, "
            + "h.hand_over_cause, h.done_by, h.done_at from inspection_hand_over h "
            + "join employee f on f.id = h.from_id join employee t on t.id = h.to_id";
    // a step of an open departure's checklist, with the departure's person (the record's staff number) and kind
    private static final String DEPARTURE_STEPS = "select s.id, e.employee_no, s.departure_id, d.kind, s.step_kind, "
            + "s.carrier_id, s.carrier_kind, s.description, s.step_day, s.named_person, s.note, s.done_by, s.done_at "
            + "from departure_step s join departure d on d.id = s.departure_id join employee e on e.id = d.employee_id";
    private static final String SELF_INSPECTIONS = "select s.id, e.employee_no, r.id, r.name, r.inspection_scope, "
            + "r.checklist_key, r.checklist_version, d.code, s.status, s.submitted_at, s.submitted_by "
            + "from self_inspection s join inspection_round r on r.id = s.round_id "
            + "join employee e on e.id = s.respondent_id join department d on d.id = s.department_id";
    // a round as opened: it belongs to no person (the opener is a login); nothing of it changes afterwards
    private static final String ROUNDS = "select r.id, r.name, r.inspection_scope, r.checklist_key, "
            + "r.checklist_version, r.checklist_title, r.opened_on, r.due, r.opened_at, r.opened_by "
            + "from inspection_round r";
    // a finding as raised, with the owner it was raised for (the record's staff number): its owner changes when it is
    // handed over (each hand-over a FINDING_STEP of its own), the owner it was raised for never does (V44)
    private static final String FINDINGS = "select f.id, e.employee_no, f.inspection_id, f.item_id, f.question, "
            + "f.remediation, f.answer_note, f.due from inspection_finding f "
            + "join employee e on e.id = f.raised_owner_id";
    private static final String ANSWERS = "select a.inspection_id, a.item_position, a.item_id, a.question, "
            + "a.compliant, a.note from self_inspection_answer a";
    private static final String DOCUMENTS = "select d.id, d.document_key, d.version, d.kind, d.title, d.post_code, "
            + "d.pledge_kind, d.effective_date, d.material_change, d.change_note, d.published_at, d.published_by, "
            + "d.body from document_version d";
    private static final String ENTRIES = "select seq, kind, record_id, employee_no, recorded_at_ms, content, "
            + "content_hash, previous_hash, chain_hash from evidence_entry";

    private EvidenceRecords() {
    }

    /** One record as it is now; empty when it does not exist (or, for a departure, is not approved). */
    public static Optional<LiveRecord> one(Connection c, EvidenceKind kind, long id) throws SQLException {
        List<LiveRecord> found = read(c, kind, id);
        return found.stream().findFirst();
    }

    /** Every record of every kind, evidential or not. */
    public static List<LiveRecord> all(Connection c) throws SQLException {
        List<LiveRecord> all = new ArrayList<>();
        for (EvidenceKind kind : EvidenceKind.values()) {
            all.addAll(read(c, kind, null));
        }
        return all;
    }

    /** Every record of one kind, evidential or not. */
    public static List<LiveRecord> of(Connection c, EvidenceKind kind) throws SQLException {
        return read(c, kind, null);
    }

    public static Optional<ChainVerifier.Head> head(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select last_seq, last_hash from evidence_head where id = 1");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(new ChainVerifier.Head(rs.getLong(1), rs.getString(2))) : Optional.empty();
        }
    }

    public static List<LoggedEntry> entries(Connection c) throws SQLException {
        List<LoggedEntry> entries = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(ENTRIES + " order by seq"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                entries.add(new LoggedEntry(rs.getLong(1), EvidenceKind.valueOf(rs.getString(2)), rs.getLong(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9)));
            }
        }
        return entries;
    }

    /** The records whose entry has a sequence number above {@code sequence}. */
    public static Set<LiveRecord.RecordKey> loggedAfter(Connection c, long sequence) throws SQLException {
        Set<LiveRecord.RecordKey> keys = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("select kind, record_id from evidence_entry where seq > ?")) {
            s.setLong(1, sequence);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    keys.add(new LiveRecord.RecordKey(EvidenceKind.valueOf(rs.getString(1)), rs.getLong(2)));
                }
            }
        }
        return keys;
    }

    /**
     * Verifies the whole log. The head and the entries are read first, then the records; records appended
     * meanwhile (their entry is newer than the entries read) are not reported as unlogged.
     */
    public static Verification verify(Connection c) throws SQLException {
        Optional<ChainVerifier.Head> head = head(c);
        List<LoggedEntry> entries = entries(c);
        long lastRead = entries.stream().mapToLong(LoggedEntry::sequence).max().orElse(0);
        List<LiveRecord> records = all(c);
        Set<LiveRecord.RecordKey> later = loggedAfter(c, Math.max(lastRead, head.map(ChainVerifier.Head::lastSequence).orElse(0L)));
        return ChainVerifier.verify(entries, head.orElse(null), records, later);
    }

    private static List<LiveRecord> read(Connection c, EvidenceKind kind, Long id) throws SQLException {
        return switch (kind) {
            case ACKNOWLEDGEMENT -> acknowledgements(c, id);
            case QUIZ_ATTEMPT -> attempts(c, id);
            case SIGNED_PLEDGE -> pledges(c, id);
            case DEPARTURE_APPROVAL -> departures(c, id);
            case PERSONNEL_CHANGE -> changes(c, id);
            case PERIOD_ADJUSTMENT -> adjustments(c, id);
            case QUIZ_ACCOMMODATION -> accommodations(c, id);
            case SESSION_ATTENDANCE -> attendances(c, id);
            case VETTING -> vettings(c, id);
            case MATTER_STEP -> matterSteps(c, id);
            case TRAVEL_STEP -> travelSteps(c, id);
            case PASSPORT_CUSTODY -> passports(c, id);
            case INCIDENT_STEP -> incidentSteps(c, id);
            case CONDUCT_ENTRY -> conductEntries(c, id);
            case PLEDGE_ISSUE -> issues(c, id);
            case DISCLOSURE_STEP -> disclosureSteps(c, id);
            case LIAISON_ENTRY -> liaisons(c, id);
            case FINDING_STEP -> findingSteps(c, id);
            case SELF_INSPECTION -> selfInspections(c, id);
            case CERTIFICATE_REVOKED -> revocations(c, id);
            case DOCUMENT_VERSION -> documentVersions(c, id);
            case PERIOD_ENTRUSTMENT -> entrustments(c, id);
            case DEPARTURE_WITHDRAWAL -> withdrawals(c, id);
            case EXIT_PLEDGE_PAPER -> paperPledges(c, id);
            case DEPARTURE_CHECKLIST -> checklists(c, id);
            case CONTACT_CHANGE -> contactChanges(c, id);
            case ACCOUNT_CHANGE -> accountChanges(c, id);
            case RECORD_EXPORT -> exports(c, id);
            case TOPIC_ISSUE_WITHDRAWAL -> issueWithdrawals(c, id);
            case INSPECTION_HAND_OVER -> handOvers(c, id);
            case DEPARTURE_STEP -> departureSteps(c, id);
            case BACKUP -> backups(c, id);
            case INSPECTION_ROUND -> rounds(c, id);
            case FINDING_RAISED -> findings(c, id);
        };
    }

    /** One canonical line per row. */
    private interface PartLine {
        String of(ResultSet rs) throws SQLException;
    }

    /**
     * The parts of records (an attempt's items, a self-inspection's answers) as canonical lines, one per row, in the
     * given order, by record id (the first column); the record's content carries their digest.
     */
    private static Map<Long, StringBuilder> parts(Connection c, String sql, String idColumn, Long id, String order,
                                                  PartLine line) throws SQLException {
        Map<Long, StringBuilder> parts = new HashMap<>();
        try (PreparedStatement s = statement(c, sql, idColumn, id, order); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                parts.computeIfAbsent(rs.getLong(1), k -> new StringBuilder()).append(line.of(rs)).append('\n');
            }
        }
        return parts;
    }

    private static PreparedStatement statement(Connection c, String sql, String idColumn, Long id, String order)
            throws SQLException {
        boolean hasWhere = sql.contains(" where ");
        String full = sql + (id == null ? "" : (hasWhere ? " and " : " where ") + idColumn + " = ?") + " order by " + order;
        PreparedStatement s = c.prepareStatement(full);
        if (id != null) {
            s.setLong(1, id);
        }
        return s;
    }

    private static List<LiveRecord> acknowledgements(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, ACKS, "a.id", id, "a.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                String content = CanonicalContent.of(EvidenceKind.ACKNOWLEDGEMENT, recordId).text(no)
                        .text(rs.getString(3)).number(rs.getInt(4)).text(rs.getString(5)).time(rs.getTimestamp(6))
                        .number(rs.getLong(7)).toString();
                list.add(new LiveRecord(EvidenceKind.ACKNOWLEDGEMENT, recordId, no, content, true));
            }
        }
        return list;
    }

    private static List<LiveRecord> attempts(Connection c, Long id) throws SQLException {
        Map<Long, StringBuilder> items = parts(c, ITEMS, "i.attempt_id", id, "i.attempt_id, i.position",
                rs -> CanonicalContent.of(EvidenceKind.QUIZ_ATTEMPT, rs.getLong(1)).number(rs.getInt(2))
                        .text(rs.getString(3)).text(rs.getString(4)).text(rs.getString(5)).decimal(rs.getBigDecimal(6))
                        .flag(rs.getBoolean(7)).toString());
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, ATTEMPTS, "a.id", id, "a.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                String status = rs.getString(5);
                boolean passedNull;
                boolean passed = rs.getBoolean(7);
                passedNull = rs.wasNull();
                String content = CanonicalContent.of(EvidenceKind.QUIZ_ATTEMPT, recordId).text(no).text(rs.getString(3))
                        .number(rs.getInt(4)).text(status).decimal(rs.getBigDecimal(6))
                        .flag(passedNull ? null : passed).time(rs.getTimestamp(8))
                        .digestOf(items.getOrDefault(recordId, new StringBuilder()).toString()).toString();
                list.add(new LiveRecord(EvidenceKind.QUIZ_ATTEMPT, recordId, no, content, !"IN_PROGRESS".equals(status)));
            }
        }
        return list;
    }

    private static List<LiveRecord> pledges(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, PLEDGES, "p.id", id, "p.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                String content = CanonicalContent.of(EvidenceKind.SIGNED_PLEDGE, recordId).text(no)
                        .text(rs.getString(3)).number(rs.getInt(4)).text(rs.getString(5)).text(rs.getString(6))
                        .digestOf(rs.getString(7)).text(rs.getString(8)).text(rs.getString(9))
                        .time(rs.getTimestamp(10)).digestOf(rs.getBytes(11)).digestOf(rs.getBytes(12)).toString();
                list.add(new LiveRecord(EvidenceKind.SIGNED_PLEDGE, recordId, no, content, true));
            }
        }
        return list;
    }

    private static List<LiveRecord> departures(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, DEPARTURES, "d.id", id, "d.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                long pledgeId = rs.getLong(6);
                boolean noPledge = rs.wasNull();
                String content = CanonicalContent.of(EvidenceKind.DEPARTURE_APPROVAL, recordId).text(no)
                        .text(rs.getString(3)).date(date(rs.getDate(4))).date(date(rs.getDate(5)))
                        .text(noPledge ? null : Long.toString(pledgeId)).text(rs.getString(7))
                        .date(date(rs.getDate(8))).text(rs.getString(9)).text(rs.getString(10))
                        .date(date(rs.getDate(11))).date(date(rs.getDate(12))).toString();
                list.add(new LiveRecord(EvidenceKind.DEPARTURE_APPROVAL, recordId, no, content, true));
            }
        }
        return list;
    }

    private static List<LiveRecord> changes(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, CHANGES, "c.id", id, "c.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                CanonicalContent content = CanonicalContent.of(EvidenceKind.PERSONNEL_CHANGE, recordId).text(no)
                        .time(rs.getTimestamp(3)).date(date(rs.getDate(4)));
                for (int column = 5; column <= 17; column++) {
                    content.text(rs.getString(column));
                }
                list.add(new LiveRecord(EvidenceKind.PERSONNEL_CHANGE, recordId, no, content.toString(), true));
            }
        }
        return list;
    }

    private static List<LiveRecord> adjustments(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, ADJUSTMENTS, "a.id", id, "a.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                String content = CanonicalContent.of(EvidenceKind.PERIOD_ADJUSTMENT, recordId).text(no)
                        .number(rs.getLong(3)).text(rs.getString(4)).date(date(rs.getDate(5)))
                        .date(date(rs.getDate(6))).text(rs.getString(7)).text(rs.getString(8)).text(rs.getString(9))
                        .text(rs.getString(10)).time(rs.getTimestamp(11)).toString();
                list.add(new LiveRecord(EvidenceKind.PERIOD_ADJUSTMENT, recordId, no, content, true));
            }
        }
        return list;
    }

    /**
     * A withdrawn departure: the person, kind, planned last day, opening, withdrawal (when, who, why) and, only when
     * there were any, the changes of its planned last working day made while it was open (as on its checklist): a
     * departure whose day was changed and then withdrawn kept those changes outside the chain (left from an outside
     * check). One never changed reads as it always did, so that earlier entries still verify.
     */
    private static List<LiveRecord> withdrawals(Connection c, Long id) throws SQLException {
        Map<Long, StringBuilder> lastDays = parts(c, LAST_DAY_CHANGES, "x.departure_id", id, "x.departure_id, x.id",
                rs -> lastDayChange(EvidenceKind.DEPARTURE_WITHDRAWAL, rs));
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, WITHDRAWALS, "d.id", id, "d.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                CanonicalContent withdrawal = CanonicalContent.of(EvidenceKind.DEPARTURE_WITHDRAWAL, recordId).text(no)
                        .text(rs.getString(3)).date(date(rs.getDate(4))).time(rs.getTimestamp(5))
                        .text(rs.getString(6)).time(rs.getTimestamp(7)).text(rs.getString(8)).text(rs.getString(9));
                StringBuilder changed = lastDays.get(recordId);
                String content = (changed == null ? withdrawal : withdrawal.digestOf(changed.toString())).toString();
                list.add(new LiveRecord(EvidenceKind.DEPARTURE_WITHDRAWAL, recordId, no, content, true));
            }
        }
        return list;
    }

    /**
     * An exit pledge signed on paper, as HR recorded it on the departure (the original counts like a pledge signed in
     * the portal, which is a {@code SIGNED_PLEDGE}): the departure, where the original is kept and the day signed.
     */
    private static List<LiveRecord> paperPledges(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, PAPER_PLEDGES, "d.id", id, "d.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                String content = CanonicalContent.of(EvidenceKind.EXIT_PLEDGE_PAPER, recordId).text(no)
                        .text(rs.getString(3)).text(rs.getString(4)).time(rs.getTimestamp(5)).toString();
                list.add(new LiveRecord(EvidenceKind.EXIT_PLEDGE_PAPER, recordId, no, content, true));
            }
        }
        return list;
    }

    /**
     * One carrier line of a checklist, for a digest: with who entered its return and when (migration V33) only when
     * that was kept, so that the lines of checklists approved before still read as they did and their entries verify.
     */
    private static String carrier(ResultSet rs) throws SQLException {
        CanonicalContent line = CanonicalContent.of(EvidenceKind.DEPARTURE_CHECKLIST, rs.getLong(1))
                .number(rs.getLong(2)).text(rs.getString(3)).text(rs.getString(4)).date(date(rs.getDate(5)))
                .text(rs.getString(6)).time(rs.getTimestamp(7)).text(rs.getString(8)).text(rs.getString(9));
        Timestamp recordedAt = rs.getTimestamp(10);
        return (recordedAt == null ? line : line.time(recordedAt).text(rs.getString(11))).toString();
    }

    /** One change of a departure's planned last working day (a row of {@link #LAST_DAY_CHANGES}), for a digest. */
    private static String lastDayChange(EvidenceKind kind, ResultSet rs) throws SQLException {
        return CanonicalContent.of(kind, rs.getLong(1)).number(rs.getLong(2)).date(date(rs.getDate(3)))
                .date(date(rs.getDate(4))).text(rs.getString(5)).text(rs.getString(6)).time(rs.getTimestamp(7))
                .toString();
    }

    /**
     * The whole checklist of an approved departure as it stood at approval (nothing of it changes afterwards): when
     * and by whom it was opened, why, the planned last day, the carriers (each line with its return and receiver, or
     * its withdrawal) and their corrections, or the declaration that there were none, the briefing's day and giver,
     * the exit pledge (portal id, or paper reference) and its day, the approval, and the changes of the planned last
     * working day made while it was open, if any (from, to, why, who, when). {@code DEPARTURE_APPROVAL} keeps
     * covering what it always did, so that its entries appended before still verify.
     */
    private static List<LiveRecord> checklists(Connection c, Long id) throws SQLException {
        Map<Long, StringBuilder> carriers = parts(c, CARRIERS, "r.departure_id", id, "r.departure_id, r.id",
                rs -> carrier(rs));
        Map<Long, StringBuilder> corrections = parts(c, CORRECTIONS, "r.departure_id", id, "r.departure_id, k.id",
                rs -> CanonicalContent.of(EvidenceKind.DEPARTURE_CHECKLIST, rs.getLong(1)).number(rs.getLong(2))
                        .number(rs.getLong(3)).time(rs.getTimestamp(4)).text(rs.getString(5)).text(rs.getString(6))
                        .text(rs.getString(7)).text(rs.getString(8)).text(rs.getString(9)).text(rs.getString(10))
                        .toString());
        Map<Long, StringBuilder> lastDays = parts(c, LAST_DAY_CHANGES, "x.departure_id", id, "x.departure_id, x.id",
                rs -> lastDayChange(EvidenceKind.DEPARTURE_CHECKLIST, rs));
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, CHECKLISTS, "d.id", id, "d.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                long pledgeId = rs.getLong(12);
                boolean noPledge = rs.wasNull();
                CanonicalContent checklist = CanonicalContent.of(EvidenceKind.DEPARTURE_CHECKLIST, recordId).text(no)
                        .text(rs.getString(3)).time(rs.getTimestamp(4)).text(rs.getString(5)).text(rs.getString(6))
                        .date(date(rs.getDate(7))).time(rs.getTimestamp(8)).text(rs.getString(9))
                        .digestOf(carriers.getOrDefault(recordId, new StringBuilder()).toString())
                        .digestOf(corrections.getOrDefault(recordId, new StringBuilder()).toString())
                        .date(date(rs.getDate(10))).text(rs.getString(11)).text(noPledge ? null : Long.toString(pledgeId))
                        .text(rs.getString(13)).time(rs.getTimestamp(14)).date(date(rs.getDate(15)))
                        .text(rs.getString(16));
                // the changes of the planned last working day (migration V25), only when there were any: a checklist
                // whose last day was never changed reads as it always did, so that its earlier entries still verify
                StringBuilder changed = lastDays.get(recordId);
                String content = (changed == null ? checklist : checklist.digestOf(changed.toString()))
                        .toString();
                list.add(new LiveRecord(EvidenceKind.DEPARTURE_CHECKLIST, recordId, no, content, true));
            }
        }
        return list;
    }

    /** A change of a leaver's contact details or employer reported during the 脱密期. */
    private static List<LiveRecord> contactChanges(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, CONTACT_CHANGES, "c.id", id, "c.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                String content = CanonicalContent.of(EvidenceKind.CONTACT_CHANGE, recordId).text(no)
                        .number(rs.getLong(3)).date(date(rs.getDate(4))).text(rs.getString(5)).text(rs.getString(6))
                        .text(rs.getString(7)).time(rs.getTimestamp(8)).toString();
                list.add(new LiveRecord(EvidenceKind.CONTACT_CHANGE, recordId, no, content, true));
            }
        }
        return list;
    }

    /**
     * A change of what a login may do (account_change): the login (or, for a lifted address stop, the address), what
     * happened, when, by whom, why, the day a scheduled end takes effect, the roles before and after, the role granted
     * or withdrawn and what a 恢复登录 or a reset undid. Tied to a login, not to a staff number (a login may be linked
     * to another person later), so logged with an empty one, as a topic pledge issue is.
     */
    private static List<LiveRecord> accountChanges(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, ACCOUNT_CHANGES, "c.id", id, "c.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String content = CanonicalContent.of(EvidenceKind.ACCOUNT_CHANGE, recordId).text(rs.getString(2))
                        .text(rs.getString(3)).time(rs.getTimestamp(4)).text(rs.getString(5)).text(rs.getString(6))
                        .date(date(rs.getDate(7))).text(rs.getString(8)).text(rs.getString(9)).text(rs.getString(10))
                        .text(rs.getString(11)).toString();
                list.add(new LiveRecord(EvidenceKind.ACCOUNT_CHANGE, recordId, "", content, true));
            }
        }
        return list;
    }

    /**
     * A download of people's records (record_export, 导出记录): when, by which login, what, of whom (staff number,
     * department code or departure number) and for how many people. Logged with an empty staff number: the download
     * is the downloader's act, and the subject is part of the content.
     */
    private static List<LiveRecord> exports(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, EXPORTS, "x.id", id, "x.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String content = CanonicalContent.of(EvidenceKind.RECORD_EXPORT, recordId).time(rs.getTimestamp(2))
                        .text(rs.getString(3)).text(rs.getString(4)).text(rs.getString(5)).number(rs.getInt(6))
                        .toString();
                list.add(new LiveRecord(EvidenceKind.RECORD_EXPORT, recordId, "", content, true));
            }
        }
        return list;
    }

    /**
     * A backup of the database made or deleted by the retention rule (backup_record): made or deleted, the copy's
     * name, its size in bytes, when and by whom (a login, api or system). Logged with an empty staff number: a copy
     * of everyone's records is nobody's record.
     */
    private static List<LiveRecord> backups(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, BACKUPS, "b.id", id, "b.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String content = CanonicalContent.of(EvidenceKind.BACKUP, recordId).text(rs.getString(2))
                        .text(rs.getString(3)).number(rs.getLong(4)).time(rs.getTimestamp(5)).text(rs.getString(6))
                        .toString();
                list.add(new LiveRecord(EvidenceKind.BACKUP, recordId, "", content, true));
            }
        }
        return list;
    }

    private static List<LiveRecord> entrustments(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, ENTRUSTMENTS, "t.id", id, "t.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                String content = CanonicalContent.of(EvidenceKind.PERIOD_ENTRUSTMENT, recordId).text(no)
                        .number(rs.getLong(3)).text(rs.getString(4)).text(rs.getString(5)).text(rs.getString(6))
                        .text(rs.getString(7)).time(rs.getTimestamp(8)).toString();
                list.add(new LiveRecord(EvidenceKind.PERIOD_ENTRUSTMENT, recordId, no, content, true));
            }
        }
        return list;
    }

    /**
     * Grants of extra time or attempts; a grant whose minutes moved an open attempt's deadline also names that
     * attempt and the deadline it gave it (migration V23; a grant from before, with no deadline kept, reads as it
     * was logged, so its entry still verifies).
     */
    private static List<LiveRecord> accommodations(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, ACCOMMODATIONS, "a.id", id, "a.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                CanonicalContent content = CanonicalContent.of(EvidenceKind.QUIZ_ACCOMMODATION, recordId).text(no)
                        .text(rs.getString(3)).number(rs.getInt(4)).number(rs.getInt(5)).text(rs.getString(6))
                        .text(rs.getString(7)).time(rs.getTimestamp(8));
                long attemptId = rs.getLong(9);
                boolean noAttempt = rs.wasNull();
                Timestamp deadline = rs.getTimestamp(10);
                if (!noAttempt && deadline != null) {
                    content.number(attemptId).time(deadline);
                }
                list.add(new LiveRecord(EvidenceKind.QUIZ_ACCOMMODATION, recordId, no, content.toString(), true));
            }
        }
        return list;
    }

    /** Revoked certificates: who revoked which exam's certificate, when and why (a standing one is no evidence). */
    private static List<LiveRecord> revocations(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, REVOCATIONS, "c.id", id, "c.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                String content = CanonicalContent.of(EvidenceKind.CERTIFICATE_REVOKED, recordId).text(no)
                        .text(rs.getString(3)).number(rs.getLong(4)).text(rs.getString(5))
                        .date(date(rs.getDate(6))).time(rs.getTimestamp(7)).text(rs.getString(8))
                        .text(rs.getString(9)).toString();
                list.add(new LiveRecord(EvidenceKind.CERTIFICATE_REVOKED, recordId, no, content,
                        rs.getTimestamp(7) != null));
            }
        }
        return list;
    }

    /**
     * Published versions of the rules, duties, pledge templates and checklists: which text (by its SHA-256, read from
     * the body itself, so a text changed in place no longer matches), in force from which day, published by whom,
     * when and why. The versions shipped in the content pack are the same on every installation and no one's act:
     * not evidence.
     */
    private static List<LiveRecord> documentVersions(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, DOCUMENTS, "d.id", id, "d.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String publishedBy = rs.getString(12);
                String content = CanonicalContent.of(EvidenceKind.DOCUMENT_VERSION, recordId).text(rs.getString(2))
                        .number(rs.getInt(3)).text(rs.getString(4)).text(rs.getString(5)).text(rs.getString(6))
                        .text(rs.getString(7)).date(date(rs.getDate(8))).flag(rs.getBoolean(9))
                        .text(rs.getString(10)).time(rs.getTimestamp(11)).text(publishedBy)
                        .digestOf(rs.getString(13)).toString();
                list.add(new LiveRecord(EvidenceKind.DOCUMENT_VERSION, recordId, null, content,
                        !Documents.PACK_PUBLISHER.equals(publishedBy)));
            }
        }
        return list;
    }

    private static List<LiveRecord> attendances(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, ATTENDANCES, "a.id", id, "a.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                String content = CanonicalContent.of(EvidenceKind.SESSION_ATTENDANCE, recordId).text(no)
                        .text(rs.getString(3)).text(rs.getString(4)).text(rs.getString(5)).time(rs.getTimestamp(6))
                        .time(rs.getTimestamp(7)).decimal(rs.getBigDecimal(8)).text(rs.getString(9))
                        .text(rs.getString(10)).time(rs.getTimestamp(11)).toString();
                list.add(new LiveRecord(EvidenceKind.SESSION_ATTENDANCE, recordId, no, content, true));
            }
        }
        return list;
    }

    private static List<LiveRecord> vettings(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, VETTINGS, "v.id", id, "v.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                String content = CanonicalContent.of(EvidenceKind.VETTING, recordId).text(no).text(rs.getString(3))
                        .date(date(rs.getDate(4))).text(rs.getString(5)).text(rs.getString(6)).text(rs.getString(7))
                        .text(rs.getString(8)).text(rs.getString(9)).time(rs.getTimestamp(10)).toString();
                list.add(new LiveRecord(EvidenceKind.VETTING, recordId, no, content, true));
            }
        }
        return list;
    }

    private static List<LiveRecord> liaisons(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, LIAISONS, "l.id", id, "l.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                long ends = rs.getLong(5);
                boolean noEnd = rs.wasNull();
                String content = CanonicalContent.of(EvidenceKind.LIAISON_ENTRY, recordId).text(no)
                        .text(rs.getString(3)).text(rs.getString(4)).text(noEnd ? null : Long.toString(ends))
                        .date(date(rs.getDate(6))).text(rs.getString(7))
                        .text(rs.getString(8)).text(rs.getString(9)).time(rs.getTimestamp(10)).toString();
                list.add(new LiveRecord(EvidenceKind.LIAISON_ENTRY, recordId, no, content, true));
            }
        }
        return list;
    }

    private static List<LiveRecord> findingSteps(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, FINDING_STEPS, "s.id", id, "s.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                String content = CanonicalContent.of(EvidenceKind.FINDING_STEP, recordId).text(no)
                        .number(rs.getLong(3)).text(rs.getString(4)).text(rs.getString(5)).text(rs.getString(6))
                        .text(rs.getString(7)).time(rs.getTimestamp(8)).toString();
                list.add(new LiveRecord(EvidenceKind.FINDING_STEP, recordId, no, content, true));
            }
        }
        return list;
    }

    /** A department form handed over: the form, from whom, to whom (the record's person), why, by whom and when. */
    private static List<LiveRecord> handOvers(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, HAND_OVERS, "h.id", id, "h.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                String content = CanonicalContent.of(EvidenceKind.INSPECTION_HAND_OVER, recordId).text(no)
                        .number(rs.getLong(3)).text(rs.getString(4)).text(rs.getString(5)).text(rs.getString(6))
                        .time(rs.getTimestamp(7)).toString();
                list.add(new LiveRecord(EvidenceKind.INSPECTION_HAND_OVER, recordId, no, content, true));
            }
        }
        return list;
    }

    /**
     * A step of a departure's checklist as HR recorded it: the departure and its kind, the step, the carrier line, its
     * kind and description, the day (planned last day, return, briefing), the person named (receiver, giver), the
     * reason, by whom and when.
     */
    private static List<LiveRecord> departureSteps(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, DEPARTURE_STEPS, "s.id", id, "s.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                long carrier = rs.getLong(6);
                boolean noCarrier = rs.wasNull();
                String content = CanonicalContent.of(EvidenceKind.DEPARTURE_STEP, recordId).text(no)
                        .number(rs.getLong(3)).text(rs.getString(4)).text(rs.getString(5))
                        .text(noCarrier ? null : Long.toString(carrier)).text(rs.getString(7)).text(rs.getString(8))
                        .date(date(rs.getDate(9))).text(rs.getString(10)).text(rs.getString(11))
                        .text(rs.getString(12)).time(rs.getTimestamp(13)).toString();
                list.add(new LiveRecord(EvidenceKind.DEPARTURE_STEP, recordId, no, content, true));
            }
        }
        return list;
    }

    /**
     * A self-inspection round as opened (no one person's record): name, scope, checklist key, version and title, the
     * day it opened, its due day, when and by whom.
     */
    private static List<LiveRecord> rounds(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, ROUNDS, "r.id", id, "r.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String content = CanonicalContent.of(EvidenceKind.INSPECTION_ROUND, recordId).text(rs.getString(2))
                        .text(rs.getString(3)).text(rs.getString(4)).number(rs.getInt(5)).text(rs.getString(6))
                        .date(date(rs.getDate(7))).date(date(rs.getDate(8))).time(rs.getTimestamp(9))
                        .text(rs.getString(10)).toString();
                // not one person's record: logged with an empty staff number, as a topic pledge issue
                list.add(new LiveRecord(EvidenceKind.INSPECTION_ROUND, recordId, "", content, true));
            }
        }
        return list;
    }

    /**
     * A finding as raised by a submitted self-inspection: the owner it was raised for (the record's staff number), the
     * form, the checklist item, the SHA-256 of its question and of its remediation, the note given with the "no" and
     * the due day. Its status and notes change with its steps, which are entries of their own ({@code FINDING_STEP}).
     */
    private static List<LiveRecord> findings(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, FINDINGS, "f.id", id, "f.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                String content = CanonicalContent.of(EvidenceKind.FINDING_RAISED, recordId).text(no)
                        .number(rs.getLong(3)).text(rs.getString(4)).digestOf(rs.getString(5))
                        .digestOf(rs.getString(6)).text(rs.getString(7)).date(date(rs.getDate(8))).toString();
                list.add(new LiveRecord(EvidenceKind.FINDING_RAISED, recordId, no, content, true));
            }
        }
        return list;
    }

    /** A self-inspection, evidential once submitted (its answers never change after that). */
    private static List<LiveRecord> selfInspections(Connection c, Long id) throws SQLException {
        Map<Long, StringBuilder> answers = parts(c, ANSWERS, "a.inspection_id", id, "a.inspection_id, a.item_position",
                rs -> CanonicalContent.of(EvidenceKind.SELF_INSPECTION, rs.getLong(1)).number(rs.getInt(2))
                        .text(rs.getString(3)).text(rs.getString(4)).flag(rs.getBoolean(5)).text(rs.getString(6))
                        .toString());
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, SELF_INSPECTIONS, "s.id", id, "s.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                String status = rs.getString(9);
                String content = CanonicalContent.of(EvidenceKind.SELF_INSPECTION, recordId).text(no)
                        .number(rs.getLong(3)).text(rs.getString(4)).text(rs.getString(5)).text(rs.getString(6))
                        .number(rs.getInt(7)).text(rs.getString(8)).text(status).time(rs.getTimestamp(10))
                        .text(rs.getString(11))
                        .digestOf(answers.getOrDefault(recordId, new StringBuilder()).toString()).toString();
                list.add(new LiveRecord(EvidenceKind.SELF_INSPECTION, recordId, no, content, "SUBMITTED".equals(status)));
            }
        }
        return list;
    }

    private static List<LiveRecord> disclosureSteps(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, DISCLOSURE_STEPS, "s.id", id, "s.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                String content = CanonicalContent.of(EvidenceKind.DISCLOSURE_STEP, recordId).text(no)
                        .number(rs.getLong(3)).text(rs.getString(4)).text(rs.getString(5)).text(rs.getString(6))
                        .text(rs.getString(7)).date(date(rs.getDate(8))).text(rs.getString(9)).text(rs.getString(10))
                        .text(rs.getString(11)).time(rs.getTimestamp(12)).text(rs.getString(13))
                        .date(date(rs.getDate(14))).text(rs.getString(15)).text(rs.getString(16))
                        .time(rs.getTimestamp(17)).toString();
                list.add(new LiveRecord(EvidenceKind.DISCLOSURE_STEP, recordId, no, content, true));
            }
        }
        return list;
    }

    private static List<LiveRecord> matterSteps(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, MATTER_STEPS, "s.id", id, "s.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                String content = CanonicalContent.of(EvidenceKind.MATTER_STEP, recordId).text(no)
                        .number(rs.getLong(3)).text(rs.getString(4)).date(date(rs.getDate(5))).text(rs.getString(6))
                        .text(rs.getString(7)).time(rs.getTimestamp(8)).text(rs.getString(9)).text(rs.getString(10))
                        .text(rs.getString(11)).text(rs.getString(12)).time(rs.getTimestamp(13)).toString();
                list.add(new LiveRecord(EvidenceKind.MATTER_STEP, recordId, no, content, true));
            }
        }
        return list;
    }

    private static List<LiveRecord> travelSteps(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, TRAVEL_STEPS, "s.id", id, "s.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                String content = CanonicalContent.of(EvidenceKind.TRAVEL_STEP, recordId).text(no)
                        .number(rs.getLong(3)).text(rs.getString(4)).date(date(rs.getDate(5)))
                        .date(date(rs.getDate(6))).text(rs.getString(7)).text(rs.getString(8))
                        .time(rs.getTimestamp(9)).text(rs.getString(10)).date(date(rs.getDate(11)))
                        .text(rs.getString(12)).text(rs.getString(13)).text(rs.getString(14))
                        .time(rs.getTimestamp(15)).toString();
                list.add(new LiveRecord(EvidenceKind.TRAVEL_STEP, recordId, no, content, true));
            }
        }
        return list;
    }

    private static List<LiveRecord> passports(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, PASSPORTS, "p.id", id, "p.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                long requestId = rs.getLong(5);
                boolean noRequest = rs.wasNull();
                String content = CanonicalContent.of(EvidenceKind.PASSPORT_CUSTODY, recordId).text(no)
                        .text(rs.getString(3)).date(date(rs.getDate(4)))
                        .text(noRequest ? null : Long.toString(requestId)).text(rs.getString(6))
                        .text(rs.getString(7)).time(rs.getTimestamp(8)).toString();
                list.add(new LiveRecord(EvidenceKind.PASSPORT_CUSTODY, recordId, no, content, true));
            }
        }
        return list;
    }

    private static List<LiveRecord> incidentSteps(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, INCIDENT_STEPS, "s.id", id, "s.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                String content = CanonicalContent.of(EvidenceKind.INCIDENT_STEP, recordId).text(no)
                        .number(rs.getLong(3)).text(rs.getString(4)).date(date(rs.getDate(5))).text(rs.getString(6))
                        .digestOf(rs.getString(7)).flag(rs.getBoolean(8)).text(rs.getString(9))
                        .time(rs.getTimestamp(10)).time(rs.getTimestamp(11)).text(rs.getString(12))
                        .text(rs.getString(13)).text(rs.getString(14)).time(rs.getTimestamp(15))
                        .text(rs.getString(16)).digestOf(rs.getString(17)).time(rs.getTimestamp(18))
                        .text(rs.getString(19)).text(rs.getString(20)).text(rs.getString(21))
                        .digestOf(rs.getString(22)).digestOf(rs.getString(23)).digestOf(rs.getString(24))
                        .digestOf(rs.getString(25)).toString();
                list.add(new LiveRecord(EvidenceKind.INCIDENT_STEP, recordId, no, content, true));
            }
        }
        return list;
    }

    private static List<LiveRecord> conductEntries(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, CONDUCT, "c.id", id, "c.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String no = rs.getString(2);
                long incident = rs.getLong(8);
                boolean noIncident = rs.wasNull();
                long corrects = rs.getLong(9);
                boolean noCorrection = rs.wasNull();
                String content = CanonicalContent.of(EvidenceKind.CONDUCT_ENTRY, recordId).text(no)
                        .text(rs.getString(3)).date(date(rs.getDate(4))).text(rs.getString(5)).text(rs.getString(6))
                        .text(rs.getString(7)).text(noIncident ? null : Long.toString(incident))
                        .text(noCorrection ? null : Long.toString(corrects)).text(rs.getString(10))
                        .time(rs.getTimestamp(11)).toString();
                list.add(new LiveRecord(EvidenceKind.CONDUCT_ENTRY, recordId, no, content, true));
            }
        }
        return list;
    }

    /** A topic pledge issue withdrawn: the issue, when, by whom and why (not one person's record). */
    private static List<LiveRecord> issueWithdrawals(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, ISSUE_WITHDRAWALS, "w.id", id, "w.id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String content = CanonicalContent.of(EvidenceKind.TOPIC_ISSUE_WITHDRAWAL, recordId)
                        .text(Long.toString(rs.getLong(2))).time(rs.getTimestamp(3)).text(rs.getString(4))
                        .text(rs.getString(5)).toString();
                list.add(new LiveRecord(EvidenceKind.TOPIC_ISSUE_WITHDRAWAL, recordId, "", content, true));
            }
        }
        return list;
    }

    private static List<LiveRecord> issues(Connection c, Long id) throws SQLException {
        List<LiveRecord> list = new ArrayList<>();
        try (PreparedStatement s = statement(c, ISSUES, "i.id", id, "i.id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long recordId = rs.getLong(1);
                String content = CanonicalContent.of(EvidenceKind.PLEDGE_ISSUE, recordId).text(rs.getString(2))
                        .text(rs.getString(3)).date(date(rs.getDate(4))).text(rs.getString(5))
                        .text(rs.getString(6)).text(rs.getString(7)).time(rs.getTimestamp(8)).toString();
                // not one person's record: logged with an empty staff number (the column is required)
                list.add(new LiveRecord(EvidenceKind.PLEDGE_ISSUE, recordId, "", content, true));
            }
        }
        return list;
    }

    private static java.time.LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
