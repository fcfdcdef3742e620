package org.shoumi.portal.web.quizzes;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
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

/** My quizzes: what I may take, my grades, and the attempt I can resume. */
@Named
@RequestScoped
public class QuizListView {

    @Inject
    Programmes programmes;

    @Inject
    CurrentPerson person;

    @Inject
    Messages messages;

    private List<QuizSummary> quizzes;

    /** By quiz code: the day the programmes asking for it open, for a quiz none of whose programmes has opened. */
    private final java.util.Map<String, java.time.LocalDate> opensOn = new java.util.HashMap<>();

    @PostConstruct
    void load() {
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
     * Starts (or resumes) a quiz and opens it. Through the programmes, which hold the onboarding exam back until
     * the reading is done; the refusal names what is missing.
     */
    public String start(String code) {
        EmployeeRow me = person.get().orElse(null);
        if (me == null) {
            messages.error("quiz.refused.NOT_YOURS");
            return null;
        }
        try {
            TakerView view = TransientConflicts.retry(
                    () -> programmes.startQuiz(code, me.getEmployeeNo(), me.getDepartmentCode()));
            return Actions.redirect("/quizzes/take.xhtml?attempt=" + view.attemptId());
        } catch (org.shoumi.portal.programmes.boundary.QuizNotTargetedException notForMe) {
            messages.error("quiz.refused.UNKNOWN_QUIZ");
            return null;
        } catch (org.shoumi.portal.programmes.boundary.ProgrammeNotOpenException notYet) {
            messages.error("quiz.start.notYetOpen", notYet.opensOn());
            return null;
        } catch (StepRefusedException tooEarly) {
            StepRefusals.show(messages, tooEarly);
            return null;
        } catch (QuizRefusedException refused) {
            messages.error("quiz.refused." + refused.reason().name());
            return null;
        } catch (TransientConflicts.Busy busy) {
            messages.error("quiz.busy");
            return null;
        }
    }
}
