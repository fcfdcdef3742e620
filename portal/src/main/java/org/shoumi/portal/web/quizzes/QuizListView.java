package org.shoumi.portal.web.quizzes;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.omnifaces.cdi.ViewScoped;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.programmes.boundary.StepRefusedException;
import org.shoumi.portal.web.programmes.StepRefusals;
import org.shoumi.portal.web.shared.CurrentPerson;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.shared.TransientConflicts;
import org.shoumi.quizzes.attempts.boundary.QuizRefusedException;
import org.shoumi.quizzes.attempts.boundary.QuizSummary;
import org.shoumi.quizzes.attempts.boundary.TakerView;

/**
 * My quizzes: what I may take, my grades, and the attempt I can resume. View-scoped: the list is the one the page
 * rendered, so that a button of a row starts or resumes the quiz shown on that row. Request-scoped, the list was
 * built again on the postback and the row number posted was resolved against it: when a quiz was defined or taken
 * off the list meanwhile, 开始 on one title started the quiz that had moved onto that row, spending its only attempt
 * (outside check ex-s38b 1). The action then asks again whether the quiz pressed is still open to the person.
 */
@Named
@ViewScoped
public class QuizListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Programmes programmes;

    @Inject
    CurrentPerson person;

    @Inject
    Messages messages;

    private List<QuizSummary> quizzes;

    /** By quiz code: the day the programmes asking for it open, for a quiz none of whose programmes has opened. */
    private final java.util.HashMap<String, java.time.LocalDate> opensOn = new java.util.HashMap<>();

    @PostConstruct
    void load() {
        opensOn.clear();
        // a quiz of a plan item is listed only for the people the item concerns
        quizzes = person.employeeNo().map(programmes::quizzesFor).orElse(List.of());
        // next year's exam, once the officer started next year's plan: 未开始（2027-01-01 起）, not 开始 (which
        // answered 系统错误; outside check)
        person.employeeNo().ifPresent(no -> quizzes.forEach(q -> programmes.opensLater(no, q.code())
                .ifPresent(day -> opensOn.put(q.code(), day))));
    }

    /** The day the quiz opens for me, when every programme asking for it starts later; null otherwise. */
    public java.time.LocalDate opensOn(String code) {
        return opensOn.get(code);
    }

    public List<QuizSummary> getQuizzes() {
        return quizzes;
    }

    public boolean isPerson() {
        return person.get().isPresent();
    }

    /**
     * Starts a quiz and opens it: the quiz of the row pressed, as the page showed it. Through the programmes, which
     * hold the onboarding exam back until the reading is done; the refusal names what is missing. A quiz no longer
     * open to the person (taken off their list by a campaign or plan item, retired, or they left the unit since the
     * page was opened) is refused by its title, nothing started, and the list is shown as it is now.
     */
    public String start(String code) {
        EmployeeRow me = person.get().orElse(null);
        if (me == null) {
            messages.error("quiz.refused.NOT_YOURS");
            return null;
        }
        String title = shown(code).map(QuizSummary::title).orElse(code);
        if (!programmes.mayTake(me.getEmployeeNo(), code)) {
            return refusedAsChanged(title);
        }
        try {
            TakerView view = TransientConflicts.retry(
                    () -> programmes.startQuiz(code, me.getEmployeeNo(), me.getDepartmentCode()));
            return Actions.redirect("/quizzes/take.xhtml?attempt=" + view.attemptId());
        } catch (org.shoumi.portal.programmes.boundary.QuizNotTargetedException notForMe) {
            return refusedAsChanged(title);
        } catch (org.shoumi.portal.programmes.boundary.ProgrammeNotOpenException notYet) {
            messages.error("quiz.start.notYetOpen", notYet.opensOn());
        } catch (StepRefusedException tooEarly) {
            StepRefusals.show(messages, tooEarly);
        } catch (QuizRefusedException refused) {
            if (refused.reason() == QuizRefusedException.Reason.UNKNOWN_QUIZ) {
                return refusedAsChanged(title); // retired since the page was opened
            }
            messages.error("quiz.refused." + refused.reason().name());
        } catch (TransientConflicts.Busy busy) {
            messages.error("quiz.busy");
            return null;
        }
        load(); // the list as it is now beside the refusal (attempts used meanwhile, a paper opened elsewhere)
        return null;
    }

    /**
     * Continues the paper of the row pressed: its own attempt, never a new one. The take page says what became of
     * it meanwhile (handed in, its time up: the result; no longer offered to a leaver: the home page).
     */
    @org.shoumi.portal.web.shared.ChangesNothing
    public String resume(Long attempt) {
        if (attempt == null) {
            return null;
        }
        return Actions.redirect("/quizzes/take.xhtml?attempt=" + attempt);
    }

    /** The quiz of this code as the page showed it. */
    private Optional<QuizSummary> shown(String code) {
        return quizzes == null ? Optional.empty() : quizzes.stream().filter(q -> q.code().equals(code)).findFirst();
    }

    /** The quiz pressed is no longer open to the person: said by its title, nothing started, the list as it is now. */
    private String refusedAsChanged(String title) {
        messages.error("quiz.list.noLongerOpen", title);
        load();
        return null;
    }
}
