package org.shoumi.portal.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import java.util.EnumSet;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * A text field's value longer than its {@code maxlength}: PrimeFaces cuts it to the limit while it decodes, and the
 * cut value would be saved without a word (a 300-character name stored as its first 50). The browser never sends
 * such a value, so it comes from a script, a pasted request or a browser that ignores the attribute. Instead, the
 * field keeps the whole value, is marked invalid, and says beside it how long it may be; nothing is saved.
 */
final class TooLong {

    /** The attribute that marks a search or filter field ({@link #isSearch}). */
    static final String SEARCH_FIELD = "searchField";

    private TooLong() {
    }

    /**
     * Checks the value the request sent for the input (after PrimeFaces' own decoding, which may have cut it).
     *
     * @param sent what the request carried for the field, line breaks already as the renderer counts them
     */
    static void check(FacesContext context, UIInput input, String sent, int maxlength) {
        if (sent == null || maxlength <= 0 || sent.length() <= maxlength) {
            return;
        }
        // a search field saves nothing: "没有保存" read oddly on a filter (outside check)
        String key = isSearch(input) ? "common.tooLong.search" : "common.tooLong";
        int seen = sent.codePointCount(0, sent.length());
        if (seen == sent.length()) {
            refuse(context, input, sent, key, maxlength, sent.length());
        } else {
            // the limit counts as the column and the browser's maxlength count (UTF-16 units): an emoji counts two.
            // 600 emoji read "这里有 1,200 个", a number the writer could not see (outside check); the message now
            // says how such characters are counted and gives both numbers
            refuse(context, input, sent, key + ".wide", maxlength, seen, sent.length());
        }
    }

    /**
     * The attribute that leaves a text area's length to the action ({@code <f:attribute name="lengthCheckedByAction"
     * value="true"/>}): the field keeps the whole value, and the boundary refuses a longer one together with every
     * other problem of the form. Its {@code maxlength} then only stops the browser.
     */
    static final String LENGTH_CHECKED_BY_ACTION = "lengthCheckedByAction";

    /** Whether the field leaves its length to the action ({@link #LENGTH_CHECKED_BY_ACTION}). */
    static boolean lengthCheckedByAction(UIInput input) {
        Object by = input.getAttributes().get(LENGTH_CHECKED_BY_ACTION);
        return by != null && Boolean.parseBoolean(by.toString());
    }

    /**
     * Whether the field is a search or filter field ({@code <f:attribute name="searchField" value="true"/>}), whose
     * refusal says that nothing was searched instead of that nothing was saved.
     */
    static boolean isSearch(UIInput input) {
        Object search = input.getAttributes().get(SEARCH_FIELD);
        return search != null && Boolean.parseBoolean(search.toString());
    }

    /**
     * A value with control characters (a bell, an escape sequence; only line breaks and tabs in a text area): no
     * keyboard types them, they came from a script or a pasted request, and the records showed them as "?" or raw
     * bytes in the exports (outside check). Likewise a value with characters that change the text's direction
     * inside it ({@link org.shoumi.content.text.Texts#hasDirectionControls}). The field keeps the value, is marked
     * invalid and says why. Every p:inputText and p:inputTextarea of the portal comes here (their renderers).
     */
    static void checkControls(FacesContext context, UIInput input, String sent, boolean multiline) {
        if (sent == null || !input.isValid()) {
            return;
        }
        if (hasControls(sent, multiline)) {
            refuse(context, input, sent, "common.controlCharacters");
        } else if (org.shoumi.content.text.Texts.hasDirectionControls(sent)) {
            // characters that change the direction text is shown in (U+202E…), inside the text: a record would be
            // shown reversed or reordered on every page that prints it (outside check: a role's reason, a
            // matter's note); at either end they are stripped as other invisible characters are
            refuse(context, input, sent, "common.directionCharacters");
        }
    }

    /**
     * The field keeps the value sent and is marked invalid, with the message {@code key} (or {@code key.field}, the
     * field's label first, when it has one) beside it when the page has a message for it, otherwise among the page's
     * own messages; nothing is saved.
     */
    private static void refuse(FacesContext context, UIInput input, String sent, String key, Object... args) {
        input.setSubmittedValue(sent);
        input.setValid(false);
        Object label = input.getAttributes().get("label");
        Locale locale = context.getViewRoot() == null ? Locale.SIMPLIFIED_CHINESE : context.getViewRoot().getLocale();
        String text;
        if (label == null || label.toString().isBlank()) {
            text = Messages.text(locale, key, args);
        } else {
            Object[] labelled = new Object[args.length + 1];
            labelled[0] = label;
            System.arraycopy(args, 0, labelled, 1, args.length);
            text = Messages.text(locale, key + ".field", labelled);
        }
        context.addMessage(hasMessageFor(context, input) ? input.getClientId(context) : null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** Whether the text holds a C0 control character or DEL (line breaks and tabs allowed when multiline). */
    static boolean hasControls(String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c == 0x7F) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasMessageFor(FacesContext context, UIComponent input) {
        boolean[] found = {false};
        // once per component, without stepping through the rows of a repeat (this may run inside one)
        VisitContext visit = VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_ITERATION));
        context.getViewRoot().visitTree(visit, (each, component) -> {
            if (component instanceof UIMessage message && targets(message, input)) {
                found[0] = true;
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }

    private static boolean targets(UIMessage message, UIComponent input) {
        String target = message.getFor();
        if (target == null || !target.endsWith(input.getId())) {
            return false;
        }
        try {
            return message.findComponent(target) == input;
        } catch (IllegalArgumentException notThere) {
            return false;
        }
    }

    /**
     * A required field sent with nothing visible (spaces, or only zero-width and other format characters such as
     * U+200B) counts as empty, so the field's own required message answers it: a certificate's revocation reason
     * and a question's retiring reason of one U+200B were kept as empty brackets (outside check).
     */
    static void nothingVisibleIsEmpty(UIInput input, String sent) {
        if (input.isValid() && input.isRequired() && sent != null && !sent.isEmpty()
                && org.shoumi.content.text.Texts.blank(sent)) {
            input.setSubmittedValue("");
        }
    }

    static String sent(FacesContext context, UIInput input) {
        return context.getExternalContext().getRequestParameterMap().get(input.getClientId(context));
    }
}
