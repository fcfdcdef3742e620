package org.shoumi.portal.web.quizzes;

import org.shoumi.portal.web.shared.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.content.documents.entity.DocumentVersion;
import org.shoumi.portal.organisation.boundary.Organisation;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.quizzes.attempts.boundary.QuizRefusedException;
import org.shoumi.quizzes.attempts.boundary.Quizzes;
import org.shoumi.quizzes.stats.control.ItemStatistics;

/** Item statistics of one quiz, weakest topics, and for contests the department ranking. */
@Named
@RequestScoped
public class QuizStatsView {

    @Inject
    Quizzes quizzes;

    @Inject
    Organisation organisation;

    @Inject
    Documents documents;

    @Inject
    org.shoumi.portal.reports.boundary.YearReports yearReports;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Inject
    ExternalContext external;

    @Inject
    org.shoumi.portal.web.shared.Messages messages;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "shoumi.quizzes.review.facility", defaultValue = "0.95")
    double reviewFacility;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "shoumi.quizzes.review.min-answers", defaultValue = "30")
    int reviewMinAnswers;

    private String quiz;

    /** The answers a question needs before it is flagged at all ({@code shoumi.quizzes.review.min-answers}). */
    public int getReviewMinAnswers() {
        return reviewMinAnswers;
    }
    private Quizzes.Statistics statistics;
    private List<Quizzes.DepartmentRank> ranking;
    private List<Department> departments;

    @org.shoumi.portal.web.shared.ChangesNothing
    public void load() throws IOException {
        try {
            statistics = quizzes.statistics(quiz,
                    ItemStatistics.Thresholds.standard().withReview(reviewFacility, reviewMinAnswers));
            ranking = quizzes.isContest(quiz) ? quizzes.ranking(quiz, departmentAtYearEnd()) : List.of();
            departments = organisation.departments();
        } catch (QuizRefusedException unknown) {
            NotFound.answer(external);
        }
    }

    /**
     * The department a contestant counts in for the moment of their best attempt: where the personnel history puts
     * them at the end of that year, as the year report counts a person's exams ({@code YearReports#departmentsOfYear},
     * read once per year asked).
     */
    private java.util.function.BiFunction<String, java.time.Instant, String> departmentAtYearEnd() {
        java.time.ZoneId unitZone = java.time.ZoneId.of(zone);
        Map<Integer, Map<String, String>> years = new HashMap<>();
        return (person, at) -> years.computeIfAbsent(at.atZone(unitZone).getYear(), yearReports::departmentsOfYear)
                .get(person);
    }

    private final Map<String, Optional<String>> titles = new HashMap<>();

    /**
     * The title of the document a topic is (the document of the questions' clauses), as readers know it; empty for
     * questions cited no clause (imported ones) or a document no longer in the pack.
     */
    public String topicTitle(String topic) {
        return titles.computeIfAbsent(topic, k -> documents.current(k).map(DocumentVersion::getTitle)).orElse(null);
    }

    /**
     * How often each answer was given, as a reader says it: "A 3 · B 1", 正确/错误 for a true-or-false question
     * (the page showed the map itself, "{TRUE=1}").
     */
    public String options(java.util.Map<String, Integer> counts) {
        if (counts == null || counts.isEmpty()) {
            return "–";
        }
        return counts.entrySet().stream().map(e -> answer(e.getKey()) + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    private String answer(String given) {
        return "TRUE".equals(given) || "FALSE".equals(given) ? messages.text("quiz.judge." + given) : given;
    }

    public String departmentName(String code, String language) {
        if (departments == null) {
            departments = organisation.departments();
        }
        return departments.stream().filter(d -> d.getCode().equals(code)).findFirst()
                .map(d -> d.nameIn(language)).orElse(code);
    }

    public String getQuiz() {
        return quiz;
    }

    public void setQuiz(String quiz) {
        this.quiz = quiz;
    }

    /**
     * The statistics, read on first use when the page's view action did not run: a post of the page's own forms (作废考试成绩)
     * draws it again with this request-scoped bean new and its quiz restored from the view parameter.
     */
    public Quizzes.Statistics getStatistics() {
        if (statistics == null && quiz != null) {
            try {
                statistics = quizzes.statistics(quiz,
                        ItemStatistics.Thresholds.standard().withReview(reviewFacility, reviewMinAnswers));
            } catch (QuizRefusedException unknown) {
                return null;
            }
        }
        return statistics;
    }

    /** The questions the statistics ask an officer to look at (REVIEW flag), worst facility first. */
    public List<ItemStatistics.Item> getForReview() {
        return getStatistics() == null ? List.of() : getStatistics().items().stream()
                .filter(i -> i.flags().contains(ItemStatistics.Flag.REVIEW))
                .sorted(java.util.Comparator.comparingDouble(ItemStatistics.Item::facility).reversed()).toList();
    }

    public List<Quizzes.DepartmentRank> getRanking() {
        if (ranking == null && quiz != null) {
            ranking = quizzes.isContest(quiz) ? quizzes.ranking(quiz, departmentAtYearEnd()) : List.of();
        }
        return ranking;
    }
}
