package org.shoumi.portal.web.quizzes;

import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.NotFound;
import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.portal.programmes.boundary.ProgrammeNotOpenException;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.programmes.boundary.Progress;
import org.shoumi.portal.programmes.boundary.QuizNotTargetedException;
import org.shoumi.portal.programmes.boundary.StepRefusedException;
import org.shoumi.portal.web.programmes.StepRefusals;
import org.shoumi.portal.web.shared.CurrentPerson;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.shared.TransientConflicts;
import org.shoumi.quizzes.attempts.boundary.QuizAttempts;
import org.shoumi.quizzes.attempts.boundary.QuizRefusedException;
import org.shoumi.quizzes.attempts.boundary.QuizSummary;
import org.shoumi.quizzes.attempts.boundary.TakerView;

/**
 * One quiz before it is started, as the home page's step links to it ({@code quizzes/start.xhtml?quiz=CODE}): its
 * rules, my attempts, the campaign or plan item that asks for it, and the button that starts or resumes it. A quiz
 * I may not take (unknown, closed, or a plan item's quiz not given to me) answers 404.
 */
@Named
@ViewScoped
public class QuizStartView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuizAttempts attempts;

    @Inject
    Programmes programmes;

    @Inject
    CurrentPerson person;

    @Inject
    ExternalContext external;

    @Inject
    Messages messages;

    @Inject
    Actions actions;

    private String quiz;
    private QuizSummary summary;
    private List<Progress> askedBy = List.of();
    /** The programmes of mine (not closed) whose step passing this quiz is done. */
    private List<Progress> passedFor = List.of();
    /** The day the programmes asking for the quiz open, when none has yet: the quiz is not offered before. */
    private java.time.LocalDate opensOn;

    public void load() throws IOException {
        String no = person.employeeNo().orElse(null);
        if (quiz == null || no == null || !programmes.mayTake(no, quiz)) {
            NotFound.answer(external);
            return;
        }
        summary = summaryFor(no).orElse(null);
        if (summary == null) {
            NotFound.answer(external);
            return;
        }
        String username = external.getRemoteUser();
        List<Progress> mine = programmes.of(username);
        // a programme whose exam step is done no longer asks for it, even while its other steps are open
        askedBy = mine.stream().filter(p -> p.stillAsksQuiz(quiz)).toList();
        passedFor = mine.stream().filter(p -> !p.closed() && p.quizDone(quiz)).toList();
        opensOn = programmes.opensLater(no, quiz).orElse(null);
    }

    public String start() {
        EmployeeRow me = person.get().orElse(null);
        if (summary == null && quiz != null && me != null && programmes.mayTake(me.getEmployeeNo(), quiz)) {
            // posted from a page the browser kept (Back after starting, a second click): the view's bean ended
            // when the take page opened, the quiz named by the page is still known, so the open attempt is resumed
            // instead of a page of "null 题"
            summary = summaryFor(me.getEmployeeNo()).orElse(null);
        }
        if (me == null || summary == null) {
            // nothing left to start from: the page again, as it is now (or the quiz list), never a page of nulls
            return actions.reopen(quiz == null ? "/quizzes/list.xhtml" : "/quizzes/start.xhtml?quiz="
                    + java.net.URLEncoder.encode(quiz, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (!programmes.mayTake(me.getEmployeeNo(), quiz)) {
            // no longer open to the person since the page was opened (they left the unit, a campaign took it off
            // their list): said, nothing started; 开始 here started a new attempt (left by fixer fx-hf)
            messages.error("quiz.start.noLongerOpen", summary.title());
            return null;
        }
        try {
            TakerView view = TransientConflicts.retry(
                    () -> programmes.startQuiz(quiz, me.getEmployeeNo(), me.getDepartmentCode()));
            return Actions.redirect("/quizzes/take.xhtml?attempt=" + view.attemptId());
        } catch (QuizNotTargetedException notForMe) {
            messages.error("quiz.refused.UNKNOWN_QUIZ");
        } catch (ProgrammeNotOpenException notYet) {
            opensOn = notYet.opensOn();
            messages.error("quiz.start.notYetOpen", notYet.opensOn());
        } catch (StepRefusedException tooEarly) {
            StepRefusals.show(messages, tooEarly);
        } catch (QuizRefusedException refused) {
            messages.error("quiz.refused." + refused.reason().name());
            // the page shows the quiz as it is now (attempts used elsewhere meanwhile), not "已用 0 / 1" beside the
            // refusal (outside check)
            summary = summaryFor(me.getEmployeeNo()).orElse(summary);
        } catch (TransientConflicts.Busy busy) {
            messages.error("quiz.busy");
        }
        return null;
    }

    /** The page's quiz as this person's quiz list has it now (attempts used, an open attempt). */
    private java.util.Optional<QuizSummary> summaryFor(String employeeNo) {
        return attempts.quizzesFor(employeeNo).stream().filter(q -> q.code().equals(quiz)).findFirst();
    }

    public String getQuiz() {
        return quiz;
    }

    public void setQuiz(String quiz) {
        this.quiz = quiz;
    }

    public QuizSummary getSummary() {
        return summary;
    }

    public java.time.LocalDate getOpensOn() {
        return opensOn;
    }

    /** The programmes of mine whose exam step this quiz has completed. */
    public List<Progress> getPassedFor() {
        return passedFor;
    }

    /** The open programmes of mine still waiting for this quiz, with their campaign and due date. */
    public List<Progress> getAskedBy() {
        return askedBy;
    }
}
