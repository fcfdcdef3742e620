package org.shoumi.portal.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Adds Faces messages by bundle key, in the user's language. Never literal text. */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "org.shoumi.portal.i18n.messages";

    @Inject
    FacesContext faces;

    @Inject
    LocaleSelection localeSelection;

    public void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    public void warn(String key, Object... args) {
        add(FacesMessage.SEVERITY_WARN, key, args);
    }

    public void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, key, args);
    }

    /**
     * The text of a key in the user's language. Taken from the session's choice, not the view root, whose
     * locale is not yet set while view parameters and view actions run.
     */
    public String text(String key, Object... args) {
        return text(localeSelection.getLocale(), key, args);
    }

    /** The text of a key in this language, for callers outside a Faces request (a servlet). */
    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    private void add(FacesMessage.Severity severity, String key, Object... args) {
        String text = text(key, args);
        FacesMessage message = new FacesMessage(severity, text, null);
        faces.addMessage(null, message);
        // messages survive the redirect of Post/Redirect/Get
        PendingMessages.keep(faces, message);
    }
}
