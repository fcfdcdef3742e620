package org.shoumi.portal.web.quizzes;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.quizzes.certificates.control.CertificatePdf;
import org.shoumi.portal.web.shared.CurrentPerson;
import org.shoumi.portal.web.shared.LocaleSelection;
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
    @ConfigProperty(name = "shoumi.unit.name", defaultValue = "本单位")
    String unit;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    private Long attempt;
    private ResultView result;

    /** The PDF certificate of a passed exam, with the person's name from the roster, in the page's language. */
    public StreamedContent getCertificate() {
        EmployeeRow me = person.get().orElseThrow();
        byte[] pdf = CertificatePdf.render(attempts.certificate(attempt, me.getEmployeeNo(), me.getName(), unit,
                ZoneId.of(zone)), localeSelection.getLocale());
        return DefaultStreamedContent.builder().name("certificate-" + attempt + ".pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf)).contentLength((long) pdf.length).build();
    }

    public void load() throws IOException {
        String me = person.employeeNo().orElse(null);
        if (attempt == null || me == null) {
            external.responseSendError(404, null);
            return;
        }
        try {
            result = attempts.result(attempt, me);
        } catch (QuizRefusedException refused) {
            AttemptPages.refuse(external, refused);
        }
    }

    public Long getAttempt() {
        return attempt;
    }

    public void setAttempt(Long attempt) {
        this.attempt = attempt;
    }

    public ResultView getResult() {
        return result;
    }
}
