package org.shoumi.portal.web.quizzes;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.web.shared.CurrentPerson;
import org.shoumi.quizzes.attempts.boundary.FinishedAttempt;
import org.shoumi.quizzes.attempts.boundary.QuizAttempts;

/** 我的成绩: every finished attempt of mine, newest first, each with its result page and, when passed, certificate. */
@Named
@RequestScoped
public class QuizResultsView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    QuizAttempts attempts;

    @Inject
    CurrentPerson person;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    private List<FinishedAttempt> results;

    @PostConstruct
    void load() {
        results = person.employeeNo().map(attempts::finishedBy).orElse(List.of());
    }

    public List<FinishedAttempt> getResults() {
        return results;
    }

    public boolean isPerson() {
        return person.get().isPresent();
    }

    /** When the attempt finished, in the unit's time. */
    public String finished(FinishedAttempt a) {
        return a.finishedAt() == null ? "" : TIME.format(a.finishedAt().atZone(ZoneId.of(zone)));
    }
}
