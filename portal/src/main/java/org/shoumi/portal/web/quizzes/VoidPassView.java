package org.shoumi.portal.web.quizzes;

import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnifaces.cdi.ViewScoped;
import org.shoumi.content.text.Texts;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.StaffNumber;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.web.shared.Allowed;
import org.shoumi.portal.web.shared.ChangesNothing;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.Once;
import org.shoumi.quizzes.attempts.boundary.FinishedAttempt;
import org.shoumi.quizzes.attempts.boundary.QuizAttempts;
import org.shoumi.quizzes.attempts.boundary.QuizRefusedException;
import org.shoumi.quizzes.attempts.boundary.Quizzes;
import org.shoumi.quizzes.attempts.entity.QuizMode;
import org.shoumi.quizzes.certificates.boundary.Certificates;

/**
 * Voiding a passed exam from the secrecy office's side (the 作废考试成绩 section of quizzes/stats.xhtml?quiz=…): the
 * officer finds a person's attempts at the exam by staff number and voids a pass with a reason. It is the
 * certificate revocation of the check page ({@link QuizAttempts#voidPass}), also for a pass whose certificate was
 * never downloaded (outside check: without the code on the paper the officer could void nothing). The auditor sees
 * the attempts and their revocations, without the form.
 */
@Named
@ViewScoped
public class VoidPassView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuizAttempts attempts;

    @Inject
    Quizzes quizzes;

    @Inject
    Certificates certificates;

    @Inject
    Employees employees;

    @Inject
    ExternalContext external;

    @Inject
    Messages messages;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    private String quiz;
    @StaffNumber
    private String employeeNo;
    /** The staff number whose attempts are shown, and their name. */
    private String shownNo;
    private String shownName;
    private List<FinishedAttempt> shown;
    private Long attemptId;
    private String reason;

    @Inject
    org.shoumi.portal.web.shared.Times times;

    /** On opening the statistics page: the quiz it shows. */
    @ChangesNothing
    public void open(String code) {
        quiz = code;
    }

    /** A pass as the choice list names it: 第 2 次，2026-12-07 19:27，100 分. */
    public String choice(FinishedAttempt a) {
        return messages.text("quiz.void.attempt.choice", a.number(), times.format(a.finishedAt()), a.percent());
    }

    /** Whether the quiz is an exam: only an exam's pass has a certificate, so only it is voided. */
    public boolean isExam() {
        return quiz != null && quizzes.all().stream()
                .anyMatch(q -> q.getCode().equals(quiz) && q.getMode() == QuizMode.EXAM);
    }

    /** Shows the person's finished attempts at this exam. */
    @ChangesNothing
    public void find() {
        String no = employeeNo == null ? "" : Employee.canonicalNumber(employeeNo);
        Optional<EmployeeRow> person = employees.byNumber(no);
        if (person.isEmpty()) {
            shown = null;
            shownNo = null;
            messages.error("quiz.void.unknownPerson", no);
            return;
        }
        show(no, person.get().getName());
        if (shown.isEmpty()) {
            messages.info("quiz.void.noAttempts", no, shownName);
        }
    }

    private void show(String no, String name) {
        shownNo = no;
        shownName = name;
        shown = attempts.finishedBy(no).stream().filter(a -> a.quizCode().equals(quiz)).toList();
        attemptId = getVoidable().stream().findFirst().map(FinishedAttempt::attemptId).orElse(null);
    }

    /** Voids the chosen pass of the person shown, with the reason. */
    @Once
    @Allowed({Role.SECRECY_OFFICER, Role.ADMIN})
    public void voidPass() {
        if (shownNo == null || attemptId == null) {
            messages.error("quiz.void.choose");
            return;
        }
        if (!Texts.saysSomething(reason)) {
            messages.error("quiz.void.reason.required");
            return;
        }
        FinishedAttempt chosen = shown.stream().filter(a -> a.attemptId() == attemptId).findFirst().orElse(null);
        if (chosen == null) {
            messages.error("quiz.void.choose");
            return;
        }
        try {
            attempts.voidPass(attemptId, shownNo, shownName, ZoneId.of(zone), Texts.clean(reason),
                    external.getRemoteUser());
            messages.info("quiz.void.done", chosen.number(), shownNo, shownName);
            reason = null;
        } catch (QuizRefusedException refused) {
            messages.error(refused.reason() == QuizRefusedException.Reason.CERTIFICATE_REVOKED
                    ? "quiz.void.already" : "quiz.void.notPassed", chosen.number());
        }
        show(shownNo, shownName);
    }

    /** The attempts shown that may be voided: passed, not void. */
    public List<FinishedAttempt> getVoidable() {
        return shown == null ? List.of() : shown.stream().filter(FinishedAttempt::passed).toList();
    }

    /** The revocation of a void attempt, for its row: when, by whom, why. */
    public Certificates.Revocation revocation(long attempt) {
        return certificates.revocationOf(attempt).orElse(null);
    }

    public List<FinishedAttempt> getShown() {
        return shown;
    }

    public String getShownNo() {
        return shownNo;
    }

    public String getShownName() {
        return shownName;
    }

    public String getQuiz() {
        return quiz;
    }

    public void setQuiz(String quiz) {
        this.quiz = quiz;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public void setEmployeeNo(String employeeNo) {
        this.employeeNo = employeeNo;
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public void setAttemptId(Long attemptId) {
        this.attemptId = attemptId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
