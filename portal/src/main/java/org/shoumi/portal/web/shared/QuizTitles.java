package org.shoumi.portal.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.stream.Collectors;
import org.shoumi.quizzes.attempts.boundary.Quizzes;
import org.shoumi.quizzes.attempts.entity.Quiz;

/**
 * Pages name a programme's exam by its title, not only "通过考试": {@code #{quizTitles.of(step.target)}} gives the
 * title of the quiz of that code (the code itself for a quiz that is gone). The quizzes are read once per request.
 */
@Named
@RequestScoped
public class QuizTitles {

    @Inject
    Quizzes quizzes;

    private Map<String, String> titles;

    public String of(String code) {
        if (code == null || code.isEmpty()) {
            return code;
        }
        if (titles == null) {
            titles = quizzes.all().stream().collect(Collectors.toMap(Quiz::getCode, Quiz::getTitle, (a, b) -> a));
        }
        return titles.getOrDefault(code, code);
    }
}
