package org.shoumi.portal.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The language of this browser session: Chinese (zh_CN) unless the user switches to English. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

    private Locale locale = CHINESE;

    public Locale getLocale() {
        return locale;
    }

    /**
     * Says the page's language in the Content-Language header as well as in {@code <html lang>} (the server would
     * otherwise send its own default, "en", whatever the page is in). Called by the layout before it renders.
     */
    public void announce() {
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .setResponseHeader("Content-Language", locale.toLanguageTag());
    }

    /** "zh" or "en", for the html lang attribute and for links. */
    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Accepts "en" and "zh"/"zh_CN"/"zh-CN"; anything else leaves the language as it is. */
    public void setLanguage(String language) {
        Locale chosen = parse(language);
        if (chosen != null) {
            locale = chosen;
        }
    }

    /** Switches the language and shows the same page again, with its parameters. */
    public String switchTo(String language) {
        setLanguage(language);
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    static Locale parse(String language) {
        if (language == null) {
            return null;
        }
        String tag = language.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        if (tag.equals("en") || tag.startsWith("en-")) {
            return Locale.ENGLISH;
        }
        if (tag.equals("zh") || tag.equals("zh-cn") || tag.equals("zh-hans") || tag.equals("zh-hans-cn")) {
            return CHINESE;
        }
        return null;
    }
}
