package org.shoumi.portal.web.quizzes;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.omnifaces.cdi.ViewScoped;
import org.shoumi.portal.departures.boundary.Restriction;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.CurrentPerson;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.quizzes.attempts.control.Response;
import org.shoumi.quizzes.attempts.control.QuestionDraw;
import org.shoumi.quizzes.daily.boundary.DailyPractice;
import org.shoumi.quizzes.daily.boundary.DailyRefusedException;

/**
 * 每日一练: today's question for the person behind the login, answered once, then the right answer, its explanation
 * and the streak. A login without a person (auditor, administrator) has none.
 */
@Named
@ViewScoped
public class DailyView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LETTERS = "ABCDEF";

    @Inject
    DailyPractice daily;

    @Inject
    CurrentPerson person;

    @Inject
    Messages messages;

    @Inject
    org.shoumi.portal.departures.boundary.Departures departures;

    private String personKey;
    private String ownPost;
    private boolean leftUnit;
    private boolean inPostExitPeriod;
    private DailyPractice.Today today;
    private String choice;
    private List<String> choices = new ArrayList<>();
    private List<String> blanks = new ArrayList<>();

    @PostConstruct
    void init() {
        // 每日一练 is for the people of the unit: one who left it (离职) logs in for their 脱密期 and records
        leftUnit = person.get().map(p -> !departures.offersDailyPractice(p.getStatus())).orElse(false);
        personKey = leftUnit ? null : person.employeeNo().orElse(null);
        // as the home page decides whether to show the 脱密期: a 非涉密 leaver has none, another's may have ended
        inPostExitPeriod = leftUnit && person.employeeNo().flatMap(departures::restrictionOf)
                .map(Restriction::restricted).orElse(false);
        ownPost = person.get().map(p -> QuestionDraw.ownPostCategory(p.getPostCode())).orElse(null);
        today = personKey == null ? null : daily.today(personKey, ownPost).orElse(null);
        if (today != null) {
            blanks = new ArrayList<>(IntStream.range(0, today.blanks()).mapToObj(i -> "").toList());
        }
    }

    /** Records the answer; the page then shows the right answer and why. */
    public String answer() {
        if (today == null || today.answered() != null) {
            return null;
        }
        Response response = switch (today.type()) {
            case SINGLE -> Response.ofLetters(choice == null ? List.of() : List.of(choice));
            case MULTI -> Response.ofLetters(choices);
            case JUDGE -> Response.ofTruth(choice == null ? null : "TRUE".equals(choice));
            case FILL -> Response.ofBlanks(blanks);
        };
        try {
            today = daily.answer(personKey, ownPost, today.questionKey(), response);
            messages.info(today.answered().right() ? "quiz.daily.right" : "quiz.daily.wrong");
            return Actions.redirect("/quizzes/daily");
        } catch (DailyRefusedException refused) {
            messages.error("quiz.daily.refused." + refused.reason().name());
            // the bank changed and so did today's question: the page opens again with it, instead of refusing
            // every answer to the question it still showed; answered meanwhile (another tab): the page opens again
            // with the answer, the verdict and the streak as stored (found by an outside check: the refusal stood
            // beside "已连续 0 天" and the empty form)
            return refused.reason() == DailyRefusedException.Reason.CHANGED
                    || refused.reason() == DailyRefusedException.Reason.ALREADY_ANSWERED
                    ? Actions.redirect("/quizzes/daily") : null;
        }
    }

    /** The letter of the option at {@code index}: A, B, C … */
    public String letter(int index) {
        return LETTERS.substring(index, index + 1);
    }

    public List<Integer> getOptionIndexes() {
        return today == null ? List.of() : IntStream.range(0, today.options().size()).boxed().toList();
    }

    public List<Integer> getBlankIndexes() {
        return today == null ? List.of() : IntStream.range(0, today.blanks()).boxed().toList();
    }

    public boolean isHasPerson() {
        return personKey != null;
    }

    /** Whether the person left the unit (离职): 每日一练 is not theirs any more. */
    public boolean isLeftUnit() {
        return leftUnit;
    }

    /**
     * Whether the person who left has a 脱密期 running, which their home page shows: a 非涉密 leaver was told "您的脱密期
     * 和记录见首页" of a period they never had (outside check).
     */
    public boolean isInPostExitPeriod() {
        return inPostExitPeriod;
    }

    public DailyPractice.Today getToday() {
        return today;
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public List<String> getChoices() {
        return choices;
    }

    public void setChoices(List<String> choices) {
        this.choices = choices;
    }

    public List<String> getBlanks() {
        return blanks;
    }
}
