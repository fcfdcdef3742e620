package org.shoumi.portal.inspections.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shoumi.content.pack.control.ChecklistItem;
import org.shoumi.content.text.Texts;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.inspections.entity.Answer;
import org.shoumi.portal.inspections.entity.FindingStatus;
import org.shoumi.portal.inspections.entity.InspectionScope;
import org.shoumi.portal.inspections.entity.InspectionStatus;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.shared.ReminderDays;

/**
 * The rules of self-inspection, as plain Java: who a round asks, whether a set of answers can be submitted,
 * when a finding is due and when something is overdue.
 */
public final class InspectionRules {

    /** One answer as given on the form: yes ({@code true}), no ({@code false}) or not chosen ({@code null}). */
    public record AnswerInput(Boolean compliant, String note) {
    }

    /** Why an item's answer cannot be submitted. */
    public enum Problem {
        /** neither yes nor no */
        UNANSWERED,
        /** "no" without a note saying what is wrong ({@link Texts#saysSomething}: "-" or "无" alone says nothing) */
        NOTE_REQUIRED,
        /** a note longer than {@link Answer#MAX_NOTE_LENGTH} */
        NOTE_TOO_LONG,
        /**
         * a note with a control character (other than a line break or tab) or one that turns the text's direction
         * inside it: the form's plain text area is not checked by the portal's inputs, so a note could be shown
         * reversed in the records (outside check, left from this stop's fix of the other fields)
         */
        NOTE_CHARACTERS
    }

    /** A problem with the item at {@code number} (counted from 1, as shown on the form). */
    public record AnswerProblem(int number, String itemId, Problem problem) {
    }

    /** Who answers for a department: its head, else its part-time secrecy liaison, else the secrecy office. */
    public enum Answerer {
        HEAD, LIAISON, OFFICE
    }

    /** Who answers for a department, and in which capacity. */
    public record DepartmentRespondent(Department department, Employee respondent, Answerer answerer) {
    }

    private InspectionRules() {
    }

    /**
     * Whether a self-inspection follows its respondent to the department they are moved to: a personal one not yet
     * submitted is counted and chased in the new department, as every other count follows a moved person
     * (调动的人员计入新部门; it stayed under the old department, where its head reminded someone no longer theirs:
     * outside check). A submitted one stays where it was submitted; a department's or the office's belongs to the
     * department inspected.
     */
    public static boolean followsMover(InspectionScope scope, InspectionStatus status) {
        return scope == InspectionScope.PERSONAL && status == InspectionStatus.OPEN;
    }

    /**
     * Whether a person still answers for the department a department's form or a finding of it belongs to: a
     * personal one is its person's while they have not left the post or the unit; a department's or the office's is answered for by a person in post in the
     * department who is its head or its serving liaison ({@code headOrLiaison}: a department-head login, or a liaison
     * serving now with a login), or by the secrecy office ({@code officer}: the login is a secrecy officer's) for a
     * department with neither. A head moved to another department submitted the form of the department he left and
     * reported its findings remediated (tester zg); so did a head whose role was withdrawn, and a liaison whose
     * appointment had ended, while still in the department (outside check).
     */
    public static boolean answersFor(InspectionScope scope, Department department, Employee person, boolean officer,
                                     boolean headOrLiaison) {
        return answersFor(scope, true, department, person, officer, headOrLiaison);
    }

    /**
     * As {@link #answersFor(InspectionScope, Department, Employee, boolean, boolean)}, for a finding: one of a
     * personal self-inspection raised by its owner ({@code own}) is theirs while they have not left the post or the
     * unit ({@link #leftThePost}); once they leave it passes to whoever answers for the department it was raised in,
     * who then answers for it as for a department's finding ({@code own} false). A leaver reported their own finding
     * remediated from outside the unit, and nobody in the unit could move it (outside check ex-s38f 3).
     */
    public static boolean answersFor(InspectionScope scope, boolean own, Department department, Employee person,
                                     boolean officer, boolean headOrLiaison) {
        if (scope == InspectionScope.PERSONAL && own) {
            return !leftThePost(person.getStatus());
        }
        return officer || headOrLiaison && inPost(person, department);
    }

    /** Whether someone has left the post or the unit (离岗, 离职): neither in post nor on their way into it. */
    public static boolean leftThePost(EmployeeStatus status) {
        return status != EmployeeStatus.ACTIVE && status != EmployeeStatus.ONBOARDING;
    }

    /**
     * Who answers for the secrecy office in a round now, where a department has neither head nor liaison: the officer
     * who opened it while they are one ({@code officers}: the people of secrecy officers' logins that are switched
     * on), in post; else the officer in post with the lowest staff number (the rule by which one of several heads or
     * liaisons answers); empty when no officer in post is left. The round's opener stayed "the office" after the
     * role was withdrawn from them, so nothing passed on and nobody could submit or remediate (outside check
     * ex-s38f 1).
     */
    public static Optional<Employee> office(Employee opener, List<Employee> officers) {
        List<Employee> inPost = officers.stream().filter(o -> o.getStatus() == EmployeeStatus.ACTIVE).toList();
        if (opener != null && inPost.stream().anyMatch(o -> samePerson(o, opener))) {
            return Optional.of(opener);
        }
        return inPost.stream().min(Comparator.comparing(Employee::getEmployeeNo));
    }

    /**
     * The department a change of a person's record takes them out of, whose department form and findings they may
     * have answered for: the one they were moved from, or theirs when they left the post or the unit (在岗 no more).
     * Empty for a hire ({@code oldDepartment} null) and for a change that leaves them in post where they were.
     */
    public static Optional<String> departmentLeft(String oldDepartment, EmployeeStatus oldStatus, String newDepartment,
                                                  EmployeeStatus newStatus) {
        if (oldDepartment == null) {
            return Optional.empty();
        }
        boolean moved = !oldDepartment.equals(newDepartment);
        boolean outOfPost = oldStatus == EmployeeStatus.ACTIVE && newStatus != EmployeeStatus.ACTIVE;
        return moved || outOfPost ? Optional.of(oldDepartment) : Optional.empty();
    }

    /**
     * Who answers instead of {@code holder} for a department's form not yet submitted or a finding not closed, when
     * {@code now} is who {@link #responsible} names for the department today; empty when it stays with the holder.
     * A head in post there keeps it; the department's head ({@code now} a head) takes it from anyone else (its
     * liaison, the office that answered for want of a head, someone gone); the office ({@code holderIsOfficer})
     * gives way to the department's liaison but not to another officer; a liaison serving in post there
     * ({@code holderIsLiaison}) keeps it; anyone else (moved to another department, gone from the post or the unit,
     * a head whose role was withdrawn, a liaison whose appointment ended) gives it to whoever answers now. A head
     * moved away kept his department's form and findings, and the department he joined kept its form with the office
     * (tester zg); a head whose role was withdrawn kept them too, and a head or liaison who joined took none of the
     * findings the office held for want of them (outside check).
     */
    public static Optional<Employee> handOver(Employee holder, boolean holderIsHead, boolean holderIsLiaison,
                                              boolean holderIsOfficer, DepartmentRespondent now) {
        if (now == null || samePerson(holder, now.respondent())) {
            return Optional.empty();
        }
        boolean inPost = inPost(holder, now.department());
        if (inPost && holderIsHead) {
            return Optional.empty();
        }
        if (now.answerer() == Answerer.HEAD) {
            return Optional.of(now.respondent());
        }
        if (holderIsOfficer) {
            return now.answerer() == Answerer.OFFICE ? Optional.empty() : Optional.of(now.respondent());
        }
        return inPost && holderIsLiaison ? Optional.empty() : Optional.of(now.respondent());
    }

    private static boolean inPost(Employee person, Department department) {
        return person.getStatus() == EmployeeStatus.ACTIVE
                && person.getDepartment().getCode().equals(department.getCode());
    }

    private static boolean samePerson(Employee a, Employee b) {
        return a == b || a.getId() != null && a.getId().equals(b.getId());
    }

    /**
     * Whether a self-inspection is no longer asked of its respondent: not submitted, and they have left the post or
     * the unit (离岗, 离职) since. Such a one is not counted, listed as outstanding or reminded, and the records mark it
     * as no longer asked rather than 待填写 (the workbook and the secrecy file read 待填写 for a leaver the round
     * pages no longer showed; outside check). One submitted stays submitted.
     */
    public static boolean noLongerAsked(InspectionStatus status, EmployeeStatus respondent) {
        return status == InspectionStatus.OPEN && respondent != EmployeeStatus.ONBOARDING
                && respondent != EmployeeStatus.ACTIVE;
    }

    /**
     * Whether a department's form is no longer asked because its department has nobody concerned any more
     * ({@code departmentConcerned}: at least one secret-related person in post there, {@link #concerned}): not
     * submitted, of a department round (which asks only such departments, {@link #departmentTargets}), and the
     * department was emptied since (批量调整 moved everyone out, the last person left). As a leaver's personal form
     * ({@link #noLongerAsked}), it is kept and marked, not counted, listed as due or reminded, and not handed to the
     * office to fill for a department with nobody in it (outside check ex-s38f 2). Asked again once someone concerned
     * is in post there (a change made by mistake and undone, a department staffed again), as a form of someone
     * returning to the post is. One submitted stays submitted; the office's own inspection of a department it chose
     * is not affected.
     */
    public static boolean departmentNoLongerAsked(InspectionScope scope, InspectionStatus status,
                                                  boolean departmentConcerned) {
        return scope == InspectionScope.DEPARTMENT && status == InspectionStatus.OPEN && !departmentConcerned;
    }

    /**
     * Whether a change of a person's record ({@code old…} before, {@code new…} after) took someone concerned (in post,
     * secret-related) out of {@code department}: moved away, out of the post or the unit, or no longer secret-related.
     * The latest such change of a department with nobody concerned is the one that emptied it.
     */
    public static boolean tookConcernedOut(String department, String oldDepartment, EmployeeStatus oldStatus,
                                           SecrecyClass oldClass, String newDepartment, EmployeeStatus newStatus,
                                           SecrecyClass newClass) {
        boolean was = department.equals(oldDepartment) && oldStatus == EmployeeStatus.ACTIVE && oldClass != null
                && oldClass.isSecretRelated();
        boolean is = department.equals(newDepartment) && newStatus == EmployeeStatus.ACTIVE && newClass != null
                && newClass.isSecretRelated();
        return was && !is;
    }

    /** Whether the person answers a personal round: a secret-related person (涉密人员) in post (在岗). */
    public static boolean concerned(Employee person) {
        return person.getStatus() == EmployeeStatus.ACTIVE && person.getSecrecyClass().isSecretRelated();
    }

    /** The people a personal round asks, by staff number. */
    public static List<Employee> personalTargets(List<Employee> roster) {
        return roster.stream().filter(InspectionRules::concerned)
                .sorted(Comparator.comparing(Employee::getEmployeeNo)).toList();
    }

    /**
     * Who answers a department round for each department that has at least one secret-related person in
     * post: the person of a department-head login who works in that department and is in post (the lowest
     * staff number if several), otherwise its part-time secrecy liaison ({@code liaisons}: those serving now who
     * can log in; one of the department in post, the lowest staff number if several), otherwise {@code fallback},
     * the secrecy officer opening the round.
     * A department with nobody concerned is not asked. Departments come in their code order.
     */
    public static List<DepartmentRespondent> departmentTargets(List<Department> departments, List<Employee> roster,
                                                               List<Employee> heads, List<Employee> liaisons,
                                                               Employee fallback) {
        Set<String> concerned = new HashSet<>();
        roster.stream().filter(InspectionRules::concerned).forEach(e -> concerned.add(e.getDepartment().getCode()));
        return departments.stream().sorted(Comparator.comparing(Department::getCode))
                .filter(d -> concerned.contains(d.getCode()))
                .flatMap(d -> responsible(d, heads, liaisons, fallback).stream()).toList();
    }

    /**
     * Who answers for a department, whether asked or not: the person of a department-head login in post in it (the
     * lowest staff number if several), otherwise its part-time secrecy liaison ({@code liaisons}: those serving now
     * who can log in; the lowest staff number of the department's in post), otherwise {@code fallback} (empty when
     * that is null too). The same person remediates what the secrecy office's inspection found there.
     */
    public static Optional<DepartmentRespondent> responsible(Department department, List<Employee> heads,
                                                             List<Employee> liaisons, Employee fallback) {
        Optional<Employee> head = first(heads, department);
        if (head.isPresent()) {
            return Optional.of(new DepartmentRespondent(department, head.get(), Answerer.HEAD));
        }
        Optional<Employee> liaison = first(liaisons, department);
        if (liaison.isPresent()) {
            return Optional.of(new DepartmentRespondent(department, liaison.get(), Answerer.LIAISON));
        }
        return Optional.ofNullable(fallback).map(f -> new DepartmentRespondent(department, f, Answerer.OFFICE));
    }

    private static Optional<Employee> first(List<Employee> people, Department department) {
        return people.stream().filter(p -> p.getStatus() == EmployeeStatus.ACTIVE)
                .filter(p -> p.getDepartment().getCode().equals(department.getCode()))
                .min(Comparator.comparing(Employee::getEmployeeNo));
    }

    /**
     * Whether the answers can be submitted: every item answered, a note with every "no", no note too long.
     * Answers to items the checklist does not have are ignored. Empty when all is well.
     */
    public static List<AnswerProblem> check(List<ChecklistItem> items, Map<String, AnswerInput> answers) {
        List<AnswerProblem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ChecklistItem item = items.get(i);
            AnswerInput a = answers.get(item.id());
            Optional<Problem> problem = problem(a);
            int number = i + 1;
            problem.ifPresent(p -> problems.add(new AnswerProblem(number, item.id(), p)));
        }
        return problems;
    }

    private static Optional<Problem> problem(AnswerInput a) {
        if (a == null || a.compliant() == null) {
            return Optional.of(Problem.UNANSWERED);
        }
        String note = a.note() == null ? "" : a.note().strip();
        if (note.length() > Answer.MAX_NOTE_LENGTH) {
            return Optional.of(Problem.NOTE_TOO_LONG);
        }
        if (Texts.hasDirectionControls(note) || note.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                && c != '\n' && c != '\r' && c != '\t')) {
            return Optional.of(Problem.NOTE_CHARACTERS);
        }
        // a "no" says what is wrong, by the rule of the other notes: "-" or a zero-width space alone was taken and the
        // finding read "检查时的备注：-" (outside check)
        if (!a.compliant() && !Texts.saysSomething(Texts.clean(note))) {
            return Optional.of(Problem.NOTE_REQUIRED);
        }
        return Optional.empty();
    }

    /** The answers to store, in the checklist's order; call only when {@link #check} found nothing. */
    public static List<Answer> answers(List<ChecklistItem> items, Map<String, AnswerInput> answers) {
        return items.stream().map(i -> {
            AnswerInput a = answers.get(i.id());
            return new Answer(i.id(), i.question(), a.compliant(), a.note());
        }).toList();
    }

    /** A finding is due a configured number of days after the self-inspection was submitted. */
    public static LocalDate findingDue(LocalDate submittedOn, int remediationDays) {
        if (remediationDays < 1) {
            throw new IllegalArgumentException("remediation needs at least one day, not " + remediationDays);
        }
        return submittedOn.plusDays(remediationDays);
    }

    /**
     * A finding is overdue while still open after its due day. Once its owner reports it remediated, the
     * secrecy office holds it, and it is no longer the owner's delay.
     */
    public static boolean overdue(FindingStatus status, LocalDate due, LocalDate today) {
        return status == FindingStatus.OPEN && today.isAfter(due);
    }

    /** A self-inspection is overdue when it is not submitted after the round's due day. */
    public static boolean overdue(InspectionStatus status, LocalDate due, LocalDate today) {
        return status == InspectionStatus.OPEN && today.isAfter(due);
    }

    /**
     * Who a checklist is meant for, from its key: a department checklist ({@code checklist.department}, or any key
     * whose last part starts with "department") is answered per department, any other checklist by each person.
     * Only a default: the secrecy officer may choose otherwise.
     */
    public static InspectionScope scopeFor(String checklistKey) {
        if (checklistKey == null) {
            return InspectionScope.PERSONAL;
        }
        String last = checklistKey.substring(checklistKey.lastIndexOf('.') + 1);
        return last.startsWith("department") ? InspectionScope.DEPARTMENT : InspectionScope.PERSONAL;
    }

    /**
     * The reminder day owed today to the respondent of a self-inspection not yet submitted, if any: the latest
     * reminder day on or before today ({@link ReminderDays}: the configured days before the round's due day, then
     * the day after it and every {@code overdueEveryDays}), not before the round opened, unless a reminder went out
     * on or after that day ({@code lastSent}, null when none). A day missed (the server was down) is made up once.
     */
    public static Optional<LocalDate> reminderOwed(InspectionStatus status, LocalDate due, LocalDate openedOn,
                                                   LocalDate today, List<Integer> daysBefore, int overdueEveryDays,
                                                   LocalDate lastSent) {
        if (status != InspectionStatus.OPEN) {
            return Optional.empty();
        }
        return ReminderDays.owed(due, today, daysBefore, overdueEveryDays, openedOn, lastSent);
    }

    /**
     * Whether {@code name} names the same round as one of {@code existing}: compared as quiz titles are
     * ({@link Texts#comparable}: full-width letters and digits as half-width, spaces and format characters left out,
     * case ignored). The records name a round only by its name: 部门自查A and 部门自查Ａ, 部门自查 A or 部门自查a were
     * accepted, and a secrecy file listed the same round twice, once 已提交 and once 待填写 (outside check ex-s38f 4).
     */
    public static boolean sameRoundName(String name, java.util.Collection<String> existing) {
        String key = Texts.comparable(name);
        return existing.stream().anyMatch(n -> Texts.comparable(n).equals(key));
    }

    /** A round may not be due before the day it is opened. */
    public static boolean validDue(LocalDate due, LocalDate today) {
        // within a year (9999-12-30 was accepted and shown to every head as a deadline; outside check)
        return due != null && !due.isBefore(today) && !due.isAfter(today.plusYears(1));
    }

    /**
     * Whether a login opened, switched off, let in again or with other roles can change who answers for a department:
     * only when its person is a department head or a secrecy officer ({@code answererRoles}: the office answers for
     * a department with neither head nor liaison; the role before or after the change) or serves as a liaison now
     * ({@code servingLiaison}, asked only when the roles do not decide). Anyone else neither answered before nor
     * answers after, so nothing passes on; computing it for each of the 5,000 logins a roster import opens kept the
     * import's transaction for over 15 minutes and locked everyone out of the portal (outside check ex-s37f 1).
     */
    public static boolean loginMayChangeAnswerer(java.util.Collection<String> rolesBefore,
                                                 java.util.Collection<String> rolesAfter,
                                                 java.util.Collection<String> answererRoles,
                                                 java.util.function.BooleanSupplier servingLiaison) {
        return answererRoles.stream().anyMatch(r -> rolesBefore.contains(r) || rolesAfter.contains(r))
                || servingLiaison.getAsBoolean();
    }
}
