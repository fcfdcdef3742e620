package org.shoumi.portal.setup.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.campaigns.entity.Audience;
import org.shoumi.quizzes.attempts.boundary.QuizDraft;
import org.shoumi.quizzes.attempts.control.QuizPolicy.GradingMethod;
import org.shoumi.quizzes.attempts.control.Scoring.MultiCredit;
import org.shoumi.quizzes.attempts.entity.FeedbackPolicy;
import org.shoumi.quizzes.attempts.entity.QuizMode;

/**
 * The demo unit loaded on the first start of a demo installation: seven departments, the ten posts whose
 * duties the content pack describes, thirty people across all secrecy classes, one login per role and three
 * quizzes (annual exam, practice, contest).
 * Pure data; hire dates are counted back from the day it is asked for.
 */
public final class DemoOrganisation {

    public record DepartmentSpec(String code, String name, String nameEn) {
    }

    public record PostSpec(String code, String name, String nameEn) {
    }

    public record EmployeeSpec(String employeeNo, String name, String departmentCode, String postCode,
                               SecrecyClass secrecyClass, EmployeeStatus status, LocalDate hireDate) {
    }

    public record AccountSpec(String username, Set<Role> roles, String employeeNo) {
    }

    /** An open personal self-inspection round (保密自查): its name, checklist, due date and who opened it. */
    public record InspectionRoundSpec(String name, String checklistKey, LocalDate due, String openedBy) {
    }

    private static final String[] QUARTERS = {"一", "二", "三", "四"};

    public static final List<DepartmentSpec> DEPARTMENTS = List.of(
            new DepartmentSpec("OFFICE", "办公室", "General Office"),
            new DepartmentSpec("SECRECY", "保密办公室", "Secrecy Office"),
            new DepartmentSpec("HR", "人事处", "Human Resources"),
            new DepartmentSpec("FINANCE", "财务处", "Finance"),
            new DepartmentSpec("RESEARCH", "科研处", "Research"),
            new DepartmentSpec("IT", "信息中心", "IT Centre"),
            new DepartmentSpec("ARCHIVES", "档案室", "Archives"));

    public static final List<PostSpec> POSTS = List.of(
            new PostSpec("LEADER", "领导", "Leadership"),
            new PostSpec("SECRETARY", "秘书", "Secretary"),
            new PostSpec("STAFF", "机关工作人员", "Office staff"),
            new PostSpec("PRINTING", "文印", "Printing and copying"),
            new PostSpec("CONFIDENTIAL_MAIL", "机要收发", "Confidential mail"),
            new PostSpec("IT_ADMIN", "计算机", "Computer administration"),
            new PostSpec("DRIVER", "司机", "Driver"),
            new PostSpec("ARCHIVIST", "档案管理", "Archive management"),
            new PostSpec("CLERK", "文书", "Clerk"),
            new PostSpec("CLASSIFIED_PC_OPERATOR", "涉密计算机操作", "Classified computer operation"));

    private record Person(String name, String department, String post, SecrecyClass secrecyClass,
                          EmployeeStatus status, int yearsAgo, int daysAgo) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("王建国", "OFFICE", "LEADER", SecrecyClass.CORE, EmployeeStatus.ACTIVE, 12, 40),
            new Person("李明", "OFFICE", "STAFF", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, 3, 120),
            new Person("张丽华", "OFFICE", "SECRETARY", SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, 6, 15),
            new Person("刘洋", "OFFICE", "CLERK", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, 2, 200),
            new Person("陈静", "OFFICE", "PRINTING", SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, 5, 77),
            new Person("杨帆", "OFFICE", "DRIVER", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, 8, 3),
            new Person("赵敏", "SECRECY", "LEADER", SecrecyClass.CORE, EmployeeStatus.ACTIVE, 15, 10),
            new Person("黄海涛", "SECRECY", "STAFF", SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, 4, 60),
            new Person("周晓燕", "SECRECY", "CONFIDENTIAL_MAIL", SecrecyClass.CORE, EmployeeStatus.ACTIVE, 7, 33),
            new Person("吴刚", "HR", "LEADER", SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, 10, 5),
            new Person("徐慧", "HR", "STAFF", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, 3, 90),
            new Person("孙伟", "HR", "CLERK", SecrecyClass.NONE, EmployeeStatus.ACTIVE, 1, 150),
            new Person("马丽", "FINANCE", "LEADER", SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, 9, 22),
            new Person("朱文博", "FINANCE", "STAFF", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, 4, 18),
            new Person("胡佳", "FINANCE", "STAFF", SecrecyClass.NONE, EmployeeStatus.ACTIVE, 2, 45),
            new Person("郭志强", "RESEARCH", "LEADER", SecrecyClass.CORE, EmployeeStatus.ACTIVE, 14, 70),
            new Person("何雪", "RESEARCH", "CLASSIFIED_PC_OPERATOR", SecrecyClass.CORE, EmployeeStatus.ACTIVE, 5, 12),
            new Person("高鹏", "RESEARCH", "CLASSIFIED_PC_OPERATOR", SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, 3, 99),
            new Person("林晓", "RESEARCH", "STAFF", SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, 2, 8),
            // 离岗 by a demo departure (DemoDepartures): loaded in post, the approval takes them out of it
            new Person("罗斌", "RESEARCH", "STAFF", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, 6, 130),
            new Person("梁雨", "RESEARCH", "STAFF", SecrecyClass.GENERAL, EmployeeStatus.ONBOARDING, 0, 4),
            new Person("宋佳琪", "RESEARCH", "SECRETARY", SecrecyClass.IMPORTANT, EmployeeStatus.ONBOARDING, 0, 9),
            new Person("郑凯", "IT", "LEADER", SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, 11, 55),
            new Person("谢磊", "IT", "IT_ADMIN", SecrecyClass.CORE, EmployeeStatus.ACTIVE, 6, 28),
            new Person("韩冰", "IT", "IT_ADMIN", SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, 2, 64),
            // 离职 by a demo departure (DemoDepartures), as SM014
            new Person("唐宁", "IT", "CLASSIFIED_PC_OPERATOR", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, 4, 300),
            new Person("冯涛", "ARCHIVES", "ARCHIVIST", SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, 9, 14),
            new Person("董婷", "ARCHIVES", "ARCHIVIST", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, 3, 41),
            new Person("萧然", "ARCHIVES", "CLERK", SecrecyClass.NONE, EmployeeStatus.ACTIVE, 1, 19),
            new Person("程远", "OFFICE", "CONFIDENTIAL_MAIL", SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, 7, 88));

    /** A department's part-time secrecy liaison (兼职保密员), appointed some months ago under a document. */
    public record LiaisonSpec(String department, String employeeNo, int monthsAgo, String reference) {
    }

    /**
     * The demo unit's liaisons: 科研处 and 信息中心 have none yet, so the register shows two departments to cover;
     * 财务处's was appointed before his 离职 (a demo departure) and reads 需增补.
     */
    public static final List<LiaisonSpec> LIAISONS = List.of(
            new LiaisonSpec("OFFICE", "SM003", 14, "办〔2025〕12号"),
            new LiaisonSpec("SECRECY", "SM009", 20, "办〔2025〕3号"),
            new LiaisonSpec("HR", "SM012", 6, "办〔2026〕5号"),
            new LiaisonSpec("FINANCE", "SM014", 12, "办〔2025〕20号"),
            new LiaisonSpec("ARCHIVES", "SM028", 3, "办〔2026〕8号"));

    /**
     * One login per role; all but admin and auditor belong to a person and may also act as an employee.
     * {@code newhire} is a person being onboarded; {@code liaison} is the office's part-time secrecy liaison (an
     * employee whose appointment gives them their letter to sign and their department to follow up).
     */
    public static final List<AccountSpec> ACCOUNTS = List.of(
            new AccountSpec("admin", Set.of(Role.ADMIN), null),
            new AccountSpec("hr", Set.of(Role.HR, Role.EMPLOYEE), "SM011"),
            new AccountSpec("officer", Set.of(Role.SECRECY_OFFICER, Role.EMPLOYEE), "SM008"),
            new AccountSpec("head", Set.of(Role.DEPT_HEAD, Role.EMPLOYEE), "SM001"),
            new AccountSpec("auditor", Set.of(Role.AUDITOR), null),
            new AccountSpec("employee", Set.of(Role.EMPLOYEE), "SM002"),
            new AccountSpec("newhire", Set.of(Role.EMPLOYEE), "SM021"),
            new AccountSpec("liaison", Set.of(Role.EMPLOYEE), "SM003"));

    /**
     * The onboarding exam (4 of its 10 questions on the duties of the taker's own post, pass mark 80 like the
     * annual exam), the annual exam of {@code year} (the year of the first start: ANNUAL-2027 in 2027, so that the
     * year's plan may ask for it), free practice and a contest, drawing from the whole bank.
     */
    public static List<QuizDraft> quizzes(int year) {
        return List.of(
                new QuizDraft("ONBOARDING", "上岗前保密知识考试", QuizMode.EXAM, 10, null, 1, 3, 20, 80, 3,
                        GradingMethod.HIGHEST, FeedbackPolicy.FULL, MultiCredit.PARTIAL, 4),
                new QuizDraft(annualExam(year), year + "年度保密知识考试", QuizMode.EXAM, 20, null, 1, 5, 30, 80, 2,
                        GradingMethod.HIGHEST, FeedbackPolicy.FULL, MultiCredit.PARTIAL),
                new QuizDraft("BASIC", "保密基础知识测试", QuizMode.EXAM, 10, null, 1, 3, 20, 60, 3,
                        GradingMethod.HIGHEST, FeedbackPolicy.FULL, MultiCredit.PARTIAL),
                new QuizDraft("PRACTICE", "保密知识自测", QuizMode.PRACTICE, 10, null, 1, 5, 0, 60, 0,
                        GradingMethod.LAST, FeedbackPolicy.FULL, MultiCredit.PARTIAL),
                new QuizDraft("CONTEST-" + year, "保密知识竞赛", QuizMode.CONTEST, 20, null, 1, 5, 20, 60, 3,
                        GradingMethod.HIGHEST, FeedbackPolicy.SCORE_ONLY, MultiCredit.ALL_OR_NOTHING));
    }

    /** The code of the demo's annual exam of {@code year} (ANNUAL-2026). */
    public static String annualExam(int year) {
        return "ANNUAL-" + year;
    }

    /** One item of the demo's draft plan. */
    public record PlanItemSpec(Audience audience, String title, String quizCode, PledgeKind pledge, int hours) {
    }

    /**
     * The demo's yearly education plan, left as a draft for the secrecy officer to check and start: every class
     * of secret-related staff takes the annual exam and renews the in-post pledge (核心 12, 重要 10, 一般 8 学时),
     * leading cadres have their own item, staff outside the secret-related posts take the basic test and sign the
     * 保密协议 (4 学时), and everyone hired during the year signs the 保密协议.
     */
    public static List<PlanItemSpec> plan(int year) {
        String annual = annualExam(year);
        return List.of(
                new PlanItemSpec(Audience.CORE, "核心涉密人员年度保密教育", annual, PledgeKind.IN_POST, 12),
                new PlanItemSpec(Audience.IMPORTANT, "重要涉密人员年度保密教育", annual, PledgeKind.IN_POST, 10),
                new PlanItemSpec(Audience.GENERAL, "一般涉密人员年度保密教育", annual, PledgeKind.IN_POST, 8),
                new PlanItemSpec(Audience.LEADERS, "领导干部保密教育", annual, null, 12),
                new PlanItemSpec(Audience.NON_SECRET, "非涉密人员保密基础教育", "BASIC", PledgeKind.AGREEMENT, 4),
                new PlanItemSpec(Audience.NEW_HIRES, "新入职人员签订保密协议", null, PledgeKind.AGREEMENT, 0));
    }

    private DemoOrganisation() {
    }

    /** The demo people's e-mail addresses, in the reserved example.org domain (mail to them goes nowhere). */
    public static String email(String employeeNo) {
        return employeeNo.toLowerCase(java.util.Locale.ROOT) + "@demo.shoumi.example.org";
    }

    /**
     * The personal self-inspection of the current quarter (e.g. 2026年第四季度), opened by the demo secrecy officer
     * and due in three weeks, so that the demo people have one to fill in.
     */
    public static InspectionRoundSpec inspectionRound(LocalDate today) {
        String name = today.getYear() + "年第" + QUARTERS[(today.getMonthValue() - 1) / 3] + "季度";
        return new InspectionRoundSpec(name, "checklist.personal", today.plusWeeks(3), "officer");
    }

    /** The thirty people, numbered SM001 to SM030, with hire dates counted back from {@code today}. */
    public static List<EmployeeSpec> employees(LocalDate today) {
        return java.util.stream.IntStream.range(0, PEOPLE.size()).mapToObj(i -> {
            Person p = PEOPLE.get(i);
            return new EmployeeSpec(String.format("SM%03d", i + 1), p.name(), p.department(), p.post(),
                    p.secrecyClass(), p.status(), today.minusYears(p.yearsAgo()).minusDays(p.daysAgo()));
        }).toList();
    }
}
