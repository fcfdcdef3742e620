package org.shoumi.portal.web.quizzes;

import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.Allowed;
import org.shoumi.portal.web.shared.ChangesNothing;
import org.shoumi.portal.web.shared.NotFound;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.quizzes.attempts.boundary.Quizzes;
import org.shoumi.quizzes.bank.boundary.QuestionBank;
import org.shoumi.quizzes.bank.boundary.RevisionRefusedException;
import org.shoumi.quizzes.bank.control.importing.ImportProblem;
import org.shoumi.quizzes.bank.entity.BankQuestion;

/**
 * An officer's review of one bank question (quizzes/review.xhtml?key=…), opened from the item statistics: its
 * versions with who made or retired each and why, a revision (a new version; the attempts that asked the old one
 * keep it) and retiring it from future draws. The auditor reads the versions; revising and retiring are the
 * secrecy office's (and the administrator's).
 */
@Named
@ViewScoped
public class QuestionReviewView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int OPTIONS = 6;

    @Inject
    QuestionBank bank;

    @Inject
    Quizzes quizzes;

    @Inject
    ExternalContext external;

    @Inject
    Messages messages;

    @Inject
    Actions actions;

    @Inject
    org.shoumi.portal.web.shared.LocaleSelection localeSelection;

    @Inject
    org.shoumi.portal.web.shared.PersonNames personNames;

    @Inject
    org.shoumi.portal.web.shared.Times times;

    private String key;
    private List<BankQuestion> versions = List.of();
    private String stem;
    private final List<String> options = new ArrayList<>();
    private String answer;
    private String explanation;
    private int difficulty;
    private String clause;
    private String note;
    private String reason;

    @ChangesNothing
    public void load() throws IOException {
        versions = key == null ? List.of() : bank.versions(key);
        if (versions.isEmpty()) {
            NotFound.answer(external);
            return;
        }
        fill(versions.get(0));
    }

    /** The revision form as the version reads (the latest on opening; the latest as it is now after a conflict). */
    private void fill(BankQuestion latest) {
        stem = latest.getStem();
        options.clear();
        options.addAll(latest.getOptions());
        while (options.size() < OPTIONS) {
            options.add("");
        }
        // a true-or-false answer as the import, the export and the hint write it (对/错), not as stored (TRUE)
        answer = "TRUE".equals(latest.getAnswer()) ? "对" : "FALSE".equals(latest.getAnswer()) ? "错" : latest.getAnswer();
        explanation = latest.getExplanation();
        difficulty = latest.getDifficulty();
        clause = latest.getClause() == null ? "" : latest.getClause().code();
    }

    /** Whether this login revises and retires questions; an auditor reads the versions. */
    public boolean isMayAct() {
        return external.isUserInRole(Role.SECRECY_OFFICER.name()) || external.isUserInRole(Role.ADMIN.name());
    }

    /**
     * Whether a version was made (or retired) by the content pack shipped with the portal: it then shows
     * 内容包（随系统提供）and no time, as the document history does, not the raw "content-pack" and the time this
     * database took the pack in (outside check).
     */
    public boolean fromPack(String by) {
        return QuestionBank.PACK_SOURCE.equals(by);
    }

    /** A version's options as the taker saw them: "A. 甲 · B. 乙" (what a revision changed is read side by side). */
    public String optionsOf(BankQuestion version) {
        List<String> given = version.getOptions();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < given.size(); i++) {
            text.append(i == 0 ? "" : " · ").append((char) ('A' + i)).append(". ").append(given.get(i));
        }
        return text.toString();
    }

    /** A version's right answer: the letters, 正确/错误 for a true-or-false question, the accepted words of a blank. */
    public String answerOf(BankQuestion version) {
        String answer = version.getAnswer();
        return "TRUE".equals(answer) || "FALSE".equals(answer) ? messages.text("quiz.judge." + answer) : answer;
    }

    public BankQuestion getLatest() {
        return versions.isEmpty() ? null : versions.get(0);
    }

    public boolean isChoice() {
        return getLatest() != null && getLatest().getType().hasOptions();
    }

    @Allowed({Role.SECRECY_OFFICER, Role.ADMIN})
    public String revise() {
        BankQuestion latest = getLatest();
        if (latest == null || !latest.isActive()) {
            messages.error("quiz.review.retired");
            return null;
        }
        // every field as typed: the bank drops the empty ones after the last option and names a gap before it (the
        // form kept only the options before the first empty field, and 甲,'',丙 was "2 to 6 options")
        List<String> given = isChoice() ? options.stream().map(o -> o == null ? "" : o.strip()).toList() : List.of();
        // a clause the rules in force do not have is one of the revision's problems, said beside its field with the
        // others (it was said alone at the top, and the others only once it was mended: outside check)
        String cited = clause == null ? "" : clause.strip();
        try {
            String next = bank.revise(latest.getQuestionKey(), new QuestionBank.Revision(stem, given, answer,
                    explanation, difficulty, note, cited), external.getRemoteUser());
            messages.info("quiz.review.revised", next);
            return Actions.redirect("/quizzes/review.xhtml?key=" + next);
        } catch (RevisionRefusedException refused) {
            if (refused.reason() == RevisionRefusedException.Reason.RETIRED) {
                // a colleague revised or retired the question since the page was opened: said which, and the
                // versions shown as they are now (the table still read 使用中: outside check); what was typed stays
                Conflict conflict = conflict(latest.getQuestionKey());
                if (conflict.replacedBy() != null) {
                    messages.error("quiz.review.replacedNotRevised", conflict.page().getQuestionKey(),
                            times.format(conflict.page().getRetiredAt()), personNames.of(conflict.page().getRetiredBy()),
                            conflict.replacedBy().getQuestionKey());
                } else {
                    messages.error("quiz.review.refused.RETIRED");
                }
                FacesContext.getCurrentInstance().validationFailed();
                return null;
            }
            // each problem beside its field, said as the import says it; what was typed stays in the form
            messages.error("quiz.review.refused." + refused.reason().name());
            FacesContext faces = FacesContext.getCurrentInstance();
            for (ImportProblem problem : refused.problems()) {
                String text = ImportTexts.text(problem, localeSelection.getLocale());
                faces.addMessage(fieldOf(problem), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            }
            faces.validationFailed();
            return null;
        } catch (org.shoumi.quizzes.bank.boundary.RevisionUnchangedException same) {
            messages.error("quiz.review.unchanged");
            return null;
        }
    }

    /**
     * The form's field a problem of the revision is said beside (null: among the form's messages): a problem of one
     * option (named by its letter, the problem's first argument) beside that option, one of the options together
     * beside the last of them.
     */
    static String fieldOf(ImportProblem problem) {
        String field = switch (problem.key()) {
            case "import.error.noStem", "import.error.stemTooLong", "import.error.sameAsHeld" -> "stem";
            case "import.error.optionGap", "import.error.optionRepeated", "import.error.optionTooLong" ->
                    optionField(problem.args().isEmpty() ? "" : problem.args().get(0));
            case "import.error.tooFewOptions", "import.error.tooManyOptions", "import.error.optionsNotTaken" ->
                    "options";
            case "import.error.explanationTooLong" -> "explanation";
            case "import.error.noAnswer", "import.error.answer", "import.error.answerNotAnOption",
                 "import.error.answerRepeatedLetter", "import.error.multiNeedsTwo", "import.error.singleNeedsOne",
                 "import.error.fillBlankCount", "import.error.answerTooLong" -> "answer";
            case "import.error.clauseUnknown" -> "clause";
            default -> null;
        };
        return field == null ? null : "revise:" + field;
    }

    /** The field of option {@code letter} (A to F); the options' own message for anything else. */
    private static String optionField(String letter) {
        return letter.length() == 1 && letter.charAt(0) >= 'A' && letter.charAt(0) < 'A' + OPTIONS
                ? "choices:" + (letter.charAt(0) - 'A') + ":option" : "options";
    }

    @Allowed({Role.SECRECY_OFFICER, Role.ADMIN})
    public String retire() {
        BankQuestion latest = getLatest();
        if (latest == null) {
            return actions.reopen("/quizzes/review.xhtml?key=" + (key == null ? "" : key));
        }
        if (!org.shoumi.content.text.Texts.saysSomething(reason)) {
            // "-" alone retired a question, and the import's notes quoted it as why (outside check ex-s37d 2)
            messages.error("quiz.review.reason.required");
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        try {
            bank.retire(latest.getQuestionKey(), reason, external.getRemoteUser());
            messages.info("quiz.review.retiredNow", latest.getQuestionKey());
            // the quizzes the bank can no longer draw are named now, not when a taker is refused (outside check)
            List<Quizzes.Shortfall> undrawable = quizzes.undrawable();
            if (!undrawable.isEmpty()) {
                messages.warn("quiz.review.retiredUndrawable", undrawable.stream()
                        .map(q -> messages.text("quiz.review.undrawableQuiz", q.title(), q.code(), q.needed(),
                                q.available()))
                        .collect(java.util.stream.Collectors.joining(messages.text("common.partSeparator"))));
            }
            return Actions.redirect("/quizzes/review.xhtml?key=" + latest.getQuestionKey());
        } catch (IllegalStateException retired) {
            // retired already (here, or by a colleague meanwhile): said when and by whom, not "revise the latest";
            // replaced by a colleague's revision meanwhile: not "retired", for the new version is still drawn
            // (the page said "已于 … 停用，无需再次停用" and v2 stayed in use: outside check)
            Conflict conflict = conflict(latest.getQuestionKey());
            BankQuestion now = conflict.page();
            if (conflict.replacedBy() != null) {
                messages.error("quiz.review.replacedNotRetired", now.getQuestionKey(), times.format(now.getRetiredAt()),
                        personNames.of(now.getRetiredBy()), conflict.replacedBy().getQuestionKey());
                // the form now revises and retires the version in use, and reads as it does
                fill(conflict.replacedBy());
            } else if (now.getRetiredAt() != null) {
                BankQuestion gone = conflict.newest();
                messages.error("quiz.review.alreadyRetired", gone.getQuestionKey(), times.format(gone.getRetiredAt()),
                        personNames.of(gone.getRetiredBy()));
            } else {
                messages.error("quiz.review.retired");
            }
            return null;
        }
    }

    /**
     * What the page's version met, read again: the page's version as it is now, the newest version of its lineage,
     * and that newest version when it is in use and a revision replaced the page's version (else null). The versions
     * the page shows are read again with it.
     */
    record Conflict(BankQuestion page, BankQuestion newest, BankQuestion replacedBy) {
    }

    private Conflict conflict(String pageKey) {
        versions = bank.versions(pageKey);
        BankQuestion page = versions.stream().filter(v -> v.getQuestionKey().equals(pageKey)).findFirst()
                .orElse(versions.get(0));
        return conflict(page, versions.get(0));
    }

    /** The rule of {@link Conflict}: a revision replaced the page's version and the newest version is in use. */
    static Conflict conflict(BankQuestion page, BankQuestion newest) {
        boolean replaced = page.isRetiredByRevision() && newest != page
                && !newest.getQuestionKey().equals(page.getQuestionKey());
        if (replaced && newest.isActive()) {
            return new Conflict(page, newest, newest);
        }
        // a revision replaced it and the newest version was retired since: the lineage is retired, said of the newest
        return new Conflict(page, replaced ? newest : page, null);
    }

    public String getClause() {
        return clause;
    }

    public void setClause(String clause) {
        this.clause = clause;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public List<BankQuestion> getVersions() {
        return versions;
    }

    public String getStem() {
        return stem;
    }

    public void setStem(String stem) {
        this.stem = stem;
    }

    public List<String> getOptions() {
        return options;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public int getDifficulty() {
        return difficulty;
    }

    public void setDifficulty(int difficulty) {
        this.difficulty = difficulty;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
