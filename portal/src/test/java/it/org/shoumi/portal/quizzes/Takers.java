package it.org.shoumi.portal.quizzes;

import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.TestData;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Set;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.quizzes.attempts.boundary.QuizDraft;
import org.shoumi.quizzes.attempts.boundary.Quizzes;
import org.shoumi.quizzes.attempts.control.QuizPolicy.GradingMethod;
import org.shoumi.quizzes.attempts.control.Scoring.MultiCredit;
import org.shoumi.quizzes.attempts.entity.FeedbackPolicy;
import org.shoumi.quizzes.attempts.entity.QuizMode;

/**
 * The test takers of the quiz tests (AccommodationsIT, AnswerEndpointIT, QuizAttemptsIT), made the same way in
 * each: a person hired into a department and a post of their own, with an employee login, and the exam they take.
 * Every call makes new rows from the test's own id, so no test depends on another's.
 */
final class Takers {

    /** The password of every login made here. */
    static final String PASSWORD = "Tide-Lamp-739";

    private Takers() {
    }

    /**
     * A person of the test: staff number {@code employeeNo}, in department {@code D<id>} and post {@code P<id>},
     * class 一般, working since 2024, with an employee login {@code user}.
     */
    record Taker(String employeeNo, String department, String user) {

        /** A browser of the portal at {@code portal}, logged in as this taker. */
        PortalClient browser(URI portal) throws IOException, InterruptedException {
            PortalClient browser = new PortalClient(portal);
            browser.login(user, PASSWORD);
            return browser;
        }
    }

    /**
     * Hires the test's taker: {@code id} the test's own (upper case), the staff number {@code letter} and the last
     * ten characters of the id, the login {@code loginPrefix-…}.
     */
    static Taker hire(TestData data, Accounts accounts, String id, String letter, String loginPrefix) {
        String employeeNo = letter + id.substring(Math.max(0, id.length() - 10));
        Department d = new Department("D" + id, "测试部门", null);
        Post p = new Post("P" + id, "测试岗位", null);
        Employee e = new Employee(employeeNo, "考生", d, p, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE,
                LocalDate.of(2024, 1, 1));
        data.persist(d, p, e);
        String user = Deployments.uniqueName(loginPrefix);
        accounts.create(user, PASSWORD.toCharArray(), Set.of(Role.EMPLOYEE), e);
        return new Taker(employeeNo, d.getCode(), user);
    }

    /**
     * An exam of {@code questions} questions from the whole bank: 30 minutes, pass mark 60, two attempts, the best
     * counting, full feedback, partial credit for 多选. Returns its code.
     */
    static String exam(Quizzes quizzes, String code, String title, int questions) {
        quizzes.define(new QuizDraft(code, title, QuizMode.EXAM, questions, null, 1, 5, 30, 60, 2,
                GradingMethod.HIGHEST, FeedbackPolicy.FULL, MultiCredit.PARTIAL));
        return code;
    }
}
