package it.org.shoumi.portal.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.employees.boundary.HireDraft;
import org.shoumi.portal.employees.boundary.Roster;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.pledges.boundary.PledgeDraft;
import org.shoumi.portal.pledges.boundary.Pledges;
import org.shoumi.portal.pledges.boundary.Signing;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.programmes.boundary.StepRefusedException;
import org.shoumi.portal.programmes.control.ProgrammeRules.Missing;
import org.shoumi.portal.programmes.control.ProgrammeRules.StepKind;
import org.shoumi.portal.programmes.entity.ProgrammeKind;
import org.shoumi.portal.training.boundary.Acknowledgements;
import org.shoumi.portal.training.control.ReadingPolicy.ReadingTask;
import org.shoumi.quizzes.attempts.boundary.QuizAttempts;
import org.shoumi.quizzes.attempts.boundary.TakerView;

/**
 * Issue 12, onboarding in order, enforced by the server: the onboarding exam cannot be started while documents
 * are owed (the refusal says how many) and the onboarding pledge cannot be signed before the exam is passed;
 * a refused step stores nothing. Other quizzes, resuming an attempt and people without onboarding are not held
 * back.
 */
class OnboardingOrderIT extends FromInside {

    private static final String PASSWORD = "Tide-Lamp-739";
    private static final String EXAM = "ONBOARDING";

    @Inject
    TestData data;

    @Inject
    Roster roster;

    @Inject
    Programmes programmes;

    @Inject
    Pledges pledges;

    @Inject
    Acknowledgements acknowledgements;

    @Inject
    QuizAttempts attempts;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    private String hire(String name, SecrecyClass secrecyClass, String username) {
        String no = "O" + Long.toString(System.nanoTime(), 36).toUpperCase();
        roster.hire(new HireDraft(no, name, "RESEARCH", "STAFF", secrecyClass, LocalDate.now(), username,
                PASSWORD.toCharArray()), "hr");
        return no;
    }

    private void acknowledge(String user, List<ReadingTask> tasks) {
        Instant openedLongAgo = Instant.now().minusSeconds(600);
        tasks.forEach(t -> acknowledgements.acknowledge(user, t.key(), t.version(), openedLongAgo));
    }

    private long attemptsOf(String employeeNo) {
        return data.inTransaction(em -> em.createQuery("select count(a) from Attempt a where a.personKey = :p",
                Long.class).setParameter("p", employeeNo).getSingleResult());
    }

    private void passExam(String employeeNo) {
        TakerView view = programmes.startQuiz(EXAM, employeeNo, "RESEARCH");
        for (TakerView.Question q : view.questions()) {
            attempts.save(view.attemptId(), employeeNo, q.position(), data.rightAnswer(view.attemptId(), q.position()));
        }
        assertEquals(0, attempts.submit(view.attemptId(), employeeNo).percent().compareTo(BigDecimal.valueOf(100)));
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

    private Signing signing(String user, PledgeDraft d, String name) throws Exception {
        return new Signing(user, d.kind(), d.version(), d.sha256(), PASSWORD.toCharArray(), name, signature(),
                "127.0.0.1", "OnboardingOrderIT");
    }

    @Test
    void theExamStartsOnlyOnceEveryDocumentOwedIsAcknowledged() {
        String user = Deployments.uniqueName("order");
        String no = hire("测试顺序", SecrecyClass.GENERAL, user);
        List<ReadingTask> owed = acknowledgements.openFor(user);
        assertTrue(owed.size() > 2, "rules and the post's duties are owed: " + owed.size());

        StepRefusedException refused = assertThrows(StepRefusedException.class,
                () -> programmes.startQuiz(EXAM, no, "RESEARCH"));
        assertEquals(ProgrammeKind.ONBOARDING, refused.programme());
        assertEquals(StepKind.QUIZ, refused.step());
        assertEquals(List.of(new Missing(StepKind.READ, null, owed.size())), refused.missing(),
                "the refusal names the reading and how many documents are owed");
        assertEquals(0, attemptsOf(no), "no attempt was stored");

        acknowledge(user, owed.subList(0, owed.size() - 1));
        refused = assertThrows(StepRefusedException.class, () -> programmes.startQuiz(EXAM, no, "RESEARCH"));
        assertEquals(List.of(new Missing(StepKind.READ, null, 1)), refused.missing(), "11 of 12 is not enough");
        assertEquals(0, attemptsOf(no));

        acknowledge(user, owed.subList(owed.size() - 1, owed.size()));
        TakerView started = programmes.startQuiz(EXAM, no, "RESEARCH");
        assertEquals(1, attemptsOf(no));
        assertEquals(started.attemptId(), programmes.startQuiz(EXAM, no, "RESEARCH").attemptId(),
                "pressing again resumes the same attempt");
    }

    @Test
    void anAttemptAlreadyStartedIsResumedAndOtherQuizzesAreNotHeldBack() {
        String user = Deployments.uniqueName("resume");
        String no = hire("测试续考", SecrecyClass.IMPORTANT, user);
        assertTrue(acknowledgements.openFor(user).size() > 0);
        // an attempt started before the order was enforced, documents still owed
        long early = attempts.start(EXAM, no, "RESEARCH").attemptId();
        assertEquals(early, programmes.startQuiz(EXAM, no, "RESEARCH").attemptId(), "resuming is allowed");
        assertEquals(1, attemptsOf(no));

        TakerView practice = programmes.startQuiz("PRACTICE", no, "RESEARCH");
        assertTrue(practice.attemptId() > 0, "a practice quiz is no step of onboarding");
        assertTrue(programmes.startQuiz(it.org.shoumi.portal.TestData.annualExam(), no, "RESEARCH").attemptId() > 0,
                "the annual exam is no step of onboarding");

        String outsider = Deployments.uniqueName("none");
        String outsiderNo = hire("测试非涉密", SecrecyClass.NONE, outsider);
        assertTrue(programmes.of(outsider).isEmpty(), "no programme");
        assertTrue(programmes.startQuiz(EXAM, outsiderNo, "RESEARCH").attemptId() > 0,
                "someone without onboarding is not held back");
    }

    @Test
    void theOnboardingPledgeIsSignedOnlyAfterTheExamIsPassed() throws Exception {
        String user = Deployments.uniqueName("pledge");
        String no = hire("测试承诺", SecrecyClass.GENERAL, user);
        List<ReadingTask> owed = acknowledgements.openFor(user);
        PledgeDraft draft = pledges.draft(user, PledgeKind.ONBOARDING);

        StepRefusedException refused = assertThrows(StepRefusedException.class,
                () -> pledges.sign(signing(user, draft, "测试承诺")));
        assertEquals(StepKind.PLEDGE, refused.step());
        assertEquals(List.of(new Missing(StepKind.READ, null, owed.size()), new Missing(StepKind.QUIZ, EXAM, 0)),
                refused.missing(), "nothing done yet: the reading, then the exam");

        acknowledge(user, owed);
        refused = assertThrows(StepRefusedException.class, () -> pledges.sign(signing(user, draft, "测试承诺")));
        assertEquals(List.of(new Missing(StepKind.QUIZ, EXAM, 0)), refused.missing(), "read, but the exam is missing");
        assertEquals(refused.missing(), assertThrows(StepRefusedException.class,
                () -> pledges.requireStepsBefore(user, PledgeKind.ONBOARDING)).missing(), "what the sign page shows");
        assertTrue(pledges.of(user).isEmpty(), "no refused signature left a record");
        assertTrue(pledges.due(user).contains(PledgeKind.ONBOARDING), "still due, to be signed after the exam");

        passExam(no);
        pledges.requireStepsBefore(user, PledgeKind.ONBOARDING);
        pledges.sign(signing(user, draft, "测试承诺"));
        assertEquals(1, pledges.of(user).size());
        assertTrue(programmes.of(user).get(0).complete());
        assertEquals(EmployeeStatus.ACTIVE, data.inTransaction(em -> em.createQuery(
                "select e.status from Employee e where e.employeeNo = :no", EmployeeStatus.class)
                .setParameter("no", no).getSingleResult()), "onboarding complete: in post");
    }

    /**
     * Found by an outside check: the home page listed the open onboarding steps (参加考试并通过, 签订上岗保密承诺书)
     * while 待办事项 right below said 目前没有需要您完成的事项。 With steps open it says nothing else is waiting.
     */
    @Test
    void theHomePagesToDoListDoesNotDenyTheOpenSteps() throws Exception {
        String user = Deployments.uniqueName("home");
        hire("测试首页", SecrecyClass.GENERAL, user);
        acknowledge(user, acknowledgements.openFor(user));
        it.org.shoumi.portal.PortalClient browser = new it.org.shoumi.portal.PortalClient(portalAddress(request));
        it.org.shoumi.portal.PortalClient.Page first = browser.login(user, PASSWORD);
        String mine = "Home-Own-2026";
        browser.submit(first, "password", "password:submit",
                Map.of("password:current", PASSWORD, "password:next", mine, "password:repeat", mine));
        it.org.shoumi.portal.PortalClient.Page home = browser.get("index.xhtml");
        String text = home.visible();
        assertTrue(text.contains("参加考试并通过") && text.contains("签订上岗保密承诺书"), text);
        assertFalse(text.contains("目前没有需要您完成的事项"), text);
        assertTrue(text.contains("除上方“我的培训”中尚未完成的步骤外，目前没有其他需要您完成的事项。"), text);
    }
}
