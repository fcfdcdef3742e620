package it.org.shoumi.portal.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.TestData;
import jakarta.inject.Inject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.employees.boundary.HireDraft;
import org.shoumi.portal.employees.boundary.Roster;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.control.Problem;
import org.shoumi.portal.evidence.control.Verification;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.portal.pledges.boundary.PledgeDraft;
import org.shoumi.portal.pledges.boundary.Pledges;
import org.shoumi.portal.pledges.boundary.Signing;
import org.shoumi.portal.pledges.entity.SignedPledge;
import org.shoumi.portal.records.boundary.Records;
import org.shoumi.portal.records.entity.RecordExport;
import org.shoumi.portal.security.boundary.AccountAdmin;
import org.shoumi.portal.security.entity.AccountChange;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.training.boundary.Acknowledgements;
import org.shoumi.portal.training.entity.Acknowledgement;
import org.shoumi.quizzes.attempts.boundary.QuizAttempts;
import org.shoumi.quizzes.attempts.boundary.TakerView;

/**
 * The evidence log on a started server: acknowledging, finishing attempts (also by the sweeper) and signing
 * append entries in the same transaction and the chain verifies; tampering with a record, an entry or the
 * sequence is named by verification, and verifies again once put back. Every tampering is reverted in a
 * finally block, so the other tests sharing this database see an intact log.
 */
class EvidenceIT extends FromInside {

    private static final String PASSWORD = "Tide-Lamp-739";

    @Inject
    TestData data;

    @Inject
    Roster roster;

    @Inject
    Acknowledgements acknowledgements;

    @Inject
    QuizAttempts attempts;

    @Inject
    Pledges pledges;

    @Inject
    EvidenceLog evidence;

    @Inject
    AccountAdmin accountAdmin;

    @Inject
    Records records;

    @Inject
    org.shoumi.portal.departures.boundary.Departures departures;

    @Inject
    org.shoumi.portal.evidence.boundary.ChainWatch watch;

    @Inject
    org.shoumi.portal.backups.boundary.BackupLog backupLog;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    @Inject
    org.shoumi.portal.web.shared.Times times;

    /**
     * Found by an outside check: after the database was restored from an earlier backup, verification answered
     * "complete" for the shorter chain, nothing recorded the restore, and an auditor could not check a hash noted
     * earlier. A noted hash is looked up, and a start that finds the chain gone back records it.
     */
    @Test
    void aNotedHashIsFoundAndAChainThatWentBackIsRecorded() throws Exception {
        EvidenceLog.ChainState now = evidence.state();
        EvidenceLog.Found found = evidence.find(now.lastHash().substring(0, 20).toUpperCase()).orElseThrow();
        assertEquals(now.length(), found.sequence());
        assertTrue(evidence.find("0".repeat(64)).isEmpty(), "a hash the chain does not hold");
        assertTrue(evidence.find("abc").isEmpty(), "too short to name one entry");

        // as if this server had seen a longer chain before the database was put back to an earlier copy
        java.nio.file.Path anchor = java.nio.file.Path.of(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("shoumi.evidence.anchor-file", String.class));
        assertTrue(java.nio.file.Files.isRegularFile(anchor), "the server keeps the anchor at " + anchor);
        assertTrue(java.nio.file.Files.readString(anchor).startsWith(evidence.state().length() + " "),
                "moved on with every append");
        java.nio.file.Files.writeString(anchor, (now.length() + 5) + " " + "e".repeat(64) + "\n");
        org.shoumi.portal.evidence.entity.EvidenceRollback rollback = watch.check().orElseThrow();
        assertEquals(now.length() + 5, rollback.getKnownLength());
        assertEquals(evidence.state().length(), rollback.getFoundLength());
        assertTrue(watch.rollbacks().stream().anyMatch(r -> r.getKnownHash().equals("e".repeat(64))), "listed");
        assertTrue(watch.check().isEmpty(), "anchored anew: the next start finds nothing");

        it.org.shoumi.portal.PortalClient auditor = new it.org.shoumi.portal.PortalClient(portalAddress(request));
        auditor.login("auditor", "Shoumi@2026");
        it.org.shoumi.portal.PortalClient.Page page = auditor.get("audit/evidence.xhtml");
        assertTrue(page.contains("数据库回退记录") && page.contains("e".repeat(64)), page.visible());
        it.org.shoumi.portal.PortalClient.Page missing = auditor.submit(page, "lookup", "lookup:look",
                java.util.Map.of("lookup:hash", "e".repeat(64)));
        assertTrue(missing.contains("链中没有该哈希"), missing.visible());
    }

    /**
     * Found by an outside check: a second restore of the same backup erased the record of the first rollback (kept
     * only in the database the restore replaced), the anchor having followed the shorter chain; the evidence page then
     * said "complete" with no rollback listed. And the login-change pages, which say their record is never changed,
     * showed nothing while a withdrawn ADMIN role had come back. Here the anchor file holds what a first restore left
     * (the anchor at the chain as it is, the highest seen above it, the rollback found then), and the database lacks
     * that rollback, as after restoring the same copy again: the start records it again and the restore as a new one;
     * a plain restart then records nothing; both login-change pages warn.
     */
    @Test
    void aSecondRestoreOfTheSameCopyKeepsTheFirstRollbackAndTheLoginPagesWarn() throws Exception {
        java.nio.file.Path anchor = java.nio.file.Path.of(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("shoumi.evidence.anchor-file", String.class));
        EvidenceLog.ChainState now = evidence.state();
        String node = Deployments.uniqueName("restore");
        String highestHash = "f".repeat(64);
        Instant firstFound = Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String firstLine = "rollback " + firstFound + " " + (now.length() + 7) + " " + highestHash + " "
                + now.length() + " " + now.lastHash() + " " + node;
        java.nio.file.Files.writeString(anchor, now.length() + " " + now.lastHash() + "\nhighest "
                + (now.length() + 7) + " " + highestHash + "\n" + firstLine + "\n");

        org.shoumi.portal.evidence.entity.EvidenceRollback second = watch.check().orElseThrow(
                () -> new AssertionError("a chain below the highest seen, with a rollback the database lost"));
        assertEquals(now.length() + 7, second.getKnownLength());
        assertEquals(highestHash, second.getKnownHash());
        assertTrue(watch.rollbacks().stream().anyMatch(r -> r.getNode().equals(node)
                && r.getDetectedAt().equals(firstFound) && r.getKnownHash().equals(highestHash)),
                "the first rollback is recorded again from the file");
        String file = java.nio.file.Files.readString(anchor);
        assertTrue(file.contains(firstLine + "\n"), "the file keeps the first rollback: " + file);
        assertTrue(file.contains("highest " + (now.length() + 7) + " " + highestHash), "and the highest: " + file);
        assertEquals(2, file.lines().filter(l -> l.startsWith("rollback ")).count(), "and adds the second: " + file);
        assertTrue(watch.check().isEmpty(), "a plain restart: the database knows every rollback of the file");

        it.org.shoumi.portal.PortalClient auditor = new it.org.shoumi.portal.PortalClient(portalAddress(request));
        auditor.login("auditor", "Shoumi@2026");
        it.org.shoumi.portal.PortalClient.Page page = auditor.get("audit/evidence.xhtml");
        assertTrue(page.contains("数据库回退记录") && page.contains(node), page.visible());
        it.org.shoumi.portal.PortalClient.Page logins = auditor.get("audit/logins.xhtml");
        assertLoginPageWarns(logins);
        it.org.shoumi.portal.PortalClient admin = new it.org.shoumi.portal.PortalClient(portalAddress(request));
        admin.login("admin", "Shoumi@2026");
        assertLoginPageWarns(admin.get("admin/accounts.xhtml"));

        // found by an outside check: the records page and the workbook's 导出记录 lost downloads silently
        it.org.shoumi.portal.PortalClient.Page records = auditor.get("records/index.xhtml");
        assertLoginPageWarns(records);
        assertTrue(records.contains("这段时间的档案下载也可能不在导出记录中"), records.visible());
        java.net.http.HttpResponse<byte[]> book = auditor.raw("records/inspection");
        assertEquals(200, book.statusCode());
        try (org.apache.poi.ss.usermodel.Workbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(book.body()))) {
            org.apache.poi.ss.usermodel.Sheet downloads = wb.getSheet("导出记录");
            org.apache.poi.ss.usermodel.Row last = downloads.getRow(downloads.getLastRowNum());
            String note = last.getCell(0).getStringCellValue();
            // bounded on both sides: between the backup's newest evidence and the finding of the restore (outside check)
            assertTrue(note.contains("发现数据库被恢复到较早的备份") && note.contains("之前的导出可能不在本表中")
                    && note.contains("之后的导出完整"), note);
            assertEquals(1, last.getPhysicalNumberOfCells(), "a line of its own after the downloads");
        }
    }

    /**
     * Found by an outside check (ex-s38d 1): a 离职 approved after the backup vanished with the restore, the leaver's
     * 脱密期 and login switch-off with it, and HR's 离岗离职 list, the 脱密期 list and the restrictions API said nothing;
     * the login page's warning named only role changes, resets, lock lifts, passwords and downloads. The departure's
     * entries are kept outside the database as they are appended; here the anchor file holds two more of the
     * person's (a step and the approval) beyond the chain, as a restore to a copy before them leaves it: the start
     * keeps them as lost, both pages warn and name them, the API says its answer may be incomplete and how many of
     * the person's entries were lost, and the login page names leavers' logins and 离岗 role reductions. The
     * departure opened for the test is withdrawn at the end.
     */
    @Test
    void aRestoreThatTookADeparturesApprovalIsNamedOnTheDeparturePagesAndInTheRestrictionsApi() throws Exception {
        java.nio.file.Path anchor = java.nio.file.Path.of(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("shoumi.evidence.anchor-file", String.class));
        String user = Deployments.uniqueName("rbdep");
        String no = "RB" + Long.toString(System.nanoTime(), 36).toUpperCase();
        roster.hire(new HireDraft(no, "回退离职", "RESEARCH", "STAFF", SecrecyClass.GENERAL, LocalDate.now(), user,
                PASSWORD.toCharArray()), "hr");
        long departure = departures.open(no, org.shoumi.portal.departures.entity.DepartureKind.LEAVE_UNIT,
                departures.today().plusDays(20), "本人辞职，调往外单位工作", "hr");
        departures.declareNoCarriers(departure, "hr");
        org.shoumi.portal.evidence.control.ChainHistory seen = org.shoumi.portal.evidence.control.ChainHistory.parse(
                java.nio.file.Files.readString(anchor));
        assertEquals(List.of("DEPARTURE_STEP", "DEPARTURE_STEP"), seen.tail().stream()
                .filter(t -> no.equals(t.employeeNo())).map(t -> t.kind()).toList(),
                "the opening and the declaration kept outside the database: " + seen.tail());

        // as if the server had seen two more of the person's entries (a step, the approval) before the restore
        EvidenceLog.ChainState now = evidence.state();
        Instant recorded = Instant.now().minusSeconds(120).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        org.shoumi.portal.evidence.control.ChainHistory before = seen
                .appended(new org.shoumi.portal.evidence.control.ChainAnchor(now.length() + 1, "1".repeat(64)),
                        java.util.Optional.of(new org.shoumi.portal.evidence.control.ChainHistory.Watched(
                                now.length() + 1, "1".repeat(64), "DEPARTURE_STEP", recorded, no)))
                .appended(new org.shoumi.portal.evidence.control.ChainAnchor(now.length() + 2, "2".repeat(64)),
                        java.util.Optional.of(new org.shoumi.portal.evidence.control.ChainHistory.Watched(
                                now.length() + 2, "2".repeat(64), "DEPARTURE_APPROVAL", recorded.plusSeconds(30),
                                no)));
        java.nio.file.Files.writeString(anchor, before.text());
        org.shoumi.portal.evidence.entity.EvidenceRollback rollback = watch.check().orElseThrow(
                () -> new AssertionError("a chain shorter than the anchor is a rollback"));
        assertEquals(now.length() + 2, rollback.getKnownLength());
        List<org.shoumi.portal.evidence.boundary.ChainWatch.LostEntry> lost = watch.lostEntries().stream()
                .filter(l -> no.equals(l.employeeNo())).toList();
        assertEquals(List.of(EvidenceKind.DEPARTURE_STEP, EvidenceKind.DEPARTURE_APPROVAL),
                lost.stream().map(l -> l.kind()).toList(), "the two beyond the chain are lost: " + lost);
        assertEquals(2, org.shoumi.portal.evidence.control.ChainHistory.parse(java.nio.file.Files.readString(anchor))
                .tail().stream().filter(t -> no.equals(t.employeeNo())).count(), "the two the chain holds stay");

        String found = times.formatSeconds(rollback.getDetectedAt());
        it.org.shoumi.portal.PortalClient hr = new it.org.shoumi.portal.PortalClient(portalAddress(request));
        hr.login("hr", "Shoumi@2026");
        it.org.shoumi.portal.PortalClient.Page list = hr.get("departures/list.xhtml");
        assertTrue(list.contains("数据库曾被恢复到较早的备份：离岗离职记录可能不全") && list.contains(found)
                && list.contains("已批准离职的人员可能又显示为在岗、没有脱密期"), list.visible());
        assertTrue(list.contains("工号 " + no + "　批准的离岗离职") && list.contains("工号 " + no + "　离岗离职清单步骤")
                && list.contains(times.formatSeconds(recorded)), "the lost entries named: " + list.visible());
        it.org.shoumi.portal.PortalClient.Page period = hr.get("departures/restrictions.xhtml");
        assertTrue(period.contains("数据库曾被恢复到较早的备份：离岗离职记录可能不全")
                && period.contains("工号 " + no + "　批准的离岗离职"), period.visible());
        it.org.shoumi.portal.PortalClient.Page api = hr.get("api/restrictions/" + no);
        assertEquals(200, api.status(), api.body());
        jakarta.json.JsonObject json = jakarta.json.Json.createReader(new java.io.StringReader(api.body()))
                .readObject();
        assertTrue(json.getBoolean("mayBeIncomplete"), api.body());
        assertEquals(rollback.getDetectedAt().toString(), json.getString("restoreFoundAt"), api.body());
        assertEquals(2, json.getInt("lostDepartureEntries"), api.body());
        assertFalse(json.getBoolean("restricted"), "the answer itself as the database holds it: " + api.body());

        it.org.shoumi.portal.PortalClient admin = new it.org.shoumi.portal.PortalClient(portalAddress(request));
        admin.login("admin", "Shoumi@2026");
        it.org.shoumi.portal.PortalClient.Page accounts = admin.get("admin/accounts.xhtml");
        assertLoginPageWarns(accounts);
        assertTrue(accounts.contains("离职人员的登录在最后工作日后停用、离岗批准时收回角色（仅保留员工角色）也可能丢失"),
                accounts.visible());
        departures.withdraw(departure, "测试结束，误开", "hr");
    }

    /** The warning of a database gone back, naming when the newest rollback was found. */
    private void assertLoginPageWarns(it.org.shoumi.portal.PortalClient.Page page) {
        String found = times.format(watch.rollbacks().get(0).getDetectedAt());
        assertTrue(page.contains("数据库曾被恢复到较早的备份") && page.contains(found)
                && page.contains("角色授予与收回、密码重置和解除锁定可能已经丢失"), page.visible());
    }

    @Test
    void evidenceIsChainedAndEveryTamperingIsNamed() throws Exception {
        Verification before = evidence.verify();
        assertTrue(before.intact(), () -> "the log verifies before the test: " + before.first());

        String user = Deployments.uniqueName("evid");
        String no = "E" + Long.toString(System.nanoTime(), 36).toUpperCase();
        roster.hire(new HireDraft(no, "证据测试", "RESEARCH", "STAFF", SecrecyClass.GENERAL, LocalDate.now(), user,
                PASSWORD.toCharArray()), "hr");
        long lengthBefore = evidence.state().length();

        Instant longAgo = Instant.now().minusSeconds(600);
        List<Acknowledgement> acks = acknowledgements.openFor(user).stream()
                .map(t -> acknowledgements.acknowledge(user, t.key(), t.version(), longAgo)).toList();
        assertFalse(acks.isEmpty());
        long expired = expiredAttempt(no);
        long passed = passedAttempt(no);
        PledgeDraft draft = pledges.draft(user, PledgeKind.ONBOARDING);
        SignedPledge signed = pledges.sign(new Signing(user, draft.kind(), draft.version(), draft.sha256(),
                PASSWORD.toCharArray(), "证据测试", signature(), "127.0.0.1", "EvidenceIT"));

        for (Acknowledgement a : acks) {
            assertEquals(1, entries(EvidenceKind.ACKNOWLEDGEMENT, a.getId()), "acknowledgement " + a.getId());
        }
        assertEquals(1, entries(EvidenceKind.QUIZ_ATTEMPT, expired), "the attempt the sweeper expired");
        assertEquals(1, entries(EvidenceKind.QUIZ_ATTEMPT, passed));
        assertEquals(1, entries(EvidenceKind.SIGNED_PLEDGE, signed.getId()));
        assertTrue(evidence.state().length() >= lengthBefore + acks.size() + 3, "the chain grew");
        Verification after = evidence.verify();
        assertTrue(after.intact(), () -> "verifies after appending: " + after.first());
        assertEquals(evidence.state().lastHash(), after.lastHash());

        long ack = acks.get(0).getId();
        // an altered acknowledgement (another version) is named
        tampered("update acknowledgement set version = version + 100 where id = " + ack,
                "update acknowledgement set version = version - 100 where id = " + ack,
                Problem.Type.ALTERED_RECORD, EvidenceKind.ACKNOWLEDGEMENT, ack);
        // an altered attempt result
        BigDecimal percent = data.inTransaction(em -> (BigDecimal) em.createNativeQuery(
                "select percent from attempt where id = " + passed).getSingleResult());
        tampered("update attempt set percent = 12.5 where id = " + passed,
                "update attempt set percent = " + percent.toPlainString() + " where id = " + passed,
                Problem.Type.ALTERED_RECORD, EvidenceKind.QUIZ_ATTEMPT, passed);
        // an altered pledge
        tampered("update signed_pledge set typed_name = '别人' where id = " + signed.getId(),
                "update signed_pledge set typed_name = '证据测试' where id = " + signed.getId(),
                Problem.Type.ALTERED_RECORD, EvidenceKind.SIGNED_PLEDGE, signed.getId());
        // an altered entry (its time) breaks the chain
        long seq = sequenceOf(EvidenceKind.ACKNOWLEDGEMENT, ack);
        tampered("update evidence_entry set recorded_at_ms = recorded_at_ms + 1 where seq = " + seq,
                "update evidence_entry set recorded_at_ms = recorded_at_ms - 1 where seq = " + seq,
                Problem.Type.BROKEN_CHAIN, EvidenceKind.ACKNOWLEDGEMENT, ack);

        // a removed entry is a gap at its sequence number; put back as it was
        Object[] row = data.inTransaction(em -> (Object[]) em.createNativeQuery("select seq, kind, record_id, "
                + "employee_no, recorded_at_ms, content, content_hash, previous_hash, chain_hash from evidence_entry "
                + "where seq = " + seq).getSingleResult());
        try {
            execute("delete from evidence_entry where seq = " + seq);
            Verification gap = evidence.verify();
            assertFalse(gap.intact());
            assertEquals(Problem.Type.GAP, gap.first().orElseThrow().type());
            assertEquals(seq, gap.first().orElseThrow().sequence());
        } finally {
            data.inTransaction(em -> {
                var insert = em.createNativeQuery("insert into evidence_entry (seq, kind, record_id, employee_no, "
                        + "recorded_at_ms, content, content_hash, previous_hash, chain_hash) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                for (int i = 0; i < row.length; i++) {
                    insert.setParameter(i + 1, row[i]);
                }
                return insert.executeUpdate();
            });
        }
        Verification back = evidence.verify();
        assertTrue(back.intact(), () -> "the entry put back verifies: " + back.first());

        // a record written around the portal has no entry
        Long unlogged = data.inTransaction(em -> {
            Employee person = em.createNamedQuery(Employee.BY_NUMBER, Employee.class)
                    .setParameter("employeeNo", no).getSingleResult();
            Acknowledgement raw = new Acknowledgement(person, "evidence.it.raw", 1, "0".repeat(64), Instant.now(), 60);
            em.persist(raw);
            em.flush();
            return raw.getId();
        });
        try {
            Verification missing = evidence.verify();
            Problem p = missing.first().orElseThrow();
            assertEquals(Problem.Type.UNLOGGED_RECORD, p.type());
            assertEquals(unlogged, p.recordId());
            assertEquals(no, p.employeeNo());
        } finally {
            execute("delete from acknowledgement where id = " + unlogged);
        }
        Verification end = evidence.verify();
        assertTrue(end.intact(), () -> "intact at the end: " + end.first());
    }

    /**
     * Found by an outside check: the record of login and role changes (account_change) and the downloads log
     * (record_export) were outside the chain, so deleting a role grant or a download left verification "complete" and
     * the noted hash unchanged. Each change and each download is appended in its own transaction; an altered, deleted
     * or unlogged row is named; every tampering is undone (a deletion by rolling its transaction back).
     */
    @Test
    void loginChangesAndDownloadsAreChainedAndEveryTamperingIsNamed() throws Exception {
        String user = Deployments.uniqueName("evacc");
        String no = "A" + Long.toString(System.nanoTime(), 36).toUpperCase();
        roster.hire(new HireDraft(no, "权限证据", "RESEARCH", "STAFF", SecrecyClass.GENERAL, LocalDate.now(), user,
                PASSWORD.toCharArray()), "hr");
        accountAdmin.grant(user, Role.AUDITOR, "测试授权", "admin");
        accountAdmin.withdraw(user, Role.AUDITOR, "测试收回", "admin");
        List<Long> changes = data.inTransaction(em -> em.createNamedQuery(AccountChange.OF_USERNAME,
                AccountChange.class).setParameter("username", user).getResultStream().map(AccountChange::getId)
                .toList());
        assertEquals(3, changes.size(), "opened, granted, withdrawn");
        for (long change : changes) {
            assertEquals(1, entries(EvidenceKind.ACCOUNT_CHANGE, change), "account change " + change);
        }
        String downloader = Deployments.uniqueName("evdl");
        records.exported(downloader, RecordExport.Kind.SECRECY_FILE, no, 1);
        long export = data.inTransaction(em -> em.createQuery("select x.id from RecordExport x "
                + "where x.exportedBy = :by", Long.class).setParameter("by", downloader).getSingleResult());
        assertEquals(1, entries(EvidenceKind.RECORD_EXPORT, export), "the download");
        Verification after = evidence.verify();
        assertTrue(after.intact(), () -> "verifies after appending: " + after.first());

        long withdrawal = changes.get(2);
        tampered("update account_change set changed_by = 'someone' where id = " + withdrawal,
                "update account_change set changed_by = 'admin' where id = " + withdrawal,
                Problem.Type.ALTERED_RECORD, EvidenceKind.ACCOUNT_CHANGE, withdrawal);
        String subject = data.inTransaction(em -> em.find(RecordExport.class, export).getSubject());
        tampered("update record_export set subject = 'SM015' where id = " + export,
                "update record_export set subject = '" + subject + "' where id = " + export,
                Problem.Type.ALTERED_RECORD, EvidenceKind.RECORD_EXPORT, export);
        assertNamedWhenDeleted("delete from account_change where username = '" + user + "' and kind <> 'OPENED'",
                EvidenceKind.ACCOUNT_CHANGE, changes.get(1));
        assertNamedWhenDeleted("delete from record_export where id = " + export, EvidenceKind.RECORD_EXPORT, export);
        Verification end = evidence.verify();
        assertTrue(end.intact(), () -> "intact at the end: " + end.first());
    }

    /**
     * Found by an outside check: a restore of a backup taken before a role withdrawal brought the ADMIN role back with
     * no rollback noticed, as the withdrawal wrote nothing to the chain. Now the withdrawal is an entry of the chain, the
     * anchor outside the database moves to it once committed, and a database put back to the chain before it is found
     * gone back (the check a start makes, on the anchor file as it is, against that shorter chain).
     */
    @Test
    void aRoleWithdrawalMovesTheAnchorSoARestoreBeforeItIsNoticed() throws Exception {
        java.nio.file.Path anchor = java.nio.file.Path.of(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("shoumi.evidence.anchor-file", String.class));
        String user = Deployments.uniqueName("evadm");
        String no = "W" + Long.toString(System.nanoTime(), 36).toUpperCase();
        roster.hire(new HireDraft(no, "收回测试", "RESEARCH", "STAFF", SecrecyClass.GENERAL, LocalDate.now(), user,
                PASSWORD.toCharArray()), "hr");
        accountAdmin.grant(user, Role.ADMIN, "测试授权", "admin");
        long before = evidence.state().length();
        accountAdmin.withdraw(user, Role.ADMIN, "账号疑似被盗用，收回管理员角色", "admin");
        long withdrawal = data.inTransaction(em -> em.createNamedQuery(AccountChange.OF_USERNAME, AccountChange.class)
                .setParameter("username", user).getResultStream()
                .filter(c -> c.getKind() == AccountChange.Kind.ROLE_WITHDRAWN).findFirst().orElseThrow().getId());
        long seq = sequenceOf(EvidenceKind.ACCOUNT_CHANGE, withdrawal);
        assertTrue(seq > before, "the withdrawal moved the chain on: " + seq + " after " + before);

        org.shoumi.portal.evidence.control.ChainHistory seen = org.shoumi.portal.evidence.control.ChainHistory.parse(
                java.nio.file.Files.readString(anchor));
        org.shoumi.portal.evidence.control.ChainAnchor anchored = seen.anchor().orElseThrow();
        assertTrue(anchored.length() >= seq, "the anchor moved to the withdrawal: " + anchored + ", entry " + seq);
        assertEquals(evidence.hashAt(anchored.length()).orElseThrow(), anchored.hash());

        // a backup taken before the withdrawal holds the chain up to the entry before it
        long copy = seq - 1;
        String copyHash = evidence.hashAt(copy).orElseThrow();
        org.shoumi.portal.evidence.control.ChainHistory.Start start = seen.atStart(
                new org.shoumi.portal.evidence.control.ChainHistory.ChainNow(copy, copyHash,
                        s -> s <= copy ? evidence.hashAt(s) : java.util.Optional.empty()),
                List.of(), Instant.now(), "restore-check");
        org.shoumi.portal.evidence.control.ChainHistory.Rollback found = start.found().orElseThrow(
                () -> new AssertionError("a restore to before the withdrawal is a rollback"));
        assertEquals(anchored.length(), found.knownLength());
        assertEquals(copy, found.foundLength());
    }

    /**
     * Found by an outside check (ex-s37c 1): a carrier HR registered and returned on an open departure's checklist was
     * in no entry of the chain until approval, so a restore of a backup made before it wiped both with no rollback
     * found and verification 完整, and a deleted or altered row went unnoticed. Each step is now an entry when it is
     * recorded: the anchor moves to the return, a database put back to before it is found gone back, and the step's
     * row altered or deleted is named. Every tampering is undone and the departure is withdrawn at the end.
     */
    @Test
    void anOpenChecklistsStepsAreChainedSoARestoreOrATamperingBeforeApprovalIsNoticed() throws Exception {
        java.nio.file.Path anchor = java.nio.file.Path.of(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("shoumi.evidence.anchor-file", String.class));
        String user = Deployments.uniqueName("evdep");
        String no = "Q" + Long.toString(System.nanoTime(), 36).toUpperCase();
        roster.hire(new HireDraft(no, "清退证据", "RESEARCH", "STAFF", SecrecyClass.GENERAL, LocalDate.now(), user,
                PASSWORD.toCharArray()), "hr");
        long opened = evidence.state().length();
        long departure = departures.open(no, org.shoumi.portal.departures.entity.DepartureKind.LEAVE_UNIT,
                departures.today().plusDays(20), "本人辞职，已提交书面申请", "hr");
        assertTrue(evidence.state().length() > opened, "the opening is an entry");
        long carrier = departures.addCarrier(departure, org.shoumi.portal.departures.entity.CarrierKind.USB_DRIVE,
                "涉密U盘 编号 BM-U-" + no, "hr");
        departures.returnCarrier(carrier, departures.today(), "黄海涛", "hr");
        List<Long> steps = data.inTransaction(em -> em.createQuery("select s.id from DepartureStep s "
                + "where s.departure.id = :d order by s.id", Long.class).setParameter("d", departure).getResultList());
        assertEquals(3, steps.size(), "opened, carrier added, returned");
        for (long step : steps) {
            assertEquals(1, entries(EvidenceKind.DEPARTURE_STEP, step), "step " + step);
        }
        long returned = steps.get(2);
        long seq = sequenceOf(EvidenceKind.DEPARTURE_STEP, returned);
        Verification after = evidence.verify();
        assertTrue(after.intact(), () -> "verifies after appending: " + after.first());

        // the anchor outside the database moved to the return: a copy made before it is a database gone back
        org.shoumi.portal.evidence.control.ChainHistory seen = org.shoumi.portal.evidence.control.ChainHistory.parse(
                java.nio.file.Files.readString(anchor));
        org.shoumi.portal.evidence.control.ChainAnchor anchored = seen.anchor().orElseThrow();
        assertTrue(anchored.length() >= seq, "the anchor moved to the return: " + anchored + ", entry " + seq);
        long copy = seq - 1;
        String copyHash = evidence.hashAt(copy).orElseThrow();
        org.shoumi.portal.evidence.control.ChainHistory.Start start = seen.atStart(
                new org.shoumi.portal.evidence.control.ChainHistory.ChainNow(copy, copyHash,
                        s -> s <= copy ? evidence.hashAt(s) : java.util.Optional.empty()),
                List.of(), Instant.now(), "restore-check");
        org.shoumi.portal.evidence.control.ChainHistory.Rollback found = start.found().orElseThrow(
                () -> new AssertionError("a restore to before the return is a rollback"));
        assertEquals(copy, found.foundLength());

        tampered("update departure_step set named_person = '别人' where id = " + returned,
                "update departure_step set named_person = '黄海涛' where id = " + returned,
                Problem.Type.ALTERED_RECORD, EvidenceKind.DEPARTURE_STEP, returned);
        assertNamedWhenDeleted("delete from departure_step where id = " + returned, EvidenceKind.DEPARTURE_STEP,
                returned);
        departures.withdraw(departure, "测试结束，误开", "hr");
        Verification end = evidence.verify();
        assertTrue(end.intact(), () -> "intact at the end: " + end.first());
    }

    /** A deletion, inside a transaction rolled back after verifying: named as a missing record, and nothing lost. */
    /**
     * Found by an outside check (ex-s37c 2): a backup (a copy of every record) made or deleted by the retention rule
     * was in no record an auditor could read, only in a file beside the copy and the server log. Each is a row of
     * backup_record appended to the chain in its transaction; an altered or deleted row is named (each tampering in a
     * transaction rolled back, so nothing is left altered).
     */
    @Test
    void backupsMadeAndDeletedAreChainedAndATamperingIsNamed() throws Exception {
        String by = Deployments.uniqueName("evbk");
        String name = "shoumi-it-" + Long.toString(System.nanoTime(), 36);
        backupLog.made(name, 5_872_025L, java.time.Instant.now(), by);
        backupLog.deleted(name, 5_872_025L, java.time.Instant.now(), "system");
        List<org.shoumi.portal.backups.entity.BackupRecord> kept = backupLog.recent().stream()
                .filter(b -> b.getName().equals(name)).toList();
        assertEquals(List.of(org.shoumi.portal.backups.entity.BackupRecord.Event.DELETED,
                org.shoumi.portal.backups.entity.BackupRecord.Event.MADE),
                kept.stream().map(org.shoumi.portal.backups.entity.BackupRecord::getEvent).toList(), "newest first");
        assertEquals(List.of("system", by), kept.stream().map(org.shoumi.portal.backups.entity.BackupRecord::getDoneBy)
                .toList());
        for (var b : kept) {
            assertEquals(1, entries(EvidenceKind.BACKUP, b.getId()), "backup record " + b.getId());
        }
        Verification after = evidence.verify();
        assertTrue(after.intact(), () -> "verifies after appending: " + after.first());
        long made = kept.get(1).getId();
        Verification altered;
        try {
            data.inTransaction(em -> {
                em.createNativeQuery("update backup_record set done_by = 'someone' where id = " + made).executeUpdate();
                throw new Seen(evidence.verify());
            });
            throw new AssertionError("not rolled back");
        } catch (Seen seen) {
            altered = seen.verification;
        }
        Problem p = altered.first().orElseThrow();
        assertEquals(List.of(Problem.Type.ALTERED_RECORD, EvidenceKind.BACKUP, made),
                List.of(p.type(), p.recordKind(), p.recordId()));
        assertNamedWhenDeleted("delete from backup_record where id = " + made, EvidenceKind.BACKUP, made);
        Verification end = evidence.verify();
        assertTrue(end.intact(), () -> "intact at the end: " + end.first());
    }

    private void assertNamedWhenDeleted(String delete, EvidenceKind kind, long recordId) {
        Verification v;
        try {
            data.inTransaction(em -> {
                em.createNativeQuery(delete).executeUpdate();
                throw new Seen(evidence.verify());
            });
            throw new AssertionError("not rolled back");
        } catch (Seen seen) {
            v = seen.verification;
        }
        assertFalse(v.intact(), "deletion found: " + delete);
        Problem p = v.first().orElseThrow();
        assertEquals(Problem.Type.MISSING_RECORD, p.type(), delete);
        assertEquals(kind, p.recordKind(), delete);
        assertEquals(recordId, p.recordId(), delete);
        Verification back = evidence.verify();
        assertTrue(back.intact(), () -> "rolled back: " + back.first());
    }

    /** Carries a verification out of a transaction it rolls back (a refusal, so not reported as a fault). */
    private static final class Seen extends RuntimeException implements org.shoumi.content.persistence.Refusal {
        private final transient Verification verification;

        Seen(Verification verification) {
            super(null, null, false, false);
            this.verification = verification;
        }
    }

    @Test
    void concurrentAppendsNeverShareANumberOrAPreviousHash() throws Exception {
        String user = Deployments.uniqueName("evpar");
        String no = "P" + Long.toString(System.nanoTime(), 36).toUpperCase();
        roster.hire(new HireDraft(no, "并发测试", "RESEARCH", "STAFF", SecrecyClass.GENERAL, LocalDate.now(), user,
                PASSWORD.toCharArray()), "hr");
        List<org.shoumi.portal.training.control.ReadingPolicy.ReadingTask> tasks = acknowledgements.openFor(user);
        assertTrue(tasks.size() >= 2, "several documents to acknowledge at once");
        jakarta.enterprise.concurrent.ManagedExecutorService executor =
                javax.naming.InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        Instant longAgo = Instant.now().minusSeconds(600);
        List<java.util.concurrent.Future<Acknowledgement>> running = tasks.stream().map(t -> executor.submit(() -> {
            go.await();
            return acknowledgements.acknowledge(user, t.key(), t.version(), longAgo);
        })).toList();
        go.countDown();
        List<Long> sequences = new java.util.ArrayList<>();
        for (var f : running) {
            sequences.add(sequenceOf(EvidenceKind.ACKNOWLEDGEMENT, f.get(60, java.util.concurrent.TimeUnit.SECONDS).getId()));
        }
        assertEquals(sequences.size(), new java.util.HashSet<>(sequences).size(), "every append took its own number");
        Verification v = evidence.verify();
        assertTrue(v.intact(), () -> "concurrent appends form one chain: " + v.first());
    }

    private void tampered(String tamper, String restore, Problem.Type expected, EvidenceKind kind, long recordId) {
        try {
            execute(tamper);
            Verification v = evidence.verify();
            assertFalse(v.intact(), "tampering found: " + tamper);
            Problem p = v.first().orElseThrow();
            assertEquals(expected, p.type(), tamper);
            assertEquals(kind, p.recordKind(), tamper);
            assertEquals(recordId, p.recordId(), tamper);
        } finally {
            execute(restore);
        }
        Verification v = evidence.verify();
        assertTrue(v.intact(), () -> "verifies again after " + restore + ": " + v.first());
    }

    private void execute(String sql) {
        data.inTransaction(em -> em.createNativeQuery(sql).executeUpdate());
    }

    private long entries(EvidenceKind kind, long recordId) {
        return data.inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from evidence_entry "
                + "where kind = '" + kind.name() + "' and record_id = " + recordId).getSingleResult()).longValue());
    }

    private long sequenceOf(EvidenceKind kind, long recordId) {
        return data.inTransaction(em -> ((Number) em.createNativeQuery("select seq from evidence_entry "
                + "where kind = '" + kind.name() + "' and record_id = " + recordId).getSingleResult()).longValue());
    }

    private long expiredAttempt(String no) {
        TakerView view = attempts.start("ONBOARDING", no, "RESEARCH");
        data.inTransaction(em -> em.createQuery("update Attempt a set a.deadline = :d where a.id = :id")
                .setParameter("d", Instant.now().minusSeconds(60)).setParameter("id", view.attemptId()).executeUpdate());
        assertTrue(attempts.expireOverdue() >= 1);
        return view.attemptId();
    }

    private long passedAttempt(String no) {
        TakerView view = attempts.start("ONBOARDING", no, "RESEARCH");
        for (TakerView.Question q : view.questions()) {
            attempts.save(view.attemptId(), no, q.position(), data.rightAnswer(view.attemptId(), q.position()));
        }
        assertTrue(attempts.submit(view.attemptId(), no).passed());
        return view.attemptId();
    }

    private static String signature() throws Exception {
        BufferedImage image = new BufferedImage(400, 150, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawLine(20, 100, 200, 40);
        g.drawLine(200, 40, 380, 110);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
