package org.shoumi.portal.incidents.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.shoumi.portal.incidents.entity.IncidentKind;
import org.shoumi.portal.incidents.entity.IncidentStep;
import org.shoumi.content.text.Texts;

/**
 * Closing a case against the four "不放过": the cause found (原因未查清不放过), those responsible dealt with (责任人员未处理
 * 不放过), the measures carried out (整改措施未落实不放过) and the people concerned educated (有关人员未受到教育不放过).
 * Each answer is required and must say something ({@link Texts#saysSomething}: "-" or "无" closed a case for good;
 * outside check); a kind that must be reported upwards cannot close before that report is recorded.
 */
public final class Closure {

    private Closure() {
    }

    /** The four answers as typed. */
    public record Answers(String cause, String responsibility, String measures, String education) {
    }

    /** Every reason the case cannot close now (empty: it may). */
    public static List<Refusal> problems(IncidentKind kind, Instant reportedUpwardAt, Answers a) {
        List<Refusal> problems = new ArrayList<>();
        check(a.cause(), Refusal.CAUSE_MISSING, Refusal.CAUSE_TOO_LONG, problems);
        check(a.responsibility(), Refusal.RESPONSIBILITY_MISSING, Refusal.RESPONSIBILITY_TOO_LONG, problems);
        check(a.measures(), Refusal.MEASURES_MISSING, Refusal.MEASURES_TOO_LONG, problems);
        check(a.education(), Refusal.EDUCATION_MISSING, Refusal.EDUCATION_TOO_LONG, problems);
        if (kind.requiresUpwardReport() && reportedUpwardAt == null) {
            problems.add(Refusal.UPWARD_REPORT_FIRST);
        }
        return problems;
    }

    private static void check(String answer, Refusal missing, Refusal tooLong, List<Refusal> problems) {
        String clean = Texts.clean(answer);
        if (clean == null || !Texts.saysSomething(clean)) {
            problems.add(missing);
        } else if (Texts.tooLong(clean, IncidentStep.MAX_CLOSURE)) {
            problems.add(tooLong);
        }
    }
}
