package org.shoumi.portal.web.quizzes;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.content.documents.entity.DocumentVersion;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.Allowed;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.quizzes.attempts.boundary.QuizDraft;
import org.shoumi.quizzes.attempts.boundary.QuizRefusedException;
import org.shoumi.quizzes.attempts.boundary.Quizzes;
import org.shoumi.quizzes.attempts.control.QuizPolicy.GradingMethod;
import org.shoumi.quizzes.attempts.control.Scoring.MultiCredit;
import org.shoumi.quizzes.attempts.entity.DrawRuleSpec;
import org.shoumi.quizzes.attempts.entity.FeedbackPolicy;
import org.shoumi.quizzes.attempts.entity.Quiz;
import org.shoumi.quizzes.attempts.entity.QuizMode;
import org.shoumi.quizzes.bank.boundary.QuestionBank;

/**
 * The quizzes as defined: the list with each quiz's pass mark, time limit, attempts, grading and draw, read by the
 * secrecy office and the auditor; the form for a new one, the secrecy office's (and the administrator's).
 */
@Named
@ViewScoped
public class QuizManageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Quizzes quizzes;

    @Inject
    QuestionBank bank;

    @Inject
    Messages messages;

    @Inject
    Documents documents;

    @Inject
    ExternalContext external;

    private List<Quiz> all;
    /** The active quizzes the bank can no longer draw, by code. */
    private final Map<String, Quizzes.Shortfall> undrawable = new java.util.HashMap<>();
    private List<String> categories;
    private Map<String, String> categoryLabels;
    private long bankSize;

    private String code;
    private String title;
    private QuizMode mode = QuizMode.EXAM;
    private int questionCount = 20;
    private String category;
    private int ownPostCount;
    private int minDifficulty = 1;
    private int maxDifficulty = 5;
    private int timeLimitMinutes = 30;
    private int passPercent = 80;
    private int attemptsAllowed = 2;
    private GradingMethod gradingMethod = GradingMethod.HIGHEST;
    private FeedbackPolicy feedback = FeedbackPolicy.FULL;
    private MultiCredit multiCredit = MultiCredit.PARTIAL;

    @PostConstruct
    void load() {
        all = quizzes.all();
        quizzes.undrawable().forEach(q -> undrawable.put(q.code(), q));
        categories = bank.categories();
        categoryLabels = new LinkedHashMap<>();
        categories.forEach(c -> categoryLabels.put(c, label(c)));
        bankSize = bank.activeCount(); // retired questions are not in the bank's size (outside check)
    }

    /** Whether this login defines quizzes (the secrecy office, the administrator); an auditor reads the list. */
    public boolean isMayAct() {
        return external.isUserInRole(Role.SECRECY_OFFICER.name()) || external.isUserInRole(Role.ADMIN.name());
    }

    /**
     * How a quiz draws its questions, rule by rule: how many, from which category (by its document's title, as the
     * form offers it) or the taker's own post's duties, and the difficulty range.
     */
    public String draw(Quiz quiz) {
        return quiz.getDrawRules().stream().map(this::drawRule).collect(java.util.stream.Collectors.joining(messages.text("common.partSeparator")));
    }

    private String drawRule(DrawRuleSpec rule) {
        String from = rule.isOwnPost() ? messages.text("quiz.manage.draw.ownPost")
                : rule.getCategory() == null ? messages.text("quiz.manage.field.category.all")
                : categoryLabel(rule.getCategory());
        return messages.text("quiz.manage.draw.rule", rule.getCount(), from, rule.getMinDifficulty(),
                rule.getMaxDifficulty());
    }

    @Allowed({Role.SECRECY_OFFICER, Role.ADMIN})
    public String define() {
        if (minDifficulty > maxDifficulty) {
            messages.error("quiz.manage.difficultyRange");
            return null;
        }
        if (ownPostCount > questionCount) {
            messages.error("quiz.manage.ownPostTooMany", questionCount);
            return null;
        }
        try {
            quizzes.define(new QuizDraft(code.strip().toUpperCase(java.util.Locale.ROOT), title.strip(), mode,
                    questionCount, category, minDifficulty, maxDifficulty, timeLimitMinutes, passPercent,
                    attemptsAllowed, gradingMethod, feedback, multiCredit, ownPostCount), external.getRemoteUser());
            messages.info("quiz.manage.defined", title.strip());
            return Actions.redirect("/quizzes/manage.xhtml");
        } catch (QuizRefusedException refused) {
            switch (refused.reason()) {
                case CODE_TAKEN -> messages.error("quiz.manage.codeTaken", code.strip().toUpperCase(java.util.Locale.ROOT));
                case CODE_JUST_DEFINED -> {
                    // the form sent twice: the quiz the first press made is named, as other forms say of a repeat
                    String taken = code.strip().toUpperCase(java.util.Locale.ROOT);
                    messages.warn("quiz.manage.codeJustDefined", taken, quizzes.all().stream()
                            .filter(q -> q.getCode().equals(taken)).map(q -> q.getTitle()).findFirst().orElse(taken));
                }
                case CODE_RESERVED -> messages.error("quiz.manage.codeReserved", code.strip().toUpperCase(java.util.Locale.ROOT));
                case TITLE_TAKEN -> messages.error("quiz.manage.titleTaken", title.strip(), refused.other());
                case PASS_MARK_REQUIRED -> messages.error("quiz.manage.passMarkRequired");
                case CONTEST_GRADING -> messages.error("quiz.refused.CONTEST_GRADING");
                default -> {
                    if (refused.needed() >= 0) {
                        messages.error("quiz.manage.notEnoughQuestionsCount", refused.needed(), refused.available());
                    } else {
                        messages.error("quiz.manage.notEnoughQuestions");
                    }
                }
            }
            return null;
        }
    }

    public QuizMode[] getModes() {
        return QuizMode.values();
    }

    public GradingMethod[] getGradingMethods() {
        return GradingMethod.values();
    }

    public FeedbackPolicy[] getFeedbackPolicies() {
        return FeedbackPolicy.values();
    }

    public MultiCredit[] getMultiCredits() {
        return MultiCredit.values();
    }

    /** What the list says of a quiz the bank can no longer draw (a question it needs was retired); null otherwise. */
    public String shortfall(Quiz quiz) {
        Quizzes.Shortfall s = undrawable.get(quiz.getCode());
        return s == null ? null : messages.text("quiz.manage.undrawable", s.needed(), s.available());
    }

    public List<Quiz> getAll() {
        return all;
    }

    public List<String> getCategories() {
        return categories;
    }

    /**
     * A category as the pick list shows it: the title of the rule or duty its questions come from, with the
     * category itself (the shipped bank files its questions by document: {@code archives} for the rule
     * {@code rules.archives}, {@code duties.archivist} for the duty of that name); an imported bank's own category
     * as it is.
     */
    public String categoryLabel(String category) {
        return categoryLabels.getOrDefault(category, category);
    }

    private String label(String category) {
        return Stream.of(category, "rules." + category).map(documents::current).flatMap(Optional::stream)
                .findFirst().map(DocumentVersion::getTitle)
                .map(title -> messages.text("quiz.manage.field.category.document", title, category)).orElse(category);
    }

    public long getBankSize() {
        return bankSize;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public QuizMode getMode() {
        return mode;
    }

    public void setMode(QuizMode mode) {
        this.mode = mode;
    }

    public int getQuestionCount() {
        return questionCount;
    }

    public void setQuestionCount(int questionCount) {
        this.questionCount = questionCount;
    }

    public int getOwnPostCount() {
        return ownPostCount;
    }

    public void setOwnPostCount(int ownPostCount) {
        this.ownPostCount = ownPostCount;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public int getMinDifficulty() {
        return minDifficulty;
    }

    public void setMinDifficulty(int minDifficulty) {
        this.minDifficulty = minDifficulty;
    }

    public int getMaxDifficulty() {
        return maxDifficulty;
    }

    public void setMaxDifficulty(int maxDifficulty) {
        this.maxDifficulty = maxDifficulty;
    }

    public int getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public void setTimeLimitMinutes(int timeLimitMinutes) {
        this.timeLimitMinutes = timeLimitMinutes;
    }

    public int getPassPercent() {
        return passPercent;
    }

    public void setPassPercent(int passPercent) {
        this.passPercent = passPercent;
    }

    public int getAttemptsAllowed() {
        return attemptsAllowed;
    }

    public void setAttemptsAllowed(int attemptsAllowed) {
        this.attemptsAllowed = attemptsAllowed;
    }

    public GradingMethod getGradingMethod() {
        return gradingMethod;
    }

    public void setGradingMethod(GradingMethod gradingMethod) {
        this.gradingMethod = gradingMethod;
    }

    public FeedbackPolicy getFeedback() {
        return feedback;
    }

    public void setFeedback(FeedbackPolicy feedback) {
        this.feedback = feedback;
    }

    public MultiCredit getMultiCredit() {
        return multiCredit;
    }

    public void setMultiCredit(MultiCredit multiCredit) {
        this.multiCredit = multiCredit;
    }
}
