package org.shoumi.portal.web.quizzes;

import org.shoumi.portal.web.shared.Once;
import org.shoumi.portal.employees.entity.StaffNumber;
import org.shoumi.portal.web.shared.NotFound;
import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.content.text.Texts;
import org.shoumi.quizzes.attempts.boundary.QuizAttempts;
import org.shoumi.quizzes.attempts.boundary.Quizzes;
import org.shoumi.quizzes.attempts.entity.Quiz;
import org.shoumi.quizzes.attempts.entity.Accommodation;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.web.shared.Allowed;
import org.shoumi.portal.web.shared.ChangesNothing;

/**
 * Accommodations of one quiz (quizzes/accommodations.xhtml?quiz=…): a secrecy officer grants one person extra
 * minutes per attempt or extra attempts, with the reason; every grant is listed and logged as evidence. The auditor
 * reads the list (an inspection asks who was given more time or attempts, by whom and why) and has no form.
 */
@Named
@ViewScoped
public class AccommodationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuizAttempts attempts;

    @Inject
    Employees employees;

    @Inject
    Quizzes quizzes;

    @Inject
    org.shoumi.portal.programmes.boundary.Programmes programmes;

    @Inject
    ExternalContext external;

    @Inject
    Messages messages;

    private String quiz;
    private String title;
    private transient List<Accommodation> granted;
    @StaffNumber
    private String employeeNo;
    private int extraMinutes;
    private int extraAttempts;
    private String reason;

    @ChangesNothing
    public void load() throws IOException {
        title = quizzes.all().stream().filter(q -> q.getCode().equals(quiz)).findFirst().map(Quiz::getTitle)
                .orElse(null);
        if (title == null) {
            NotFound.answer(external);
            return;
        }
        granted = attempts.accommodations(quiz);
    }

    @Once
    @Allowed({Role.SECRECY_OFFICER, Role.ADMIN})
    public String grant() {
        String no = employeeNo == null ? "" : org.shoumi.portal.employees.entity.Employee.canonicalNumber(employeeNo);
        java.util.Optional<EmployeeRow> person = employees.byNumber(no);
        if (person.isEmpty()) {
            messages.error("quiz.accommodations.unknownPerson", no);
            return null;
        }
        // found by an outside check: extra attempts were granted to a leaver, and to someone the exam is not asked of
        if (person.get().getStatus() == org.shoumi.portal.employees.entity.EmployeeStatus.LEFT_UNIT) {
            messages.error("quiz.accommodations.left", no, person.get().getName());
            return null;
        }
        if (!programmes.mayTake(no, quiz)) {
            messages.error("quiz.accommodations.notAsked", no, person.get().getName());
            return null;
        }
        if (!Texts.saysSomething(reason)) {
            // a reason of invisible characters only (U+200B) passed the field's "required", and "无" or "-" was
            // granted an extra attempt (outside checks)
            messages.error("quiz.accommodations.reason.required");
            return null;
        }
        if (extraMinutes <= 0 && extraAttempts <= 0) {
            messages.error("quiz.accommodations.nothing");
            return null;
        }
        long id;
        try {
            // the quizzes module knows people only by their staff number: the login's own is passed for the
            // self check (an officer granted themselves extra attempts; outside check)
            String me = employees.ofAccount(external.getRemoteUser()).map(EmployeeRow::getEmployeeNo).orElse(null);
            id = attempts.grant(quiz, no, extraMinutes, extraAttempts, Texts.clean(reason), external.getRemoteUser(),
                    me);
        } catch (IllegalArgumentException refused) {
            messages.error("quiz.accommodations.limits", Accommodation.MAX_EXTRA_MINUTES, Accommodation.MAX_EXTRA_ATTEMPTS);
            return null;
        } catch (org.shoumi.quizzes.attempts.boundary.QuizRefusedException refused) {
            if (refused.reason() == org.shoumi.quizzes.attempts.boundary.QuizRefusedException.Reason.OVER_TOTAL) {
                // what the person has so far and what may still be granted, so the officer can mend the numbers
                QuizAttempts.Granted so = attempts.granted(quiz, no);
                messages.error("quiz.refused.OVER_TOTAL", no, so.minutes(), so.attempts(),
                        Math.max(0, Accommodation.MAX_EXTRA_MINUTES - so.minutes()),
                        Math.max(0, Accommodation.MAX_EXTRA_ATTEMPTS - so.attempts()),
                        Accommodation.MAX_EXTRA_MINUTES, Accommodation.MAX_EXTRA_ATTEMPTS);
            } else {
                messages.error("quiz.refused." + refused.reason().name(), no);
            }
            return null;
        }
        // the minutes also went to the attempt open now: the officer is told, as the taker's page tells the taker
        boolean extended = attempts.accommodations(quiz).stream()
                .anyMatch(a -> a.getId() == id && a.getExtendedAttemptId() != null);
        if (extended) {
            messages.info("quiz.accommodations.grantedExtended", no, extraMinutes);
        } else if (extraMinutes > 0) {
            // no paper of theirs was running (or its time had run out and it was handed in): the officer is told
            // the time counts from the next attempt (outside check: a grant 64 s after the end said only "安排照顾")
            messages.info("quiz.accommodations.grantedNext", no);
        } else {
            messages.info("quiz.accommodations.granted", no);
        }
        return "/quizzes/accommodations.xhtml?faces-redirect=true&quiz=" + quiz;
    }

    public String personName(String no) {
        return employees.byNumber(no).map(EmployeeRow::getName).orElse(no);
    }

    public List<Accommodation> getGranted() {
        if (granted == null) {
            granted = attempts.accommodations(quiz);
        }
        return granted;
    }

    public String getTitle() {
        return title;
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

    public int getExtraMinutes() {
        return extraMinutes;
    }

    public void setExtraMinutes(int extraMinutes) {
        this.extraMinutes = extraMinutes;
    }

    public int getExtraAttempts() {
        return extraAttempts;
    }

    public void setExtraAttempts(int extraAttempts) {
        this.extraAttempts = extraAttempts;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
