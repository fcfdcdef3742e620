package org.shoumi.portal.inspections.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shoumi.content.pack.control.ChecklistItem;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.inspections.control.InspectionRules.AnswerInput;
import org.shoumi.portal.inspections.control.InspectionRules.AnswerProblem;
import org.shoumi.portal.inspections.control.InspectionRules.Answerer;
import org.shoumi.portal.inspections.control.InspectionRules.DepartmentRespondent;
import org.shoumi.portal.inspections.control.InspectionRules.Problem;
import org.shoumi.portal.inspections.entity.Answer;
import org.shoumi.portal.inspections.entity.FindingStatus;
import org.shoumi.portal.inspections.entity.InspectionScope;
import org.shoumi.portal.inspections.entity.InspectionStatus;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;

class InspectionRulesTest {

    private static final LocalDate HIRED = LocalDate.of(2020, 1, 1);
    private final Department office = new Department("OFFICE", "办公室", "General Office");
    private final Department it = new Department("IT", "信息中心", "IT Centre");
    private final Department archives = new Department("ARCHIVES", "档案室", "Archives");
    private final Department empty = new Department("EMPTY", "空部门", null);
    private final Post staff = new Post("STAFF", "机关工作人员", null);

    private Employee person(String no, Department d, SecrecyClass c, EmployeeStatus s) {
        return new Employee(no, "某" + no, d, staff, c, s, HIRED);
    }

    private final Employee core = person("SM003", office, SecrecyClass.CORE, EmployeeStatus.ACTIVE);
    private final Employee general = person("SM001", office, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE);
    private final Employee important = person("SM002", it, SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE);
    private final Employee notSecret = person("SM004", archives, SecrecyClass.NONE, EmployeeStatus.ACTIVE);
    private final Employee onboarding = person("SM005", archives, SecrecyClass.CORE, EmployeeStatus.ONBOARDING);
    private final Employee leftPost = person("SM006", archives, SecrecyClass.CORE, EmployeeStatus.LEFT_POST);
    private final Employee leftUnit = person("SM007", it, SecrecyClass.GENERAL, EmployeeStatus.LEFT_UNIT);
    private final List<Employee> roster = List.of(core, general, important, notSecret, onboarding, leftPost, leftUnit);

    @Test
    void aPersonalRoundAsksEverySecretRelatedPersonInPostByStaffNumber() {
        assertEquals(List.of("SM001", "SM002", "SM003"),
                InspectionRules.personalTargets(roster).stream().map(Employee::getEmployeeNo).toList());
    }

    @Test
    void notSecretRelatedNotYetInPostAndLeaversAreNotAsked() {
        for (Employee e : List.of(notSecret, onboarding, leftPost, leftUnit)) {
            assertFalse(InspectionRules.concerned(e), e.getEmployeeNo());
        }
    }

    /**
     * Found by tester zg (defect 1): a head moved from 办公室 to 科研处 kept 办公室's department form and the office's
     * findings there, answered and remediated them; 科研处's form stayed with the office. Who answers for a department
     * after a move: what the head held passes to whoever answers for the one he left (another head, else its
     * liaison, else the office), and the form of the one he joined passes to him from the office or its liaison.
     */
    @Test
    void whatAHeadAnsweredForPassesToWhoeverAnswersForTheDepartmentOnceHeLeftIt() {
        Employee officer = person("SM008", it, SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE);
        Employee movedHead = person("SM001", it, SecrecyClass.CORE, EmployeeStatus.ACTIVE); // was head of OFFICE
        Employee otherHead = person("SM009", office, SecrecyClass.CORE, EmployeeStatus.ACTIVE);
        Employee liaison = person("SM010", office, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE);
        // the office he left: another head, else its liaison, else the secrecy office
        DepartmentRespondent byHead = InspectionRules.responsible(office, List.of(movedHead, otherHead), List.of(),
                officer).orElseThrow();
        assertEquals(otherHead, InspectionRules.handOver(movedHead, true, false, false, byHead).orElseThrow());
        DepartmentRespondent byLiaison = InspectionRules.responsible(office, List.of(movedHead), List.of(liaison),
                officer).orElseThrow();
        assertEquals(liaison, InspectionRules.handOver(movedHead, true, false, false, byLiaison).orElseThrow());
        DepartmentRespondent byOffice = InspectionRules.responsible(office, List.of(movedHead), List.of(), officer)
                .orElseThrow();
        assertEquals(officer, InspectionRules.handOver(movedHead, true, false, false, byOffice).orElseThrow());
        // gone from the post or the unit without moving: the same
        Employee leftPostHead = person("SM011", office, SecrecyClass.CORE, EmployeeStatus.LEFT_POST);
        assertEquals(officer, InspectionRules.handOver(leftPostHead, true, false, false, InspectionRules.responsible(office,
                List.of(leftPostHead), List.of(), officer).orElseThrow()).orElseThrow());
        // the department he joined: he heads it, and its form passes to him from the office or its liaison
        DepartmentRespondent newHead = InspectionRules.responsible(it, List.of(movedHead), List.of(), officer)
                .orElseThrow();
        assertEquals(Answerer.HEAD, newHead.answerer());
        assertEquals(movedHead, InspectionRules.handOver(officer, false, false, true, newHead).orElseThrow(),
                "from the office, though its officer works in the department");
        Employee itLiaison = person("SM012", it, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE);
        assertEquals(movedHead, InspectionRules.handOver(itLiaison, false, true, false, newHead).orElseThrow());
        // nothing moves from a head in post there, from someone still answering, nor from one officer to another
        Employee itHead = person("SM013", it, SecrecyClass.CORE, EmployeeStatus.ACTIVE);
        assertTrue(InspectionRules.handOver(itHead, true, false, false, newHead).isEmpty(), "a head in post keeps it");
        assertTrue(InspectionRules.handOver(otherHead, true, false, false, byHead).isEmpty());
        assertTrue(InspectionRules.handOver(liaison, false, true, false, InspectionRules.responsible(office,
                List.of(), List.of(liaison), officer).orElseThrow()).isEmpty(), "a liaison in post keeps it");
        Employee otherOfficer = person("SM014", archives, SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE);
        assertTrue(InspectionRules.handOver(otherOfficer, false, false, true, byOffice).isEmpty(), "the office keeps it");
        assertEquals(liaison, InspectionRules.handOver(otherOfficer, false, false, true, byLiaison).orElseThrow(),
                "the office gives way to the department's liaison");
        // which change takes someone out of a department
        assertEquals("OFFICE", InspectionRules.departmentLeft("OFFICE", EmployeeStatus.ACTIVE, "IT",
                EmployeeStatus.ACTIVE).orElseThrow(), "moved");
        assertEquals("OFFICE", InspectionRules.departmentLeft("OFFICE", EmployeeStatus.ACTIVE, "OFFICE",
                EmployeeStatus.LEFT_POST).orElseThrow(), "gone from the post");
        assertTrue(InspectionRules.departmentLeft("OFFICE", EmployeeStatus.ACTIVE, "OFFICE", EmployeeStatus.ACTIVE)
                .isEmpty(), "a change of post or class in the department");
        assertTrue(InspectionRules.departmentLeft(null, null, "OFFICE", EmployeeStatus.ONBOARDING).isEmpty(), "hired");
        // who may still submit or remediate for a department
        assertFalse(InspectionRules.answersFor(InspectionScope.DEPARTMENT, office, movedHead, false, true));
        assertFalse(InspectionRules.answersFor(InspectionScope.OFFICE, office, movedHead, false, true));
        assertFalse(InspectionRules.answersFor(InspectionScope.DEPARTMENT, office, leftPostHead, false, true));
        assertTrue(InspectionRules.answersFor(InspectionScope.DEPARTMENT, office, otherHead, false, true));
        assertTrue(InspectionRules.answersFor(InspectionScope.DEPARTMENT, office, officer, true, false), "the office");
        assertTrue(InspectionRules.answersFor(InspectionScope.PERSONAL, office, movedHead, false, false), "his own form");
    }

    /**
     * Found by two outside testers (ex-s36e 1–2, ex-s36f 1): who answers for a department changes when the head's role
     * is withdrawn or granted and when a liaison is appointed or their appointment ends, not only on a move. A head
     * whose role was withdrawn and a liaison whose appointment ended stay in the department but answer for nothing:
     * what they held passes on, and they may no longer submit or remediate; a head or liaison who joins takes over
     * from the office that held the department's forms and findings for want of them.
     */
    @Test
    void whatAFormerHeadOrLiaisonStillInTheDepartmentHeldPassesToWhoeverAnswersNow() {
        Employee officer = person("SM008", it, SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE);
        Employee formerHead = person("SM001", office, SecrecyClass.CORE, EmployeeStatus.ACTIVE); // role withdrawn
        Employee formerLiaison = person("SM003", office, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE); // ended
        Employee newHead = person("SM002", office, SecrecyClass.CORE, EmployeeStatus.ACTIVE); // role granted
        Employee liaison = person("SM010", office, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE); // appointed
        DepartmentRespondent byOffice = InspectionRules.responsible(office, List.of(), List.of(), officer)
                .orElseThrow();
        assertEquals(officer, InspectionRules.handOver(formerHead, false, false, false, byOffice).orElseThrow(),
                "the role withdrawn, no liaison: the office");
        DepartmentRespondent byLiaison = InspectionRules.responsible(office, List.of(), List.of(liaison), officer)
                .orElseThrow();
        assertEquals(liaison, InspectionRules.handOver(formerHead, false, false, false, byLiaison).orElseThrow(),
                "the role withdrawn: the liaison");
        assertEquals(officer, InspectionRules.handOver(formerLiaison, false, false, false, byOffice).orElseThrow(),
                "the appointment ended: the office");
        assertEquals(liaison, InspectionRules.handOver(officer, false, false, true, byLiaison).orElseThrow(),
                "a liaison appointed takes over from the office");
        DepartmentRespondent byNewHead = InspectionRules.responsible(office, List.of(newHead), List.of(liaison),
                officer).orElseThrow();
        assertEquals(newHead, InspectionRules.handOver(liaison, false, true, false, byNewHead).orElseThrow(),
                "a head granted the role takes over from the liaison");
        assertEquals(newHead, InspectionRules.handOver(officer, false, false, true, byNewHead).orElseThrow(),
                "and from the office");
        assertTrue(InspectionRules.handOver(liaison, false, true, false, byLiaison).isEmpty(), "a serving liaison");
        // refused to submit or remediate once they no longer answer, though still in post there
        assertFalse(InspectionRules.answersFor(InspectionScope.DEPARTMENT, office, formerHead, false, false));
        assertFalse(InspectionRules.answersFor(InspectionScope.OFFICE, office, formerLiaison, false, false));
        assertTrue(InspectionRules.answersFor(InspectionScope.DEPARTMENT, office, newHead, false, true));
        assertTrue(InspectionRules.answersFor(InspectionScope.PERSONAL, office, formerHead, false, false));
    }

    @Test
    void aDepartmentRoundAsksTheHeadInTheDepartmentElseTheOfficer() {
        Employee officer = person("SM008", it, SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE);
        Employee headOfOffice = person("SM009", office, SecrecyClass.CORE, EmployeeStatus.ACTIVE);
        Employee secondHead = person("SM010", office, SecrecyClass.CORE, EmployeeStatus.ACTIVE);
        Employee formerHeadOfIt = person("SM011", it, SecrecyClass.CORE, EmployeeStatus.LEFT_UNIT);
        List<DepartmentRespondent> targets = InspectionRules.departmentTargets(List.of(office, it, archives, empty),
                roster, List.of(secondHead, formerHeadOfIt, headOfOffice), List.of(), officer);
        // archives has nobody secret-related in post, EMPTY nobody at all: neither is asked
        assertEquals(List.of("IT", "OFFICE"), targets.stream().map(t -> t.department().getCode()).toList());
        DepartmentRespondent itTarget = targets.get(0);
        assertEquals("SM008", itTarget.respondent().getEmployeeNo(), "a head who left does not answer: the officer does");
        assertEquals(Answerer.OFFICE, itTarget.answerer());
        DepartmentRespondent officeTarget = targets.get(1);
        assertEquals("SM009", officeTarget.respondent().getEmployeeNo(), "of two heads the lowest staff number");
        assertEquals(Answerer.HEAD, officeTarget.answerer());
    }

    @Test
    void withoutAHeadTheDepartmentsLiaisonAnswersBeforeTheOffice() {
        Employee officer = person("SM008", it, SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE);
        Employee headOfOffice = person("SM009", office, SecrecyClass.CORE, EmployeeStatus.ACTIVE);
        Employee liaisonOfOffice = person("SM012", office, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE);
        Employee liaisonOfIt = person("SM014", it, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE);
        Employee otherLiaisonOfIt = person("SM013", it, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE);
        List<DepartmentRespondent> targets = InspectionRules.departmentTargets(List.of(office, it), roster,
                List.of(headOfOffice), List.of(liaisonOfIt, liaisonOfOffice, otherLiaisonOfIt), officer);
        assertEquals("SM013", targets.get(0).respondent().getEmployeeNo(), "of two liaisons the lowest staff number");
        assertEquals(Answerer.LIAISON, targets.get(0).answerer());
        assertEquals("SM009", targets.get(1).respondent().getEmployeeNo(), "a head answers before the liaison");
        assertEquals(Answerer.HEAD, targets.get(1).answerer());

        Employee liaisonOnLeave = person("SM015", it, SecrecyClass.GENERAL, EmployeeStatus.LEFT_POST);
        DepartmentRespondent stoodIn = InspectionRules.departmentTargets(List.of(it), roster, List.of(),
                List.of(liaisonOnLeave), officer).get(0);
        assertEquals(Answerer.OFFICE, stoodIn.answerer(), "a liaison no longer in post does not answer");
    }

    @Test
    void withoutHeadOrOfficerADepartmentIsNotAsked() {
        assertEquals(List.of(), InspectionRules.departmentTargets(List.of(office), roster, List.of(), List.of(), null));
    }

    private static final List<ChecklistItem> ITEMS = List.of(
            new ChecklistItem("c.1", "锁好保密柜？", "立即上锁。", 1),
            new ChecklistItem("c.2", "登记U盘？", "补登。", 2),
            new ChecklistItem("c.3", "参加培训？", "报名。", 3));

    @Test
    void completeAnswersHaveNoProblem() {
        Map<String, AnswerInput> answers = Map.of(
                "c.1", new AnswerInput(true, null),
                "c.2", new AnswerInput(false, "两个U盘未登记"),
                "c.3", new AnswerInput(true, "  "));
        assertEquals(List.of(), InspectionRules.check(ITEMS, answers));
        List<Answer> stored = InspectionRules.answers(ITEMS, answers);
        assertEquals(List.of("c.1", "c.2", "c.3"), stored.stream().map(Answer::getItemId).toList());
        assertEquals("登记U盘？", stored.get(1).getQuestion());
        assertFalse(stored.get(1).isCompliant());
        assertEquals("两个U盘未登记", stored.get(1).getNote());
        assertEquals(null, stored.get(2).getNote(), "a blank note is no note");
    }

    /**
     * Found by an outside check (ex-s36f, 5): a "no" noted "-" or a zero-width space alone was taken and the finding
     * read "检查时的备注：-". A "no" says what is wrong by the rule of the other notes; a "yes" may say nothing.
     */
    @Test
    void aNoNotedWithADashOrANoneSaysNothingAndIsNamed() {
        for (String says : List.of("-", "—", "…", "无", "\u200B", "\u200B-")) {
            Map<String, AnswerInput> answers = Map.of(
                    "c.1", new AnswerInput(true, "-"),
                    "c.2", new AnswerInput(false, says),
                    "c.3", new AnswerInput(true, null));
            assertEquals(List.of(new AnswerProblem(2, "c.2", Problem.NOTE_REQUIRED)), InspectionRules.check(ITEMS,
                    answers), says);
        }
    }

    @Test
    void everyMissingAnswerAndEveryNoWithoutANoteIsNamedByItsNumber() {
        Map<String, AnswerInput> answers = new HashMap<>();
        answers.put("c.1", new AnswerInput(null, "想一想"));
        answers.put("c.2", new AnswerInput(false, " "));
        answers.put("unknown", new AnswerInput(true, null));
        assertEquals(List.of(new AnswerProblem(1, "c.1", Problem.UNANSWERED),
                        new AnswerProblem(2, "c.2", Problem.NOTE_REQUIRED),
                        new AnswerProblem(3, "c.3", Problem.UNANSWERED)),
                InspectionRules.check(ITEMS, answers));
    }

    @Test
    void aTooLongNoteIsRefused() {
        Map<String, AnswerInput> answers = Map.of(
                "c.1", new AnswerInput(true, "x".repeat(Answer.MAX_NOTE_LENGTH + 1)),
                "c.2", new AnswerInput(true, "x".repeat(Answer.MAX_NOTE_LENGTH)),
                "c.3", new AnswerInput(true, null));
        assertEquals(List.of(new AnswerProblem(1, "c.1", Problem.NOTE_TOO_LONG)), InspectionRules.check(ITEMS, answers));
    }

    /**
     * The form's note is a plain text area, which the portal's inputs do not check: a control character or a
     * character that turns the text's direction inside a note is named by its item, as the other fields refuse them.
     * A line break is fine.
     */
    @Test
    void aNoteWithAControlOrDirectionCharacterIsNamed() {
        Map<String, AnswerInput> answers = Map.of(
                "c.1", new AnswerInput(false, "已退还U盘\u202e个3\u202c共"),
                "c.2", new AnswerInput(true, "第一行\n第二行"),
                "c.3", new AnswerInput(false, "响铃\u0007"));
        assertEquals(List.of(new AnswerProblem(1, "c.1", Problem.NOTE_CHARACTERS),
                new AnswerProblem(3, "c.3", Problem.NOTE_CHARACTERS)), InspectionRules.check(ITEMS, answers));
    }

    @Test
    void aFindingIsDueTheConfiguredDaysAfterSubmission() {
        assertEquals(LocalDate.of(2026, 12, 30), InspectionRules.findingDue(LocalDate.of(2026, 11, 30), 30));
        assertEquals(LocalDate.of(2027, 1, 6), InspectionRules.findingDue(LocalDate.of(2026, 12, 30), 7));
        assertThrows(IllegalArgumentException.class, () -> InspectionRules.findingDue(LocalDate.of(2026, 1, 1), 0));
    }

    @Test
    void onlyAnOpenFindingPastItsDueDayIsOverdue() {
        LocalDate due = LocalDate.of(2026, 12, 30);
        assertFalse(InspectionRules.overdue(FindingStatus.OPEN, due, due), "the due day itself is still in time");
        assertTrue(InspectionRules.overdue(FindingStatus.OPEN, due, due.plusDays(1)));
        assertFalse(InspectionRules.overdue(FindingStatus.REMEDIATED, due, due.plusDays(9)));
        assertFalse(InspectionRules.overdue(FindingStatus.CLOSED, due, due.plusDays(9)));
    }

    @Test
    void anUnsubmittedSelfInspectionIsOverdueAfterTheRoundsDueDay() {
        LocalDate due = LocalDate.of(2026, 12, 21);
        assertFalse(InspectionRules.overdue(InspectionStatus.OPEN, due, due));
        assertTrue(InspectionRules.overdue(InspectionStatus.OPEN, due, due.plusDays(1)));
        assertFalse(InspectionRules.overdue(InspectionStatus.SUBMITTED, due, due.plusDays(1)));
    }

    @Test
    void aRoundIsDueTodayOrLater() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertTrue(InspectionRules.validDue(today, today));
        assertTrue(InspectionRules.validDue(today.plusWeeks(3), today));
        assertFalse(InspectionRules.validDue(today.minusDays(1), today));
        assertFalse(InspectionRules.validDue(null, today));
        assertTrue(InspectionRules.validDue(today.plusYears(1), today));
        assertFalse(InspectionRules.validDue(LocalDate.of(9999, 12, 30), today), "a year ahead at most");
    }

    @Test
    void aChecklistsKeyTellsWhoItIsMeantFor() {
        assertEquals(InspectionScope.PERSONAL, InspectionRules.scopeFor("checklist.personal"));
        assertEquals(InspectionScope.DEPARTMENT, InspectionRules.scopeFor("checklist.department"));
        assertEquals(InspectionScope.DEPARTMENT, InspectionRules.scopeFor("checklist.department-it"));
        assertEquals(InspectionScope.PERSONAL, InspectionRules.scopeFor("checklist.departure"));
        assertEquals(InspectionScope.PERSONAL, InspectionRules.scopeFor(null));
    }

    @Test
    void whoHasNotSubmittedIsOwedAReminderOnEachReminderDayOnce() {
        LocalDate due = LocalDate.of(2026, 12, 20);
        LocalDate opened = LocalDate.of(2026, 12, 1);
        List<Integer> before = List.of(7, 1);
        assertEquals(java.util.Optional.empty(), InspectionRules.reminderOwed(InspectionStatus.OPEN, due, opened,
                LocalDate.of(2026, 12, 12), before, 7, null), "not yet a reminder day");
        assertEquals(java.util.Optional.of(LocalDate.of(2026, 12, 13)), InspectionRules.reminderOwed(
                InspectionStatus.OPEN, due, opened, LocalDate.of(2026, 12, 13), before, 7, null), "7 days before");
        assertEquals(java.util.Optional.empty(), InspectionRules.reminderOwed(InspectionStatus.OPEN, due, opened,
                LocalDate.of(2026, 12, 15), before, 7, LocalDate.of(2026, 12, 13)), "sent on that day already");
        assertEquals(java.util.Optional.of(LocalDate.of(2026, 12, 19)), InspectionRules.reminderOwed(
                InspectionStatus.OPEN, due, opened, LocalDate.of(2026, 12, 20), before, 7, LocalDate.of(2026, 12, 13)),
                "the day before, made up on the due day when missed");
        assertEquals(java.util.Optional.of(LocalDate.of(2026, 12, 21)), InspectionRules.reminderOwed(
                InspectionStatus.OPEN, due, opened, LocalDate.of(2026, 12, 21), before, 7, LocalDate.of(2026, 12, 19)),
                "overdue: the day after the due day");
        assertEquals(java.util.Optional.of(LocalDate.of(2026, 12, 28)), InspectionRules.reminderOwed(
                InspectionStatus.OPEN, due, opened, LocalDate.of(2026, 12, 30), before, 7, LocalDate.of(2026, 12, 21)),
                "then every seven days");
        assertEquals(java.util.Optional.empty(), InspectionRules.reminderOwed(InspectionStatus.SUBMITTED, due, opened,
                LocalDate.of(2026, 12, 21), before, 7, null), "submitted");
        assertEquals(java.util.Optional.empty(), InspectionRules.reminderOwed(InspectionStatus.OPEN, due,
                LocalDate.of(2026, 12, 16), LocalDate.of(2026, 12, 17), before, 7, null),
                "the seven-days reminder fell before the round opened");
    }

    @Test
    void aFormNotSubmittedIsNoLongerAskedOfSomeoneWhoLeftThePostOrTheUnit() {
        for (EmployeeStatus left : List.of(EmployeeStatus.LEFT_POST, EmployeeStatus.LEFT_UNIT)) {
            assertTrue(InspectionRules.noLongerAsked(InspectionStatus.OPEN, left), left.name());
            assertFalse(InspectionRules.noLongerAsked(InspectionStatus.SUBMITTED, left), "submitted stays submitted");
        }
        for (EmployeeStatus in : List.of(EmployeeStatus.ONBOARDING, EmployeeStatus.ACTIVE)) {
            assertFalse(InspectionRules.noLongerAsked(InspectionStatus.OPEN, in), in.name());
        }
    }

    /** Outside check ex-s38f 4: rounds whose names differ by a full-width letter, a space or case were accepted. */
    @Test
    void aRoundNameIsTheSameAsAnotherUnderTheComparisonQuizTitlesUse() {
        List<String> existing = List.of("部门自查A", "2026年第四季度");
        for (String same : List.of("部门自查A", "部门自查Ａ", "部门自查 A", "部门自查a", "部门自查A\u200B", "２０２６年第四季度",
                "2026年 第四季度")) {
            assertTrue(InspectionRules.sameRoundName(same, existing), same);
        }
        for (String other : List.of("部门自查B", "部门自查AA", "2027年第四季度")) {
            assertFalse(InspectionRules.sameRoundName(other, existing), other);
        }
        assertFalse(InspectionRules.sameRoundName("部门自查A", List.of()), "the first round");
    }

    /** Outside check ex-s38f 2: a department merged away kept its form, passed to the office to fill, for good. */
    @Test
    void aDepartmentsFormNotSubmittedIsNoLongerAskedOnceItsDepartmentHasNobodyConcerned() {
        assertTrue(InspectionRules.departmentNoLongerAsked(InspectionScope.DEPARTMENT, InspectionStatus.OPEN, false));
        assertFalse(InspectionRules.departmentNoLongerAsked(InspectionScope.DEPARTMENT, InspectionStatus.OPEN, true),
                "someone concerned there (again): asked");
        assertFalse(InspectionRules.departmentNoLongerAsked(InspectionScope.DEPARTMENT, InspectionStatus.SUBMITTED,
                false), "submitted before the department was emptied: stays submitted");
        assertFalse(InspectionRules.departmentNoLongerAsked(InspectionScope.OFFICE, InspectionStatus.OPEN, false),
                "the office's inspection of a department it chose");
        assertFalse(InspectionRules.departmentNoLongerAsked(InspectionScope.PERSONAL, InspectionStatus.OPEN, false),
                "a personal form follows its person");
    }

    @Test
    void theChangeThatEmptiesADepartmentTakesSomeoneConcernedOutOfIt() {
        EmployeeStatus active = EmployeeStatus.ACTIVE;
        assertTrue(InspectionRules.tookConcernedOut("OFFICE", "OFFICE", active, SecrecyClass.CORE, "IT", active,
                SecrecyClass.CORE), "moved away (批量调整)");
        assertTrue(InspectionRules.tookConcernedOut("OFFICE", "OFFICE", active, SecrecyClass.GENERAL, "OFFICE",
                EmployeeStatus.LEFT_UNIT, SecrecyClass.GENERAL), "left the unit");
        assertTrue(InspectionRules.tookConcernedOut("OFFICE", "OFFICE", active, SecrecyClass.GENERAL, "OFFICE",
                EmployeeStatus.LEFT_POST, SecrecyClass.GENERAL), "left the post");
        assertTrue(InspectionRules.tookConcernedOut("OFFICE", "OFFICE", active, SecrecyClass.GENERAL, "OFFICE",
                active, SecrecyClass.NONE), "no longer secret-related");
        assertFalse(InspectionRules.tookConcernedOut("OFFICE", "OFFICE", active, SecrecyClass.CORE, "OFFICE", active,
                SecrecyClass.GENERAL), "a lower class, still concerned");
        assertFalse(InspectionRules.tookConcernedOut("OFFICE", "OFFICE", active, SecrecyClass.NONE, "IT", active,
                SecrecyClass.NONE), "not secret-related: was not concerned");
        assertFalse(InspectionRules.tookConcernedOut("OFFICE", "OFFICE", EmployeeStatus.ONBOARDING,
                SecrecyClass.CORE, "IT", EmployeeStatus.ONBOARDING, SecrecyClass.CORE), "not in post yet");
        assertFalse(InspectionRules.tookConcernedOut("OFFICE", "IT", active, SecrecyClass.CORE, "OFFICE", active,
                SecrecyClass.CORE), "came in");
        assertFalse(InspectionRules.tookConcernedOut("OFFICE", null, null, null, "OFFICE", active,
                SecrecyClass.CORE), "a hire");
    }

    @Test
    void onlyAnOpenPersonalFormFollowsItsRespondentToANewDepartment() {
        // an outside check found a moved person's open form counted and chased in the old department
        assertTrue(InspectionRules.followsMover(InspectionScope.PERSONAL, InspectionStatus.OPEN));
        assertFalse(InspectionRules.followsMover(InspectionScope.PERSONAL, InspectionStatus.SUBMITTED),
                "submitted in its department: stays");
        assertFalse(InspectionRules.followsMover(InspectionScope.DEPARTMENT, InspectionStatus.OPEN),
                "the department's own checklist belongs to the department");
        assertFalse(InspectionRules.followsMover(InspectionScope.OFFICE, InspectionStatus.OPEN));
    }

    @Test
    void aSubmittedFormKeepsItsDepartment() {
        org.shoumi.portal.inspections.entity.InspectionRound round = new org.shoumi.portal.inspections.entity
                .InspectionRound("2026年第四季度", InspectionScope.PERSONAL, "checklist.personal", 1, "个人自查表",
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), java.time.Instant.parse("2026-12-01T00:00:00Z"),
                "officer");
        org.shoumi.portal.inspections.entity.SelfInspection form = new org.shoumi.portal.inspections.entity
                .SelfInspection(round, person("SM002", office, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE), office);
        form.followRespondentTo(it);
        assertEquals(it, form.getDepartment());
        form.submit(List.of(new Answer("i1", "问题", true, null)), java.time.Instant.parse("2026-12-02T00:00:00Z"),
                "employee");
        assertThrows(IllegalStateException.class, () -> form.followRespondentTo(archives));
        assertEquals(it, form.getDepartment());
    }

    /**
     * Found by an outside check (ex-s37f 1): every login a roster import opened read the whole roster to find who
     * answers for the person's department. Only a head's login (the role before or after) or a serving liaison's can
     * change that; for anyone else the liaison register is not even asked.
     */
    @Test
    void onlyAHeadsOrAServingLiaisonsLoginCanChangeWhoAnswers() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        List<String> answerers = List.of("DEPT_HEAD", "SECRECY_OFFICER");
        assertTrue(InspectionRules.loginMayChangeAnswerer(List.of(), List.of("EMPLOYEE", "DEPT_HEAD"), answerers,
                () -> asked.incrementAndGet() < 0));
        assertTrue(InspectionRules.loginMayChangeAnswerer(List.of("DEPT_HEAD"), List.of(), answerers,
                () -> asked.incrementAndGet() < 0));
        assertEquals(0, asked.get(), "a head's login decides by its roles alone");
        assertTrue(InspectionRules.loginMayChangeAnswerer(List.of(), List.of("EMPLOYEE"), answerers, () -> true));
        assertFalse(InspectionRules.loginMayChangeAnswerer(List.of(), List.of("EMPLOYEE"), answerers, () -> false));
    }

    /**
     * Found by an outside check (ex-s38f 1): the role withdrawn from the secrecy officer, or his login switched off,
     * the office's forms and findings stayed with him, refused to him and given to nobody, and the round's opener was
     * still "the office" for any later hand-over. An officer's login changes who answers as a head's does; the office
     * is the opener while still an officer in post, else the officer in post with the lowest staff number, else
     * nobody.
     */
    @Test
    void theOfficeIsTheOpenerWhileAnOfficerElseTheOfficerWithTheLowestStaffNumber() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        List<String> answerers = List.of("DEPT_HEAD", "SECRECY_OFFICER");
        assertTrue(InspectionRules.loginMayChangeAnswerer(List.of("EMPLOYEE", "SECRECY_OFFICER"), List.of("EMPLOYEE"),
                answerers, () -> asked.incrementAndGet() < 0), "the role withdrawn");
        assertTrue(InspectionRules.loginMayChangeAnswerer(List.of("SECRECY_OFFICER"), List.of("SECRECY_OFFICER"),
                answerers, () -> asked.incrementAndGet() < 0), "an officer's login switched off");
        assertEquals(0, asked.get(), "decided by the roles alone");

        Employee opener = person("SM008", it, SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE);
        Employee later = person("SM020", office, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE);
        Employee lowest = person("SM015", archives, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE);
        Employee gone = person("SM002", archives, SecrecyClass.GENERAL, EmployeeStatus.LEFT_POST);
        assertEquals(opener, InspectionRules.office(opener, List.of(later, lowest, opener)).orElseThrow(),
                "the opener while an officer, whatever the staff numbers");
        assertEquals(lowest, InspectionRules.office(opener, List.of(later, lowest, gone)).orElseThrow(),
                "the opener no longer an officer: the lowest staff number in post");
        assertEquals(later, InspectionRules.office(null, List.of(later)).orElseThrow());
        assertTrue(InspectionRules.office(opener, List.of()).isEmpty(), "no officer left: nobody");
        assertTrue(InspectionRules.office(opener, List.of(gone)).isEmpty(), "nor an officer gone from the post");

        // the former officer gives what the office held to the office as it is now, and keeps it when nobody is left
        DepartmentRespondent byOffice = InspectionRules.responsible(office, List.of(), List.of(),
                InspectionRules.office(opener, List.of(lowest)).orElse(null)).orElseThrow();
        assertEquals(lowest, InspectionRules.handOver(opener, false, false, false, byOffice).orElseThrow());
        assertTrue(InspectionRules.handOver(opener, false, false, true, byOffice).isEmpty(),
                "while still an officer he keeps it: no officer gives way to another");
        assertTrue(InspectionRules.responsible(office, List.of(), List.of(),
                InspectionRules.office(opener, List.of()).orElse(null)).isEmpty(), "nobody answers: nothing passes");
        assertFalse(InspectionRules.answersFor(InspectionScope.DEPARTMENT, office, opener, false, false),
                "and he may no longer submit or remediate");
    }

    /**
     * Found by an outside check (ex-s38f 3): a leaver's own finding stayed theirs, the office could neither take it
     * over nor close it, and the leaver reported it remediated from outside the unit. Once they leave the post or the
     * unit the finding is no longer theirs to report; it passes to whoever answers for the department it was raised
     * in, held in no capacity (so even to the office), who then answers for it as for a department's finding.
     */
    @Test
    void aLeaversOwnFindingIsNoLongerTheirsAndPassesToWhoeverAnswersForItsDepartment() {
        Employee officer = person("SM008", it, SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE);
        Employee liaison = person("SM010", office, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE);
        for (EmployeeStatus gone : List.of(EmployeeStatus.LEFT_POST, EmployeeStatus.LEFT_UNIT)) {
            Employee leaver = person("SM030", office, SecrecyClass.CORE, gone);
            assertTrue(InspectionRules.leftThePost(gone));
            assertFalse(InspectionRules.answersFor(InspectionScope.PERSONAL, true, office, leaver, false, false),
                    "no longer theirs to report: " + gone);
            assertEquals(liaison, InspectionRules.handOver(leaver, false, false, false, InspectionRules.responsible(
                    office, List.of(), List.of(liaison), officer).orElseThrow()).orElseThrow(), "to the liaison");
            assertEquals(officer, InspectionRules.handOver(leaver, false, false, false, InspectionRules.responsible(
                    office, List.of(), List.of(), officer).orElseThrow()).orElseThrow(), "else to the office");
        }
        assertFalse(InspectionRules.leftThePost(EmployeeStatus.ACTIVE));
        assertFalse(InspectionRules.leftThePost(EmployeeStatus.ONBOARDING));
        assertTrue(InspectionRules.answersFor(InspectionScope.PERSONAL, true, office, core, false, false),
                "in post: their own, in whatever department they work now");
        assertTrue(InspectionRules.answersFor(InspectionScope.PERSONAL, true, archives, core, false, false));
        // whoever took it over answers for it as for the department's
        assertTrue(InspectionRules.answersFor(InspectionScope.PERSONAL, false, office, liaison, false, true));
        assertFalse(InspectionRules.answersFor(InspectionScope.PERSONAL, false, office, liaison, false, false),
                "a liaison whose appointment ended");
        assertFalse(InspectionRules.answersFor(InspectionScope.PERSONAL, false, archives, liaison, false, true),
                "a liaison of another department");
        assertTrue(InspectionRules.answersFor(InspectionScope.PERSONAL, false, office, officer, true, false));
    }
}
