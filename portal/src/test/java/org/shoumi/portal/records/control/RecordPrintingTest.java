package org.shoumi.portal.records.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RecordPrintingTest {

    private static final ResourceBundle ZH = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages",
            Locale.SIMPLIFIED_CHINESE);

    @Test
    void aSecrecyFileListsEveryKindOfRecordInChinese() throws Exception {
        Instant at = Instant.parse("2026-11-30T02:00:00Z");
        SecrecyFile file = new SecrecyFile(
                new SecrecyFile.Person("SM002", "李明", "办公室", "工作人员", "一般", "在岗", LocalDate.of(2023, 8, 1)),
                List.of(new SecrecyFile.Change(LocalDate.of(2023, 8, 1), "入职", "入职登记", "hr", "", at),
                        new SecrecyFile.Change(LocalDate.of(2026, 3, 2), "涉密类别：重要 → 一般", "调整表单", "hr",
                                "岗位调整", at)),
                List.of(new SecrecyFile.Programme("在岗培训", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1), null, null,
                                null),
                        new SecrecyFile.Programme("上岗前培训", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1),
                                Instant.parse("2026-09-20T01:00:00Z"), null, null),
                        new SecrecyFile.Programme("离岗培训", LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 20),
                                null, Instant.parse("2026-11-02T01:00:00Z"), "LEFT"),
                        new SecrecyFile.Programme("在岗培训（P2026-3-1）", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31),
                                null, Instant.parse("2026-06-02T01:00:00Z"), "NO_LONGER_CONCERNED")),
                List.of(new SecrecyFile.Reading("保密守则", 2, at, 95, "a1".repeat(32))),
                List.of(new SecrecyFile.Attempt("2026年度保密知识考试", 1, at, new BigDecimal("85.00"), true),
                        new SecrecyFile.Attempt("错题练习", 1, at, new BigDecimal("0.0"), null),
                        new SecrecyFile.Attempt("2026年度保密知识考试", 2, at, new BigDecimal("40.0"), false, null, true)),
                List.of(new SecrecyFile.Pledge("在岗保密承诺书", 1, at, "b2".repeat(32))),
                List.of(new SecrecyFile.Exit("离职", "已批准", LocalDate.of(2026, 10, 31), 2, 2, LocalDate.of(2026, 10, 30),
                        true, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2), LocalDate.of(2027, 11, 2), false)));
        byte[] pdf = SecrecyFilePdf.render(file, ZH, ZoneId.of("Asia/Shanghai"), "示范单位", at);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("保密档案：李明"));
            assertTrue(text.contains("工号SM002"));
            assertTrue(text.contains("2026-03-02：涉密类别：重要→一般"), text);
            assertTrue(text.contains("岗位调整"), text);
            assertTrue(text.contains("在岗培训：2026-11-01开始，2026-12-01截止，完成时间尚未完成"), text);
            // found by an outside check: a closed programme read "完成时间 未完成" beside the open one's "尚未完成";
            // every closed one now reads 未完成（已关闭）, with why and when
            assertTrue(text.contains("离岗培训：2026-10-20开始，2026-11-20截止，完成时间未完成（已关闭）"), text);
            assertTrue(text.contains("上岗前培训：2026-09-01开始，2026-10-01截止，完成时间2026-09-2009:00"), text);
            assertTrue(text.contains("离岗培训：2026-10-20开始，2026-11-20截止，完成时间未完成（已关闭）：离岗离职时关闭，2026-11-0209:00"), text);
            // found by an outside check: a programme closed by a move of department read as closed on leaving
            assertTrue(text.contains("在岗培训（P2026-3-1）：2026-03-01开始，2026-12-31截止，完成时间未完成（已关闭）：因部门、岗位或涉密类别调整不再适用，"
                    + "2026-06-0209:00"), text);
            assertTrue(text.contains("《保密守则》第2版，2026-11-3010:00，阅读95秒"), "times in the unit's zone");
            // found by an outside check: a change entered later for an earlier day read like one entered on time
            assertTrue(text.contains("2023-08-01：入职（入职登记，操作人hr，登记于2026-11-3010:00，原因：无）"), text);
            assertTrue(text.contains("在岗保密承诺书（第1版）"), text);
            assertTrue(text.contains("示范单位打印于"), "the configured unit's name: " + text);
            assertTrue(text.contains("2026年度保密知识考试，第1次") && text.contains("85分，合格"));
            // found by an outside check: the mistakes practice (no pass mark) was filed as "0.0 分，合格"
            assertTrue(text.contains("0分，不设及格线"), text);
            // found by an outside check: a paper the portal handed in when its time ran out read like one handed in
            assertTrue(text.contains("第2次，2026-11-3010:00，40分，不合格（到时自动交卷）"), text);
            assertTrue(!text.contains("85分，合格（到时自动交卷）"), text);
            assertTrue(text.contains("b2".repeat(32)));
            assertTrue(text.contains("脱密期2026-11-02至2027-11-02"), text);
        }
    }

    /**
     * Found by an outside check: the 线下培训 section named neither who recorded an attendance nor when (the session
     * page says "2026-12-07 01:25 · 黄海涛"), while every other section of the file does.
     */
    /**
     * Outside check (ex-s36j section 5): a pass a later failure superseded (an exam graded by the last attempt) read a
     * bare 合格 in the file and the workbook while 我的成绩 and /verify.xhtml marked it superseded.
     */
    @Test
    void aSupersededPassIsMarkedSoAndARevocationStillComesFirst() {
        String superseded = java.text.MessageFormat.format(ZH.getString("record.file.superseded"), 6,
                "2026-12-07 20:30:00");
        assertEquals("合格，已被第 6 次不合格的作答（2026-12-07 20:30:00 交卷）取代（以最后一次为准），不再计入学时、培训任务和证书",
                SecrecyFilePdf.verdict(true, null, superseded, ZH));
        assertEquals("作废", SecrecyFilePdf.verdict(true, "作废", superseded, ZH), "a void exam says so first");
        assertEquals("合格", SecrecyFilePdf.verdict(true, null, null, ZH));
        assertEquals("不合格", SecrecyFilePdf.verdict(false, null, superseded, ZH), "only a pass is superseded");
    }

    @Test
    void anAttendanceSaysWhoRecordedItAndWhen() throws Exception {
        Instant at = Instant.parse("2026-12-06T17:25:00Z");
        SecrecyFile file = new SecrecyFile(
                new SecrecyFile.Person("SM001", "王芳", "办公室", "主任", "核心", "在岗", LocalDate.of(2020, 1, 1)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new SecrecyFile.Session("讲座", "保密形势", Instant.parse("2025-12-20T01:00:00Z"),
                                new BigDecimal("3"), "保密办补录", "黄海涛", at),
                        new SecrecyFile.Session("培训班", "定密培训", Instant.parse("2026-03-02T01:00:00Z"),
                                new BigDecimal("2"), "签到码签到", "王芳", Instant.parse("2026-03-02T01:05:00Z"))),
                List.of());
        try (PDDocument doc = Loader.loadPDF(SecrecyFilePdf.render(file, ZH, ZoneId.of("Asia/Shanghai"), "示范单位",
                at))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("讲座“保密形势”，2025-12-2009:00，3学时（保密办补录，登记人黄海涛，登记于2026-12-0701:25）"),
                    text);
            assertTrue(text.contains("培训班“定密培训”，2026-03-0209:00，2学时（签到码签到，登记人王芳，登记于2026-03-0209:05）"),
                    text);
        }
        try (PDDocument doc = Loader.loadPDF(SecrecyFilePdf.render(file, ResourceBundle.getBundle(
                "org.shoumi.portal.i18n.messages", Locale.ENGLISH), ZoneId.of("Asia/Shanghai"), "Unit", at))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("recorded by 黄海涛 on 2026-12-07 01:25"), text);
        }
    }

    /** Found by an outside check: a paper exit pledge read "离岗承诺书 已签订" like one signed in the portal. */
    @Test
    void aPaperExitPledgeSaysWhereTheOriginalIs() throws Exception {
        Instant at = Instant.parse("2026-11-30T02:00:00Z");
        SecrecyFile file = new SecrecyFile(
                new SecrecyFile.Person("SM014", "周强", "财务处", "会计", "一般", "已离职", LocalDate.of(2020, 1, 1)),
                List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new SecrecyFile.Exit("离职", "已批准", LocalDate.of(2026, 2, 9), 0, 0, LocalDate.of(2026, 2, 6),
                        true, LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 9), LocalDate.of(2027, 2, 9), false)
                        .withPledgeOnPaper("人事档案室 2026-017")));
        try (PDDocument doc = Loader.loadPDF(SecrecyFilePdf.render(file, ZH, ZoneId.of("Asia/Shanghai"), "示范单位",
                at))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            // the pledge's name as the employee's and HR's pages write it (the file said 离岗承诺书; outside check)
            assertTrue(text.contains("离岗离职保密承诺书已签订（纸质，原件：人事档案室2026-017）"), text);
        }
    }

    /**
     * Found by an outside check: a 非涉密 leaver's 离职 row in the workbook had 脱密期起 and 脱密期止 blank and 载体 "0/0",
     * which cannot be told from data missing. An approved departure that owes no period says 无脱密期, as the file
     * does, and "none held", where declared, is said with when and by whom, in the file too.
     */
    @Test
    void aLeaverWithoutPeriodOrCarriersSaysSoRatherThanBlanks() throws Exception {
        Instant at = Instant.parse("2026-11-30T02:00:00Z");
        String declared = "2026-11-28 由 徐慧 声明该人员不持有涉密载体。";
        SecrecyFile.Exit none = new SecrecyFile.Exit("离职", "已批准", LocalDate.of(2026, 11, 30), 0, 0,
                LocalDate.of(2026, 11, 29), true, LocalDate.of(2026, 11, 30), null, null, false)
                .withNoCarriers(declared);
        assertTrue(none.approvedWithoutPeriod());
        assertEquals("0/0；" + declared, none.carriersText(ZH));
        SecrecyFile.Exit returned = new SecrecyFile.Exit("离职", "已批准", LocalDate.of(2026, 11, 30), 2, 2,
                LocalDate.of(2026, 11, 29), true, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30),
                LocalDate.of(2027, 11, 30), false);
        assertFalse(returned.approvedWithoutPeriod(), "a period of its own");
        assertEquals("2/2", returned.carriersText(ZH));
        assertFalse(new SecrecyFile.Exit("离职", "办理中", LocalDate.of(2026, 12, 20), 0, 0, null, false, null, null,
                null, false).approvedWithoutPeriod(), "not approved yet: no period yet, not none");
        assertFalse(new SecrecyFile.Exit("转岗交接", "已批准", LocalDate.of(2026, 11, 20), 1, 1, null, false,
                LocalDate.of(2026, 11, 20), null, null, true).approvedWithoutPeriod(), "a hand-over says its own words");
        assertFalse(none.withAfterPost("已于 2026-10-01 离岗，离岗时无脱密期；本次离职不另计脱密期。")
                .approvedWithoutPeriod(), "a 离职 after a 离岗 says its own words");

        SecrecyFile file = new SecrecyFile(
                new SecrecyFile.Person("SM030", "孙小非", "办公室", "工作人员", "非涉密", "已离职", LocalDate.of(2020, 1, 1)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(none));
        try (PDDocument doc = Loader.loadPDF(SecrecyFilePdf.render(file, ZH, ZoneId.of("Asia/Shanghai"), "示范单位",
                at))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("无脱密期"), text);
            assertTrue(text.contains(declared.replaceAll("\\s+", "")), text);
        }
    }

    /**
     * Found by an outside check: SM005's file read "离岗（办理中）…无脱密期" for an open 离岗 whose page said 脱密期 2 年. A
     * departure not yet approved that will start a period says its length and that it runs from the approval.
     */
    @Test
    void anOpenDepartureSaysThePeriodItsApprovalWillStart() throws Exception {
        Instant at = Instant.parse("2026-12-06T02:00:00Z");
        String pending = java.text.MessageFormat.format(ZH.getString("record.file.periodPending"), 2, "重要");
        assertEquals("脱密期 2 年，自批准之日起（尚未批准；按近 12 个月内最高涉密类别“重要”）", pending);
        SecrecyFile.Exit open = new SecrecyFile.Exit("离岗", "办理中", LocalDate.of(2027, 1, 5), 0, 0, null, false, null,
                null, null, false).withPeriodPending(pending);
        assertFalse(open.approvedWithoutPeriod());
        SecrecyFile file = new SecrecyFile(
                new SecrecyFile.Person("SM005", "陈静", "办公室", "文印", "重要", "在岗", LocalDate.of(2020, 1, 1)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(open));
        try (PDDocument doc = Loader.loadPDF(SecrecyFilePdf.render(file, ZH, ZoneId.of("Asia/Shanghai"), "示范单位",
                at))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("批准尚未完成；脱密期2年，自批准之日起（尚未批准"), text);
            assertFalse(text.contains("无脱密期"), text);
        }
        ResourceBundle en = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.ENGLISH);
        assertEquals("post-exit period of 2 years from the approval (not yet approved; highest class in the last 12 "
                + "months: \"important\")", java.text.MessageFormat.format(en.getString("record.file.periodPending"), 2,
                "important"));
    }

    /**
     * Found by an outside check (ex-s37b, 3): SM017's file, lowered in post 核心 → 重要, listed the paper pledge as
     * 降低涉密类别保密承诺书 among her pledges and as "离岗离职保密承诺书 已签订" on the departure's line: one paper original
     * under two titles. The line of a lowering in post names its pledge as the pledges section does.
     */
    @Test
    void aLoweringInPostNamesItsOwnPledgeOnTheDeparturesLine() throws Exception {
        Instant at = Instant.parse("2026-12-07T02:00:00Z");
        SecrecyFile.Exit lowered = new SecrecyFile.Exit("降低涉密类别（仍在岗）", "已批准", LocalDate.of(2026, 12, 7), 0,
                0, LocalDate.of(2026, 12, 7), true, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7),
                LocalDate.of(2029, 12, 7), false).withPledgeOnPaper("人事处档案柜A-17").withLoweredInPost(true);
        SecrecyFile.Exit withdrawn = new SecrecyFile.Exit("降低涉密类别（仍在岗）", "已撤销", LocalDate.of(2026, 12, 20), 0,
                0, null, false, null, null, null, false).withWithdrawal("撤销于 2026-12-07，撤销人 徐慧，原因：误开")
                .withLoweredInPost(true);
        SecrecyFile file = new SecrecyFile(
                new SecrecyFile.Person("SM017", "何雪", "科研处", "工作人员", "重要", "在岗", LocalDate.of(2020, 1, 1)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(lowered, withdrawn));
        try (PDDocument doc = Loader.loadPDF(SecrecyFilePdf.render(file, ZH, ZoneId.of("Asia/Shanghai"), "示范单位",
                at))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("降低涉密类别（仍在岗）（已批准）"), text);
            assertTrue(text.contains("降低涉密类别保密承诺书已签订（纸质，原件：人事处档案柜A-17）"), text);
            assertTrue(text.contains("（批准前已撤销，未调整类别）"), text);
            assertFalse(text.contains("离岗离职保密承诺书"), text);
            assertFalse(text.contains("未离岗离职"), text);
        }
        // the approval form's sections name the lowering's briefing and pledge (they said 离岗谈话 and
        // 离岗离职保密承诺书 above the line naming its own pledge; left by fixer fx-ga)
        DepartureFormPdf.Form form = new DepartureFormPdf.Form(5L, "SM017", "何雪", "科研处", "工作人员", "核心",
                "降低涉密类别（仍在岗）", "降为重要", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7), "徐慧", null,
                List.of(), null, List.of(), LocalDate.of(2026, 12, 7), "赵敏", "降低涉密类别保密承诺书：纸质",
                LocalDate.of(2026, 12, 7), "徐慧", "核心", 3, LocalDate.of(2026, 12, 7), LocalDate.of(2029, 12, 7), null,
                List.of(), List.of(), false, null, List.of(), List.of(), null, true);
        try (PDDocument doc = Loader.loadPDF(DepartureFormPdf.render(form, ZH, ZoneId.of("Asia/Shanghai"), "示范单位",
                at, "hr"))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("降低涉密类别谈话") && text.contains("降低涉密类别保密承诺书"), text);
            assertFalse(text.contains("离岗谈话") || text.contains("离岗离职保密承诺书"), text);
        }
    }

    /**
     * A departure withdrawn as opened by mistake: the secrecy file said only 已撤销; it says when, by whom and why, as
     * the approval form does.
     */
    @Test
    void aWithdrawnDepartureSaysWhenByWhomAndWhy() throws Exception {
        Instant at = Instant.parse("2026-11-30T02:00:00Z");
        SecrecyFile file = new SecrecyFile(
                new SecrecyFile.Person("SM002", "李明", "办公室", "工作人员", "重要", "在岗", LocalDate.of(2023, 8, 1)),
                List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new SecrecyFile.Exit("离岗", "已撤销", LocalDate.of(2026, 12, 20), 0, 0, null, false, null, null,
                        null, false).withWithdrawal("撤销于 2026-11-29，撤销人 徐慧（误开），原因：录入错误")));
        try (PDDocument doc = Loader.loadPDF(SecrecyFilePdf.render(file, ZH, ZoneId.of("Asia/Shanghai"), "示范单位",
                at))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("离岗（已撤销）"), text);
            assertTrue(text.contains("撤销于2026-11-29，撤销人徐慧（误开），原因：录入错误"), text);
            // found by an outside check: "最后工作日 2026-12-25 … 批准 尚未完成", a last day that never came and an
            // approval still pending; the day was planned, the steps never taken say so, and nothing is pending
            assertTrue(text.contains("原计划最后工作日2026-12-20（批准前已撤销，未离岗离职）"), text);
            assertTrue(text.contains("离岗谈话未进行（已撤销）；离岗离职保密承诺书未进行（已撤销）；未批准，不产生脱密期"), text);
            assertFalse(text.contains("尚未完成"), text);
            assertFalse(text.contains("，最后工作日"), text);
        }
    }

    /**
     * Found by an outside check: after an early end the secrecy file said "脱密期 2026-12-06 至 2026-12-07" with neither
     * the end the approval gave nor the adjustments, and the contact changes reported were in no record but the
     * departure page. The file and the approval form now print them as the form prints the adjustments.
     */
    @Test
    void theFileAndTheFormPrintThePeriodsAdjustmentsAndTheContactChanges() throws Exception {
        Instant at = Instant.parse("2026-12-06T02:00:00Z");
        String original = java.text.MessageFormat.format(ZH.getString("departure.form.originalEnd"), "2027-12-06");
        String adjusted = java.text.MessageFormat.format(ZH.getString("departures.detail.adjustments.row"),
                "2026-12-06", ZH.getString("enum.PeriodAdjustment.Kind.END_EARLY"), "2027-12-06", "2026-12-07", "测试",
                "保密委员会", "保〔2026〕7号", "徐慧");
        String contact = java.text.MessageFormat.format(ZH.getString("record.file.contactChange"), "2026-12-06",
                "新手机 139xxxx0000", "某科技公司", "徐慧");
        SecrecyFile file = new SecrecyFile(
                new SecrecyFile.Person("SM002", "李明", "办公室", "工作人员", "一般", "已离职", LocalDate.of(2023, 8, 1)),
                List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new SecrecyFile.Exit("离职", "已批准", LocalDate.of(2026, 12, 6), 0, 0, LocalDate.of(2026, 12, 6),
                        true, LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 7), false)
                        .withPeriodChanges(List.of(original, adjusted), List.of(contact))));
        try (PDDocument doc = Loader.loadPDF(SecrecyFilePdf.render(file, ZH, ZoneId.of("Asia/Shanghai"), "示范单位",
                at))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("脱密期2026-12-06至2026-12-07"), text);
            assertTrue(text.contains("批准时确定的结束日期为2027-12-06，后经调整如下："), text);
            assertTrue(text.contains("2026-12-06提前结束：2027-12-06→2026-12-07，原因：测试，批准人保密委员会，文号保〔2026〕7号，登记人徐慧"),
                    text);
            assertTrue(text.contains("2026-12-06报告联系方式或工作单位变化：联系方式新手机139xxxx0000；工作单位某科技公司（登记人徐慧）"),
                    text);
        }
        DepartureFormPdf.Form form = new DepartureFormPdf.Form(11L, "SM002", "李明", "办公室", "工作人员", "一般", "离职",
                "辞职", LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 6), "徐慧", null, List.of(), null, List.of(),
                LocalDate.of(2026, 12, 6), "赵敏", "纸质", LocalDate.of(2026, 12, 6), "徐慧", "一般", 1,
                LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 7), LocalDate.of(2027, 12, 6), List.of(adjusted),
                List.of(), false, null, List.of(contact), List.of());
        try (PDDocument doc = Loader.loadPDF(DepartureFormPdf.render(form, ZH, ZoneId.of("Asia/Shanghai"), "示范单位",
                at))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("批准时确定的结束日期为2027-12-06，后经调整如下："), text);
            assertTrue(text.contains("报告联系方式或工作单位变化：联系方式新手机139xxxx0000；工作单位某科技公司（登记人徐慧）"), text);
        }
    }

    /**
     * Found by an outside check: the secrecy file and the approval form said only when they were printed, not who
     * exported them, and HR's reduced copy said "您的角色" without naming whose copy it was. Each names who exported it
     * with the time, at its foot as a printed page's footer does, and in its properties; a reduced copy says at its
     * head whose copy it is and its withheld sections name the role.
     */
    @Test
    void aFileAndAFormNameWhoExportedThemAndAReducedCopyWhoseItIs() throws Exception {
        Instant at = Instant.parse("2026-12-07T11:28:00Z");
        SecrecyFile file = new SecrecyFile(
                new SecrecyFile.Person("SM005", "陈静", "办公室", "秘书", "非涉密", "在岗", LocalDate.of(2020, 1, 1)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new SecrecyFile.Extra("个人重大事项报告", List.of(java.text.MessageFormat.format(
                        ZH.getString("record.file.withheld"), "人事")))));
        try (PDDocument doc = Loader.loadPDF(SecrecyFilePdf.render(file, ZH, ZoneId.of("Asia/Shanghai"), "示范单位",
                at, new SecrecyFilePdf.Copy("徐慧（hr）", "人事", true)))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("[\\s\u3000]+", "");
            assertTrue(text.contains("示范单位导出人：徐慧（hr）导出时间：2026-12-0719:28"), text);
            assertTrue(text.contains("本副本由徐慧（hr）以人事角色导出，略去了该角色无权查阅的登记簿"), text);
            assertTrue(text.contains("个人重大事项报告（本副本略去此部分：导出人的角色（人事）无权查阅该登记簿"), text);
            assertFalse(text.contains("您的角色"), text);
            assertEquals("徐慧（hr）", doc.getDocumentInformation().getAuthor());
        }
        try (PDDocument doc = Loader.loadPDF(SecrecyFilePdf.render(file, ZH, ZoneId.of("Asia/Shanghai"), "示范单位",
                at, new SecrecyFilePdf.Copy("auditor", "检查人员", false)))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("[\\s\u3000]+", "");
            assertTrue(text.contains("导出人：auditor导出时间：2026-12-0719:28"), text);
            assertFalse(text.contains("本副本由"), "a whole copy says nothing of a reduced one: " + text);
        }
        DepartureFormPdf.Form form = new DepartureFormPdf.Form(8L, "SM005", "陈静", "办公室", "秘书", "重要", "离岗",
                "降为非涉密", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7), "徐慧", null, List.of(), null,
                List.of(), null, null, null, null, null, "重要", 2, null, null, null, List.of(), List.of(), false, null,
                List.of(), List.of());
        try (PDDocument doc = Loader.loadPDF(DepartureFormPdf.render(form, ZH, ZoneId.of("Asia/Shanghai"), "示范单位",
                at, "auditor"))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("[\\s\u3000]+", "");
            assertTrue(text.contains("示范单位导出人：auditor导出时间：2026-12-0719:28"), text);
            assertEquals("auditor", doc.getDocumentInformation().getAuthor());
        }
    }

    /**
     * The planned last working day changed while the departure was open: the file and the approval form print each
     * change (when, who, the day before and after, why), oldest first, where the departure's other changes are.
     */
    @Test
    void theFileAndTheFormPrintTheChangesOfThePlannedLastDay() throws Exception {
        Instant at = Instant.parse("2026-12-06T02:00:00Z");
        String later = java.text.MessageFormat.format(ZH.getString("departures.detail.lastDay.row"), "2026-11-20",
                "徐慧", "2026-12-10", "2026-12-20", "交接延长");
        String earlier = java.text.MessageFormat.format(ZH.getString("departures.detail.lastDay.row"), "2026-12-01",
                "徐慧", "2026-12-20", "2026-12-04", "提前离职");
        SecrecyFile file = new SecrecyFile(
                new SecrecyFile.Person("SM002", "李明", "办公室", "工作人员", "一般", "在岗", LocalDate.of(2023, 8, 1)),
                List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new SecrecyFile.Exit("离职", "办理中", LocalDate.of(2026, 12, 4), 0, 0, null, false, null, null,
                        null, false).withLastDayChanges(List.of(later, earlier))));
        try (PDDocument doc = Loader.loadPDF(SecrecyFilePdf.render(file, ZH, ZoneId.of("Asia/Shanghai"), "示范单位",
                at))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("最后工作日2026-12-04"), text);
            String first = "2026-11-20徐慧将计划最后工作日由2026-12-10改为2026-12-20，原因：交接延长";
            String second = "2026-12-01徐慧将计划最后工作日由2026-12-20改为2026-12-04，原因：提前离职";
            assertTrue(text.contains(first) && text.contains(second), text);
            assertTrue(text.indexOf(first) < text.indexOf(second), text);
        }
        DepartureFormPdf.Form form = new DepartureFormPdf.Form(12L, "SM002", "李明", "办公室", "工作人员", "一般", "离职",
                "辞职", LocalDate.of(2026, 12, 4), LocalDate.of(2026, 11, 15), "徐慧", null, List.of(), null, List.of(),
                null, null, null, null, null, "一般", 1, null, null, null, List.of(), List.of(), false, null, List.of(),
                List.of(later, earlier));
        try (PDDocument doc = Loader.loadPDF(DepartureFormPdf.render(form, ZH, ZoneId.of("Asia/Shanghai"), "示范单位",
                at))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            // the page's word (计划最后工作日), not 拟最后工作日 (outside check)
            assertTrue(text.contains("计划最后工作日2026-12-04"), text);
            assertFalse(text.contains("拟最后工作日"), text);
            assertTrue(text.contains("2026-12-01徐慧将计划最后工作日由2026-12-20改为2026-12-04，原因：提前离职"), text);
        }
    }

    /**
     * Found by an outside check: the exit programme of a departure withdrawn after its briefing and paper pledge read
     * as completed (离岗培训 … 完成时间 2026-12-06), as if the person had been through their exit; it says done, then
     * closed with the withdrawal. Its exit pledge is listed as the pledge of a withdrawn departure.
     */
    @Test
    void anExitProgrammeDoneBeforeItsDepartureWasWithdrawnSaysSo() throws Exception {
        Instant at = Instant.parse("2026-12-06T02:00:00Z");
        SecrecyFile file = new SecrecyFile(
                new SecrecyFile.Person("SM001", "王建国", "办公室", "领导", "核心", "在岗", LocalDate.of(2020, 1, 1)),
                List.of(),
                List.of(new SecrecyFile.Programme("离岗培训", LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 20),
                        Instant.parse("2026-12-05T16:00:00Z"), Instant.parse("2026-12-06T03:00:00Z"),
                        "DEPARTURE_WITHDRAWN", true)),
                List.of(), List.of(),
                List.of(SecrecyFile.Pledge.onPaper(java.text.MessageFormat.format(ZH.getString(
                        "pledge.ofWithdrawnDeparture"), ZH.getString("pledge.paper.exitTitle")),
                        Instant.parse("2026-12-05T16:00:00Z"), "档案室 P-SM001")),
                List.of());
        try (PDDocument doc = Loader.loadPDF(SecrecyFilePdf.render(file, ZH, ZoneId.of("Asia/Shanghai"), "示范单位",
                at))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            // completed by the paper pledge, a day entered on paper: the day alone, no invented 00:00 (outside check)
            assertTrue(text.contains("离岗培训：2026-12-06开始，2026-12-20截止，完成时间2026-12-06完成，"
                    + "其后所属离岗离职作为误开撤销，随之关闭（2026-12-0611:00）"), text);
            assertTrue(text.contains("离岗离职保密承诺书（所属离岗离职已作为误开撤销）（纸质，原件存放：档案室P-SM001），"
                    + "2026-12-06签订"), text);
            assertFalse(text.contains("00:00"), text);
        }
    }

    /**
     * Found by an outside check (ex-s38a 3): a plan item's training closed by a 离职 before its first day read as an
     * unfinished training of the leaver (未完成（已关闭）：离岗离职时关闭), while every count leaves it out as never owed.
     * It says so; one closed after its first day does not.
     */
    @Test
    void aTrainingClosedBeforeItsFirstDaySaysItWasNeverOwed() throws Exception {
        SecrecyFile file = new SecrecyFile(
                new SecrecyFile.Person("SM004", "赵磊", "办公室", "科员", "一般", "离职", LocalDate.of(2020, 1, 1)),
                List.of(),
                List.of(new SecrecyFile.Programme("在岗培训（P2027-2-3）", LocalDate.of(2027, 1, 1),
                                LocalDate.of(2027, 3, 31), null, Instant.parse("2026-12-08T02:00:00Z"), "LEFT", false),
                        new SecrecyFile.Programme("在岗培训（P2026-1-1）", LocalDate.of(2026, 11, 1),
                                LocalDate.of(2026, 12, 31), null, Instant.parse("2026-12-08T02:00:00Z"), "LEFT", false)),
                List.of(), List.of(), List.of(), List.of());
        try (PDDocument doc = Loader.loadPDF(SecrecyFilePdf.render(file, ZH, ZoneId.of("Asia/Shanghai"), "示范单位",
                Instant.parse("2026-12-08T03:00:00Z")))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("在岗培训（P2027-2-3）：2027-01-01开始，2027-03-31截止，完成时间未完成（已关闭）：离岗离职时关闭，"
                    + "2026-12-0810:00；在开始日前关闭，未曾要求完成，不计入统计"), text);
            assertEquals(1, text.split("未曾要求完成", -1).length - 1, "only the one closed before its first day: " + text);
        }
    }

    /**
     * Found by an outside check: "离岗教育" named two things with two dates in one file, the exit programme under
     * 培训任务 ("离岗教育：2026-07-30 开始 … 完成时间 2026-08-04") and the briefing day under 离岗离职 ("离岗教育
     * 2026-08-03"), and the workbook's 离岗离职 column gave the briefing's. Now the programme is 离岗培训 (exit
     * training) and the briefing 离岗谈话 (exit briefing), in the file, on the approval form and in the workbook.
     */
    @Test
    void theExitTrainingAndTheExitBriefingAreNamedApart() throws Exception {
        Instant at = Instant.parse("2026-08-10T02:00:00Z");
        ResourceBundle en = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.ENGLISH);
        for (ResourceBundle text : List.of(ZH, en)) {
            SecrecyFile file = new SecrecyFile(
                    new SecrecyFile.Person("SM005", "陈静", "办公室", "秘书", "一般", "离岗", LocalDate.of(2020, 1, 1)),
                    List.of(),
                    List.of(new SecrecyFile.Programme(text.getString("enum.ProgrammeKind.EXIT"),
                            LocalDate.of(2026, 7, 30), LocalDate.of(2026, 8, 9), Instant.parse("2026-08-04T02:00:00Z"),
                            null, null)),
                    List.of(), List.of(), List.of(),
                    List.of(new SecrecyFile.Exit("离岗", "已批准", LocalDate.of(2026, 8, 9), 0, 0,
                            LocalDate.of(2026, 8, 3), true, LocalDate.of(2026, 8, 9), LocalDate.of(2026, 8, 9),
                            LocalDate.of(2027, 8, 9), false)));
            try (PDDocument doc = Loader.loadPDF(SecrecyFilePdf.render(file, text, ZoneId.of("Asia/Shanghai"), "示范单位",
                    at))) {
                String pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                if (text == ZH) {
                    String zh = pdf.replace(" ", "");
                    assertTrue(zh.contains("离岗培训：2026-07-30开始，2026-08-09截止"), zh);
                    assertTrue(zh.contains("离岗谈话2026-08-03"), zh);
                    assertFalse(zh.contains("离岗教育"), "one word, two things: " + zh);
                } else {
                    assertTrue(pdf.contains("Exit training: from 2026-07-30"), pdf);
                    assertTrue(pdf.contains("exit briefing 2026-08-03"), pdf);
                }
            }
        }
        assertEquals("离岗谈话", ZH.getString("departure.form.briefing"), "the approval form");
        assertTrue(ZH.getString("record.sheet.exits.header").contains("|离岗谈话|"), "the workbook's 离岗离职 sheet");
        assertTrue(en.getString("record.sheet.exits.header").contains("|Exit briefing|"));
        for (String key : ZH.keySet()) {
            assertFalse(ZH.getString(key).contains("离岗教育"), key + " still says 离岗教育");
        }
    }

    /** Found by an outside check: the secrecy file said "1.0 / 8.0 学时" where the home page said "1 / 8". */
    @Test
    void hoursAndScoresAreWrittenAsThePagesWriteThem() {
        assertEquals("1", SecrecyFilePdf.plain(new BigDecimal("1.0")));
        assertEquals("10", SecrecyFilePdf.plain(new BigDecimal("10.0")));
        assertEquals("1.5", SecrecyFilePdf.plain(new BigDecimal("1.50")));
        assertEquals("0", SecrecyFilePdf.plain(new BigDecimal("0.0")));
        assertEquals("66.7", SecrecyFilePdf.plain(new BigDecimal("66.70")));
    }

    /**
     * Found by an outside check: a confirmed hand-over (转岗交接) printed "离岗教育 尚未完成；离岗承诺书 尚未完成" in the
     * secrecy file, and its approval form "无脱密期（非涉密人员）" with the briefing and pledge "尚未办理".
     */
    @Test
    void aHandOverPrintsNoBriefingNoPledgeAndNoPeriodBecauseItIsAHandOver() throws Exception {
        Instant at = Instant.parse("2026-11-30T02:00:00Z");
        SecrecyFile file = new SecrecyFile(
                new SecrecyFile.Person("SM002", "李明", "办公室", "工作人员", "重要", "在岗", LocalDate.of(2023, 8, 1)),
                List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new SecrecyFile.Exit("转岗交接", "已批准", LocalDate.of(2026, 11, 20), 1, 1, null, false,
                        LocalDate.of(2026, 11, 21), null, null, true)));
        try (PDDocument doc = Loader.loadPDF(SecrecyFilePdf.render(file, ZH, ZoneId.of("Asia/Shanghai"), "示范单位",
                at))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("转岗交接（已批准），转岗2026-11-20；载体已交接1/1；确认2026-11-21；转岗交接，不产生脱密期"),
                    text);
            assertFalse(text.contains("离岗谈话"), text);
            assertFalse(text.contains("离岗承诺书"), text);
        }
        DepartureFormPdf.Form form = new DepartureFormPdf.Form(7L, "SM002", "李明", "办公室", "工作人员", "重要",
                "转岗交接", "岗甲 → 岗乙", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20), "徐慧", null,
                List.of("U盘：U-1，2026-11-21 交给 王接任"), null, List.of(), null, null, null,
                LocalDate.of(2026, 11, 21), "徐慧", "重要", 2, null, null, null, List.of(), List.of(), true, null,
                List.of(), List.of());
        try (PDDocument doc = Loader.loadPDF(DepartureFormPdf.render(form, ZH, ZoneId.of("Asia/Shanghai"), "示范单位",
                at))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("转岗交接，不产生脱密期。"), text);
            // the departure pages say 类型 for 离岗/离职/转岗交接; the form said 类别, the word for the secrecy class
            assertTrue(text.contains("类型：转岗交接"), text);
            assertFalse(text.contains("非涉密人员"), text);
            assertFalse(text.contains("离岗保密教育"), text);
            assertFalse(text.contains("离岗保密承诺书"), text);
            assertFalse(text.contains("尚未办理"), text);
            // found by an outside check: the hand-over's form was the 离岗离职审批表 and read "由徐慧批准"
            assertTrue(text.contains("示范单位转岗交接确认表"), text);
            assertFalse(text.contains("离岗离职审批表"), text);
            assertTrue(text.contains("2026-11-21，由徐慧确认交接"), text);
            // found by an outside check: its number, carriers and approval were still worded as a departure's
            assertTrue(text.contains("确认表编号7"), text);
            assertTrue(text.contains("涉密载体交接"), text);
            assertTrue(text.contains("转岗日期2026-11-20"), text);
            assertTrue(text.contains("确认交接2026-11-21"), "the section heading, then the line: " + text);
            assertFalse(text.contains("审批表编号"), text);
            assertFalse(text.contains("涉密载体清退"), text);
            assertFalse(text.contains("最后工作日"), text);
            assertFalse(text.contains("审批"), text);
        }
    }

    /**
     * A departure withdrawn as opened by mistake: its form says who withdrew it, when and why, that it was not
     * approved, and gives no 脱密期 (it said "not approved yet" and the period's length, as for one under way).
     */
    @Test
    void theFormOfAWithdrawnDepartureSaysSoAndGivesNoPeriod() throws Exception {
        Instant at = Instant.parse("2026-12-06T02:00:00Z");
        String line = java.text.MessageFormat.format(ZH.getString("departure.form.withdrawnLine"), "2026-12-05",
                "徐慧", "复审记录已于当日更正");
        DepartureFormPdf.Form form = new DepartureFormPdf.Form(9L, "SM003", "王芳", "办公室", "工作人员", "核心",
                "离岗", "复审不合格", LocalDate.of(2027, 1, 4), LocalDate.of(2026, 12, 5), "徐慧", null, List.of(),
                null, List.of(), null, null, null, null, null, "核心", 3, null, null, null, List.of(), List.of(), false,
                line, List.of(), List.of());
        try (PDDocument doc = Loader.loadPDF(DepartureFormPdf.render(form, ZH, ZoneId.of("Asia/Shanghai"), "示范单位",
                at))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("2026-12-05，由徐慧作为误开撤销：复审记录已于当日更正。未予批准。"), text);
            assertTrue(text.contains("无：该离岗离职已撤销，未经批准。"), text);
            assertFalse(text.contains("尚未批准"), text);
        }
    }

    @Test
    void theWorkbookHasASheetPerKindAndNeverAFormula() throws Exception {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("人员", List.of(List.of("工号", "姓名"), List.of("SM002", "=HYPERLINK(\"http://x\")")));
        sheets.put("考试", List.of(List.of("工号", "成绩"), List.of("SM002", "85.00")));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(InspectionWorkbook.write(sheets)))) {
            assertEquals(2, book.getNumberOfSheets());
            assertEquals("人员", book.getSheetName(0));
            var cell = book.getSheetAt(0).getRow(1).getCell(1);
            assertEquals(CellType.STRING, cell.getCellType());
            // the text as stored (a visible apostrophe made the export differ from the page), quote-prefixed by its
            // style so that editing the cell does not make it a formula
            assertEquals("=HYPERLINK(\"http://x\")", cell.getStringCellValue());
            assertTrue(cell.getCellStyle().getQuotePrefixed(), "quote-prefixed");
            assertFalse(book.getSheetAt(0).getRow(1).getCell(0).getCellStyle().getQuotePrefixed(), "only where needed");
            assertEquals("85.00", book.getSheetAt(1).getRow(1).getCell(1).getStringCellValue());
        }
    }
}
