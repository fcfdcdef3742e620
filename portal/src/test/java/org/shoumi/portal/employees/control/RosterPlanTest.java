package org.shoumi.portal.employees.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.control.RosterPlan.Change;
import org.shoumi.portal.employees.control.RosterPlan.Current;
import org.shoumi.portal.employees.control.RosterPlan.Planned;
import org.shoumi.portal.employees.control.RosterProblem.Kind;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.employees.entity.TrainingCall;

/** What an import does to each row: hires, changes with their programmes, nothing, or a refusal. */
class RosterPlanTest {

    private static final LocalDate D = LocalDate.of(2024, 1, 1);

    private static final List<Current> ROSTER = List.of(
            new Current("SM001", "张三", "OFFICE", "STAFF", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, "zhangsan"),
            new Current("SM002", "李四", "OFFICE", "STAFF", SecrecyClass.NONE, EmployeeStatus.ACTIVE, null),
            new Current("SM003", "王五", "HR", "CLERK", SecrecyClass.CORE, EmployeeStatus.ACTIVE, null),
            new Current("SM004", "赵六", "HR", "CLERK", SecrecyClass.IMPORTANT, EmployeeStatus.LEFT_UNIT, null),
            new Current("SM005", "孙七", "HR", "CLERK", SecrecyClass.CORE, EmployeeStatus.LEFT_POST, null),
            new Current("SM006", "周八", "HR", "CLERK", SecrecyClass.IMPORTANT, EmployeeStatus.ONBOARDING, null));

    private static final Map<String, String> LOGINS = Map.of("zhangsan", "SM001", "admin", "");

    private static RosterLine line(int row, String no, String name, String dept, String post, SecrecyClass cls,
                                   String username) {
        return new RosterLine(row, no, name, dept, post, cls, D, username);
    }

    private static Planned only(RosterLine line) {
        RosterPlan.Result result = RosterPlan.plan(List.of(line), ROSTER, LOGINS);
        assertEquals(List.of(), result.problems());
        return result.rows().get(0);
    }

    @Test
    void aNewNumberIsAHireWithOnboardingWhenSecretRelated() {
        Planned secret = only(line(2, "SM100", "新人", "OFFICE", "STAFF", SecrecyClass.IMPORTANT, "xinren"));
        assertEquals(Change.NEW, secret.change());
        assertEquals(TrainingCall.ONBOARDING, secret.programme());
        assertTrue(secret.newLogin());
        Planned plain = only(line(2, "SM101", "新人", "OFFICE", "STAFF", SecrecyClass.NONE, null));
        assertEquals(Change.NEW, plain.change());
        assertNull(plain.programme());
    }

    /**
     * Found by an outside check: a row raising SM020 (离岗, 非涉密, under a 脱密期) into 一般 read like any raise of a
     * 非涉密 person ("涉密类别 非涉密 → 一般 上岗前教育"), where the change form asks HR to tick 重新上涉密岗位. The row says it.
     */
    @Test
    void aRowPuttingSomeoneWhoLeftThePostBackOnASecretPostSaysSo() {
        Current out = new Current("SM020", "罗斌", "RESEARCH", "STAFF", SecrecyClass.NONE, EmployeeStatus.LEFT_POST,
                null);
        Planned back = RosterPlan.plan(List.of(line(2, "SM020", "罗斌", "RESEARCH", "STAFF", SecrecyClass.GENERAL,
                null)), List.of(out), LOGINS).rows().get(0);
        assertTrue(back.returnsToPost());
        assertEquals(TrainingCall.ONBOARDING, back.programme());
        Planned raised = only(line(2, "SM002", "李四", "OFFICE", "STAFF", SecrecyClass.GENERAL, null));
        assertFalse(raised.returnsToPost(), "in post: an ordinary raise");
        Planned moved = RosterPlan.plan(List.of(line(2, "SM020", "罗斌", "OFFICE", "STAFF", SecrecyClass.NONE,
                null)), List.of(out), LOGINS).rows().get(0);
        assertFalse(moved.returnsToPost(), "moved, still out of the post");
    }

    /** A row the file marks as left is said so, even unchanged; not for someone who left the unit on the roster too. */
    @Test
    void aRowTheFileMarksAsLeftIsSaidSo() {
        Planned left = only(new RosterLine(2, "SM001", "张三", "OFFICE", "STAFF", SecrecyClass.GENERAL, D, null, true));
        assertEquals(Change.UNCHANGED, left.change());
        assertTrue(left.markedLeft());
        Planned gone = only(new RosterLine(2, "SM004", "赵六", "HR", "CLERK", SecrecyClass.IMPORTANT, D, null, true));
        assertFalse(gone.markedLeft(), "left the unit already");
    }

    /**
     * Found by an outside check (ex-s37f 2): a new staff number whose row says the person retired in 2020 was hired as
     * 待上岗 with the onboarding programme and a login. Such a row is refused at the column that says so; the rows of
     * people already on the roster keep the warning.
     */
    @Test
    void aNewNumberTheFileMarksAsLeftIsNoHire() {
        RosterPlan.Result result = RosterPlan.plan(List.of(
                new RosterLine(2, "SM501", "退休甲", "OFFICE", "STAFF", SecrecyClass.IMPORTANT, D, "txj", "G 在职状态"),
                new RosterLine(3, "SM001", "张三", "OFFICE", "STAFF", SecrecyClass.GENERAL, D, null, "H 离职日期")),
                ROSTER, LOGINS);
        assertEquals(1, result.problems().size());
        RosterProblem refused = result.problems().get(0);
        assertEquals(RosterProblem.Kind.HIRE_MARKED_LEFT, refused.kind());
        assertEquals(2, refused.row());
        assertEquals("G 在职状态", refused.where());
        assertEquals(List.of("SM501", "退休甲", "G 在职状态"), refused.args());
        assertEquals(1, result.rows().size(), "not planned as a hire");
        assertEquals("SM001", result.rows().get(0).employeeNo());
        assertTrue(result.rows().get(0).markedLeft(), "someone on the roster keeps the warning");
    }

    @Test
    void aHireShowsItsStaffNumberAsItWillBeStored() {
        Planned lower = only(line(2, "sm1005", "吴英娟", "OFFICE", "STAFF", SecrecyClass.IMPORTANT, null));
        assertEquals(Change.NEW, lower.change());
        assertEquals("SM1005", lower.employeeNo());
        Planned known = only(line(2, "sm001", "张三", "OFFICE", "STAFF", SecrecyClass.GENERAL, null));
        assertEquals(Change.UNCHANGED, known.change());
        assertEquals("SM001", known.employeeNo());
    }

    @Test
    void aRowAskingForWhatTheOpenDepartureCarriesOutIsNoNewChange() {
        Current departing = new Current("SM028", "董婷", "ARCHIVE", "ARCHIVIST", SecrecyClass.GENERAL,
                EmployeeStatus.ACTIVE, null, true, D)
                .withDepartingTo(new RosterPlan.Target("ARCHIVE", "ARCHIVIST", SecrecyClass.NONE));
        RosterPlan.Result same = RosterPlan.plan(List.of(line(3, "SM028", "董婷", "ARCHIVE", "ARCHIVIST",
                SecrecyClass.NONE, null)), List.of(departing), LOGINS);
        assertEquals(List.of(), same.problems());
        Planned row = same.rows().get(0);
        assertEquals(Change.UNCHANGED, row.change(), "imported again: nothing new");
        assertTrue(row.departing());
        assertFalse(row.opensDeparture() || row.classChanged() || row.postChanged() || row.departmentChanged());
        assertNull(row.programme());

        Planned renamed = RosterPlan.plan(List.of(line(3, "SM028", "董婷婷", "ARCHIVE", "ARCHIVIST",
                SecrecyClass.NONE, null)), List.of(departing), LOGINS).rows().get(0);
        assertEquals(Change.CHANGED, renamed.change(), "the name is still corrected");
        assertTrue(renamed.nameChanged() && renamed.departing() && !renamed.opensDeparture());

        Planned other = RosterPlan.plan(List.of(line(3, "SM028", "董婷", "OFFICE", "ARCHIVIST",
                SecrecyClass.NONE, null)), List.of(departing), LOGINS).rows().get(0);
        assertEquals(Change.CHANGED, other.change());
        assertFalse(other.departing(), "something else for that person is a new change");
        assertTrue(other.opensDeparture());
    }

    @Test
    void changesOfPostAndClassCallForTheirProgramme() {
        Planned transfer = only(line(2, "SM001", "张三", "OFFICE", "SECRETARY", SecrecyClass.GENERAL, null));
        assertEquals(Change.CHANGED, transfer.change());
        assertEquals(TrainingCall.TRANSFER, transfer.programme());
        assertTrue(transfer.postChanged());

        Planned becomesSecret = only(line(2, "SM002", "李四", "OFFICE", "STAFF", SecrecyClass.CORE, null));
        assertEquals(TrainingCall.ONBOARDING, becomesSecret.programme());
        assertTrue(becomesSecret.classChanged());

        Planned classOnly = only(line(2, "SM003", "王五", "HR", "CLERK", SecrecyClass.GENERAL, null));
        assertEquals(Change.CHANGED, classOnly.change());
        assertNull(classOnly.programme());

        Planned toNone = only(line(2, "SM003", "王五", "HR", "STAFF", SecrecyClass.NONE, null));
        assertEquals(Change.CHANGED, toNone.change());
        assertNull(toNone.programme(), "a change into 非涉密 does nothing automatic");

        Planned moved = only(line(2, "SM003", "王五改", "OFFICE", "CLERK", SecrecyClass.CORE, null));
        assertEquals(Change.CHANGED, moved.change());
        assertTrue(moved.nameChanged() && moved.departmentChanged());
        assertNull(moved.programme(), "same post and class: no programme");
    }

    @Test
    void theSameDataIsNoChangeAndNumbersMatchWhateverTheirCase() {
        Planned same = only(line(2, "sm001", "张三", "OFFICE", "STAFF", SecrecyClass.GENERAL, "zhangsan"));
        assertEquals(Change.UNCHANGED, same.change());
        assertEquals("SM001", same.employeeNo());
        assertEquals(Change.UNCHANGED, only(line(2, "SM004", "赵六", "HR", "CLERK", SecrecyClass.IMPORTANT, null)).change());
    }

    /**
     * Found by an outside check: the class of a 离岗 person (out of the post, in a 脱密期) changed at once, raised into
     * onboarding beside the running period or lowered without a departure. Their post may change, with no programme.
     */
    @Test
    void theClassOfAPersonWhoLeftThePostIsNotChangedTheirPostIsWithoutAProgramme() {
        for (SecrecyClass other : List.of(SecrecyClass.NONE, SecrecyClass.GENERAL)) {
            RosterPlan.Result result = RosterPlan.plan(List.of(line(2, "SM005", "孙七", "HR", "CLERK", other, null)),
                    ROSTER, LOGINS);
            assertEquals(List.of(Kind.CLASS_NOT_IN_POST), result.problems().stream().map(RosterProblem::kind).toList());
            assertEquals(List.of("SM005"), result.problems().get(0).args());
        }
        Planned moved = only(line(2, "SM005", "孙七", "OFFICE", "STAFF", SecrecyClass.CORE, null));
        assertEquals(Change.CHANGED, moved.change());
        assertNull(moved.programme(), "no transfer programme for someone out of the post");
    }

    /**
     * Found by an outside check: a 离岗 person could not go back to a secret-related post: raising the class was
     * refused with "重新上涉密岗位请按新上岗办理", and a hire with their staff number was refused too. Raised to a
     * secret-related class in the import they return as a new one: a change with the onboarding programme.
     */
    @Test
    void aPersonWhoLeftThePostRaisedToASecretClassReturnsWithOnboarding() {
        List<Current> roster = List.of(new Current("SM007", "吴九", "HR", "CLERK", SecrecyClass.NONE,
                EmployeeStatus.LEFT_POST, null));
        for (SecrecyClass raised : List.of(SecrecyClass.GENERAL, SecrecyClass.CORE)) {
            RosterPlan.Result result = RosterPlan.plan(List.of(line(2, "SM007", "吴九", "OFFICE", "STAFF", raised,
                    null)), roster, LOGINS);
            assertEquals(List.of(), result.problems(), raised.name());
            assertEquals(Change.CHANGED, result.rows().get(0).change());
            assertEquals(TrainingCall.ONBOARDING, result.rows().get(0).programme(), raised.name());
        }
    }

    /**
     * Found by an outside check: lowering the class of a hire whose first day is still to come opened a departure
     * that could not be approved before that day. The import's check says it corrects the hire (no departure), as
     * the import does; a person whose hire day has come is still lowered through a departure.
     */
    @Test
    void loweringAHireNotStartedYetIsACorrectionNotADeparture() {
        List<Current> roster = List.of(
                new Current("SM008", "郑十", "HR", "CLERK", SecrecyClass.CORE, EmployeeStatus.ONBOARDING, null, false),
                new Current("SM009", "王一", "HR", "CLERK", SecrecyClass.CORE, EmployeeStatus.ONBOARDING, null, true));
        RosterPlan.Result result = RosterPlan.plan(List.of(
                line(2, "SM008", "郑十", "HR", "CLERK", SecrecyClass.GENERAL, null),
                line(3, "SM009", "王一", "HR", "CLERK", SecrecyClass.GENERAL, null)), roster, LOGINS);
        assertEquals(List.of(), result.problems());
        assertEquals(Change.CHANGED, result.rows().get(0).change());
        assertFalse(result.rows().get(0).opensDeparture(), "not started yet: the hire is corrected");
        assertTrue(result.rows().get(1).opensDeparture(), "started: a departure");
    }

    /**
     * Found by an outside check: a hire not yet in post (待上岗) whose post was corrected got the transfer programme
     * beside the onboarding still open. The corrected post is the one they take up: no programme of its own.
     */
    @Test
    void aHireNotYetInPostWhosePostIsCorrectedGetsNoTransferProgramme() {
        Planned corrected = only(line(2, "SM006", "周八", "HR", "DRIVER", SecrecyClass.IMPORTANT, null));
        assertEquals(Change.CHANGED, corrected.change());
        assertTrue(corrected.postChanged());
        assertNull(corrected.programme());
        assertEquals(java.util.Optional.of(TrainingCall.TRANSFER), TrainingCall.onChange(EmployeeStatus.ACTIVE,
                "CLERK", SecrecyClass.IMPORTANT, "DRIVER", SecrecyClass.IMPORTANT), "in post: the transfer programme");
    }

    @Test
    void loginsAreCreatedOnlyForPeopleWithoutOneAndNeverTaken() {
        assertTrue(only(line(2, "SM002", "李四", "OFFICE", "STAFF", SecrecyClass.NONE, "lisi")).newLogin());
        assertEquals(Change.CHANGED, only(line(2, "SM002", "李四", "OFFICE", "STAFF", SecrecyClass.NONE, "lisi")).change());
        RosterPlan.Result result = RosterPlan.plan(List.of(
                line(2, "SM001", "张三", "OFFICE", "STAFF", SecrecyClass.GENERAL, "other"),
                line(3, "SM100", "新人", "OFFICE", "STAFF", SecrecyClass.GENERAL, "zhangsan"),
                line(4, "SM101", "新人", "OFFICE", "STAFF", SecrecyClass.GENERAL, "admin"),
                line(5, "SM004", "赵六", "OFFICE", "CLERK", SecrecyClass.IMPORTANT, null)), ROSTER, LOGINS);
        assertEquals(List.of(Kind.USERNAME_OTHER_LOGIN, Kind.USERNAME_TAKEN, Kind.USERNAME_TAKEN, Kind.HAS_LEFT_UNIT),
                result.problems().stream().map(RosterProblem::kind).toList());
        assertEquals(List.of("other", "zhangsan"), result.problems().get(0).args());
        assertEquals(List.of(2, 3, 4, 5), result.problems().stream().map(RosterProblem::row).toList());
    }

    @Test
    void countsWhatAFileWouldDo() {
        RosterPlan.Result result = RosterPlan.plan(List.of(
                line(2, "SM001", "张三", "OFFICE", "SECRETARY", SecrecyClass.GENERAL, null),
                line(3, "SM002", "李四", "OFFICE", "STAFF", SecrecyClass.NONE, null),
                line(4, "SM100", "新人", "OFFICE", "STAFF", SecrecyClass.CORE, null)), ROSTER, LOGINS);
        assertEquals(1, result.count(Change.NEW));
        assertEquals(1, result.count(Change.CHANGED));
        assertEquals(1, result.count(Change.UNCHANGED));
        assertEquals(2, result.programmes());
    }

    /**
     * Found by an outside check: a known person's row with another hire date (SM019 with 2019-01-01) was counted
     * 不变 without a word that the file's date was not used. The row stays unchanged (the file is not refused), and
     * says that its hire date is kept.
     */
    @Test
    void aKnownPersonsOtherHireDateIsKeptAndSaidSo() {
        List<Current> roster = List.of(new Current("SM019", "钱十九", "OFFICE", "STAFF", SecrecyClass.GENERAL,
                EmployeeStatus.ACTIVE, null, true, LocalDate.of(2021, 3, 1)));
        RosterLine other = new RosterLine(2, "SM019", "钱十九", "OFFICE", "STAFF", SecrecyClass.GENERAL,
                LocalDate.of(2019, 1, 1), null);
        RosterPlan.Result result = RosterPlan.plan(List.of(other), roster, LOGINS);
        assertEquals(List.of(), result.problems(), "not refused");
        Planned row = result.rows().get(0);
        assertEquals(Change.UNCHANGED, row.change());
        assertTrue(row.hireDateKept());
        org.shoumi.portal.employees.boundary.RosterCheck check = new org.shoumi.portal.employees.boundary.RosterCheck(
                List.of(), result.rows());
        assertEquals(List.of(row), check.getChanges(), "listed in the preview, to say so");
        assertEquals(1, check.getUnchangedCount());

        RosterLine same = new RosterLine(2, "SM019", "钱十九", "OFFICE", "STAFF", SecrecyClass.GENERAL,
                LocalDate.of(2021, 3, 1), null);
        Planned unchanged = RosterPlan.plan(List.of(same), roster, LOGINS).rows().get(0);
        assertFalse(unchanged.hireDateKept());
        assertFalse(only(line(2, "SM001", "张三", "OFFICE", "STAFF", SecrecyClass.GENERAL, null)).hireDateKept(),
                "a hire date not known here: nothing to say");
    }

    /**
     * Found by an outside check: SM006 (一般, never vetted) raised to 核心 by an import and set back to 一般 by the next:
     * the import opened a 离岗 with the 核心 脱密期 and said so only after it ran. A row setting a person back to the
     * class of a raise never taken up is a correction, not a departure; a lowering to another class still is one.
     */
    @Test
    void aRowSettingBackARaiseNeverTakenUpIsACorrection() {
        Current raised = new Current("SM006", "杨帆", "OFFICE", "DRIVER", SecrecyClass.CORE, EmployeeStatus.ACTIVE,
                null, true, D).withRaisedFrom(SecrecyClass.GENERAL);
        RosterPlan.Result result = RosterPlan.plan(List.of(
                line(2, "SM006", "杨帆", "OFFICE", "DRIVER", SecrecyClass.GENERAL, null)), List.of(raised), LOGINS);
        assertEquals(List.of(), result.problems());
        Planned back = result.rows().get(0);
        assertEquals(Change.CHANGED, back.change());
        assertTrue(back.correctsRaise());
        assertFalse(back.opensDeparture(), "a correction opens no 离岗");
        assertNull(back.programme());

        Planned lower = RosterPlan.plan(List.of(line(2, "SM006", "杨帆", "OFFICE", "DRIVER", SecrecyClass.NONE, null)),
                List.of(raised), LOGINS).rows().get(0);
        assertFalse(lower.correctsRaise(), "not the class raised from");
        assertTrue(lower.opensDeparture());
        Planned notRaised = only(line(2, "SM003", "王五", "HR", "CLERK", SecrecyClass.GENERAL, null));
        assertFalse(notRaised.correctsRaise());
        assertTrue(notRaised.opensDeparture());
    }
}
