package it.org.shoumi.portal.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.PortalClient;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.ZoneId;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shoumi.quizzes.attempts.boundary.QuizAttempts;
import org.shoumi.quizzes.attempts.boundary.QuizDraft;
import org.shoumi.quizzes.attempts.boundary.Quizzes;
import org.shoumi.quizzes.attempts.boundary.TakerView;
import org.shoumi.quizzes.attempts.control.QuizPolicy.GradingMethod;
import org.shoumi.quizzes.attempts.control.Scoring.MultiCredit;
import org.shoumi.quizzes.attempts.entity.FeedbackPolicy;
import org.shoumi.quizzes.attempts.entity.QuizMode;
import org.shoumi.quizzes.certificates.boundary.Certificates;
import org.shoumi.quizzes.certificates.control.Certificate;
import org.shoumi.quizzes.certificates.control.VerificationCode;

/**
 * Exams whose results can be trusted, on a started server: the public check of a certificate (valid, forged,
 * revoked codes over HTTP, without a login).
 */
@ExtendWith(ArquillianExtension.class)
class ExamValidityIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(ExamValidityIT.class);
    }

    @Inject
    QuizAttempts attempts;

    @Inject
    Quizzes quizzes;

    @Inject
    Certificates certificates;

    @Inject
    HttpServletRequest request;

    private String id;
    private String person;

    @BeforeEach
    void aPerson() {
        id = Long.toString(System.nanoTime(), 36).toUpperCase();
        person = "V" + id.substring(Math.max(0, id.length() - 10));
    }

    private PortalClient anonymous() {
        return new PortalClient(URI.create("http://localhost:" + request.getLocalPort() + request.getContextPath() + "/"));
    }

    /** A passed exam (pass mark 0) and its certificate as the taker downloads it. */
    private Certificate passedCertificate(String title, String name) {
        String code = "V-" + id;
        quizzes.define(new QuizDraft(code, title, QuizMode.EXAM, 3, null, 1, 5, 30, 0, 1,
                GradingMethod.HIGHEST, FeedbackPolicy.FULL, MultiCredit.PARTIAL));
        TakerView view = attempts.start(code, person, "OFFICE");
        attempts.submit(view.attemptId(), person);
        return attempts.certificate(view.attemptId(), person, name, "测试单位", ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void aPaperCertificateCanBeCheckedByAnyoneAndShowsOnlyWhatItMust() throws Exception {
        String title = "证书查验考试" + id;
        Certificate certificate = passedCertificate(title, "王小明");
        String code = certificate.verificationCode();
        assertEquals(code, passedAgain(certificate), "every copy of a certificate carries the same code");

        PortalClient visitor = anonymous();
        PortalClient.Page page = visitor.get("verify.xhtml?code=" + VerificationCode.display(code).toLowerCase());
        assertEquals(200, page.status());
        assertTrue(page.contains("该证书有效"), page.body());
        assertTrue(page.contains("王*明") && page.contains(title), "masked name and exam: " + page.body());
        assertFalse(page.contains("王小明"), "the full name is not shown");
        assertFalse(page.contains(person), "the employee number is not shown");

        PortalClient.Page forged = visitor.get("verify.xhtml?code=" + forge(code));
        assertTrue(forged.contains("未找到该验证码对应的证书"), forged.body());
        assertFalse(forged.contains(title));
        PortalClient.Page junk = visitor.get("verify.xhtml?code=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertTrue(junk.contains("未找到该验证码对应的证书"));
        assertFalse(junk.body().contains("<script>alert(1)"), "the typed code is escaped");

        certificates.revoke(code, "考试过程违规，成绩作废", "officer");
        PortalClient.Page revoked = visitor.get("verify.xhtml?code=" + code);
        assertTrue(revoked.contains("该证书已被撤销"), revoked.body());
        assertFalse(revoked.contains("该证书有效"));
        assertThrows(IllegalStateException.class, () -> certificates.revoke(code, "再次撤销", "officer"),
                "a revocation is never overwritten");
    }

    @Test
    void anOfficerRevokesOnTheCheckPageWithAReasonAndAnEmployeeCannot() throws Exception {
        Certificate certificate = passedCertificate("撤销测试考试" + id, "赵六");
        String code = certificate.verificationCode();

        PortalClient employee = anonymous();
        employee.login("employee", "Shoumi@2026");
        PortalClient.Page asEmployee = employee.get("verify.xhtml?code=" + code);
        assertFalse(asEmployee.body().contains("id=\"revoke\""), "no revoke form for an employee");

        PortalClient officer = anonymous();
        officer.login("officer", "Shoumi@2026");
        PortalClient.Page page = officer.get("verify.xhtml?code=" + code);
        PortalClient.Page noReason = officer.submit(page, "revoke", "revoke:revoke-button", Map.of("revoke:reason", " "));
        assertTrue(noReason.contains("请填写撤销原因"), noReason.body());
        assertTrue(certificates.verify(code).orElseThrow().valid(), "nothing revoked without a reason");
        PortalClient.Page done = officer.submit(noReason, "revoke", "revoke:revoke-button",
                Map.of("revoke:reason", "证书信息有误"));
        assertTrue(done.contains("该证书已被撤销"), done.body());
        assertFalse(certificates.verify(code).orElseThrow().valid());
    }

    private String passedAgain(Certificate first) {
        return attempts.certificate(first.attemptId(), person, first.personName(), "测试单位",
                ZoneId.of("Asia/Shanghai")).verificationCode();
    }

    /** A well-formed code that differs from the real one in its last character. */
    private static String forge(String code) {
        char last = code.charAt(code.length() - 1);
        return code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A');
    }
}
