package org.shoumi.portal.web.quizzes;

import org.shoumi.portal.web.shared.NotFound;
import org.shoumi.portal.web.shared.Times;
import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.organisation.boundary.UnitName;
import org.primefaces.model.DefaultStreamedContent;
import org.shoumi.content.documents.boundary.CitedClause;
import org.shoumi.content.documents.boundary.Documents;
import org.primefaces.model.StreamedContent;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.quizzes.certificates.boundary.Certificates;
import org.shoumi.quizzes.certificates.control.Certificate;
import org.shoumi.quizzes.certificates.control.CertificatePdf;
import org.shoumi.portal.web.shared.CurrentPerson;
import org.shoumi.portal.web.shared.LocaleSelection;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.quizzes.attempts.boundary.QuizAttempts;
import org.shoumi.quizzes.attempts.boundary.QuizRefusedException;
import org.shoumi.quizzes.attempts.boundary.ResultView;

/** The result of a finished attempt, with the feedback the quiz allows. */
@Named
@ViewScoped
public class QuizResultView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuizAttempts attempts;

    @Inject
    CurrentPerson person;

    @Inject
    ExternalContext external;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    UnitName unit;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Inject
    Documents documents;

    @Inject
    @ConfigProperty(name = CertificateCheckView.PUBLIC_URL_KEY, defaultValue = "http://localhost:9080/portal/")
    String publicUrl;

    @Inject
    Messages messages;

    @Inject
    Certificates certificates;

    @Inject
    Times times;

    @Inject
    org.shoumi.portal.web.shared.PersonNames personNames;

    private Long attempt;
    private ResultView result;
    private Certificates.Revocation revocation;
    private org.shoumi.quizzes.attempts.boundary.QuizAttempts.Superseding superseding;
    private final Map<String, String> clauseNames = new HashMap<>();

    /**
     * A clause a question tests, as people cite it (《档案保密管理规定》第八条 …), worded as the version in force when the
     * attempt was started words it (a later wording fix renamed the clause on old results: outside check); one a later
     * version dropped marked so; one the version then did not have as the version in force now, or the last version
     * that had it, words it; by its id only if no version ever had it.
     */
    public String clauseName(String clauseId) {
        return clauseNames.computeIfAbsent(clauseId, id -> {
            Optional<CitedClause> now = documents.cited(id);
            Optional<CitedClause> then = documents.citedAt(id, result == null ? null : result.startedAt());
            return then.map(c -> messages.text(now.isPresent() ? "quiz.result.clauseCited" : "quiz.result.clauseDropped",
                            c.documentTitle(), c.heading()))
                    .or(() -> now.map(c -> messages.text("quiz.result.clauseCited", c.documentTitle(), c.heading())))
                    .or(() -> documents.citedEarlier(id).map(c -> messages.text("quiz.result.clauseDropped",
                            c.documentTitle(), c.heading())))
                    .orElseGet(() -> messages.text("quiz.result.clause", id));
        });
    }

    /**
     * A download's file name: the text without what file systems refuse (/ \ : * ? " &lt; &gt; |) or cannot show
     * (control characters), so that "合格证书-李明-2026年度保密知识考试-2026-11-23.pdf" is found again by its name.
     */
    static String fileName(String text) {
        String name = text.codePoints().filter(c -> !Character.isISOControl(c) && "/\\:*?\"<>|".indexOf(c) < 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return (name.isEmpty() ? "certificate" : name) + ".pdf";
    }

    /** The PDF certificate of a passed exam, with the person's name from the roster, in the page's language. */
    public StreamedContent getCertificate() throws IOException {
        EmployeeRow me = person.get().orElseThrow();
        Certificate issued;
        try {
            issued = attempts.certificate(attempt, me.getEmployeeNo(), me.getName(), unit.get(), ZoneId.of(zone));
        } catch (QuizRefusedException refused) {
            if (result != null && (refused.reason() == QuizRefusedException.Reason.CERTIFICATE_REVOKED
                    || refused.reason() == QuizRefusedException.Reason.SUPERSEDED)) {
                // the taker's own pass, voided or superseded since the page was opened: the page again, saying when,
                // by whom and why, as it says when opened anew; it answered 404 "页面不存在" (outside check ex-s38b 2)
                revocation = certificates.revocationOf(attempt).orElse(null);
                superseding = attempts.supersededBy(attempt).orElse(null);
                messages.warn("quiz.result.certificateRefused");
                return null;
            }
            // a download of someone else's attempt, one that was not passed, or a forged attempt id: not found, as
            // the page itself answers (it was the error page and a 500, with the refusal in the log)
            NotFound.answer(external);
            return null;
        }
        Certificate certificate = issued.withVerifyUrl(CertificateCheckView.address(publicUrl,
                issued.verificationCode()));
        byte[] pdf = CertificatePdf.render(certificate, localeSelection.getLocale());
        return DefaultStreamedContent.builder().name(fileName(messages.text("quiz.result.certificateFile",
                        certificate.personName(), certificate.quizTitle(), certificate.passedOn().toString())))
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf)).contentLength((long) pdf.length).build();
    }

    public void load() throws IOException {
        String me = person.employeeNo().orElse(null);
        if (attempt == null || me == null) {
            NotFound.answer(external);
            return;
        }
        try {
            result = attempts.result(attempt, me);
            revocation = certificates.revocationOf(attempt).orElse(null);
            superseding = attempts.supersededBy(attempt).orElse(null);
        } catch (QuizRefusedException refused) {
            // 404 for someone else's attempt too: nobody learns by trying ids which attempts exist
            NotFound.answer(external);
        }
    }

    public Long getAttempt() {
        return attempt;
    }

    public void setAttempt(Long attempt) {
        this.attempt = attempt;
    }

    /** The revocation of this exam's certificate, null while it stands: the page says so instead of a download. */
    public Certificates.Revocation getRevocation() {
        return revocation;
    }

    /**
     * The later failed attempt that superseded this pass (a quiz graded by the last attempt), null while it stands:
     * the page says so instead of a download.
     */
    public org.shoumi.quizzes.attempts.boundary.QuizAttempts.Superseding getSuperseding() {
        return superseding;
    }

    /** When the superseding attempt was handed in, as pages show times. */
    public String getSupersededAt() {
        return superseding == null ? null : times.format(superseding.finishedAt());
    }

    /** Who revoked the certificate, by the person's name (the login for one without a person); null while it stands. */
    public String getRevokedBy() {
        return revocation == null ? null : personNames.of(revocation.by());
    }

    /** When the certificate was revoked, as pages show times. */
    public String getRevokedAt() {
        return revocation == null ? null : times.format(revocation.at());
    }

    public ResultView getResult() {
        return result;
    }
}
