package org.shoumi.portal.web.quizzes;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.shoumi.quizzes.bank.control.importing.ImportProblem;

/**
 * The words of a question's problem ({@link ImportProblem}: a key of the quizzes module's import bundle with its
 * arguments) in the user's language: the import page's list and the review form's refusal say a problem alike.
 */
final class ImportTexts {

    static final String BUNDLE = "org.shoumi.quizzes.i18n.import_messages";

    private ImportTexts() {
    }

    static String text(ImportProblem problem, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return new MessageFormat(bundle.getString(problem.key()), locale).format(problem.args().toArray());
    }
}
