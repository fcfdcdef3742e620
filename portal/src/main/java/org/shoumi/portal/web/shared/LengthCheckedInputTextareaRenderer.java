package org.shoumi.portal.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtextarea.InputTextarea;
import org.primefaces.component.inputtextarea.InputTextareaRenderer;

/**
 * {@code p:inputTextarea} that refuses a value longer than its {@code maxlength} with a message instead of cutting
 * it ({@link TooLong}). A line break counts as one character, as in the browser's own limit and in PrimeFaces,
 * although forms send it as two. Registered for PrimeFaces' renderer type in faces-config.xml.
 */
public class LengthCheckedInputTextareaRenderer extends InputTextareaRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        super.decode(context, component);
        InputTextarea input = (InputTextarea) component;
        if (!shouldDecode(input)) {
            return;
        }
        String sent = TooLong.sent(context, input);
        String lines = sent == null ? null : sent.replaceAll("\r\n?", "\n");
        if (TooLong.lengthCheckedByAction(input)) {
            // the whole text goes to the action, which refuses a longer one with the form's other problems
            if (lines != null) {
                input.setSubmittedValue(lines);
            }
        } else {
            TooLong.check(context, input, lines, input.getMaxlength());
        }
        TooLong.checkControls(context, input, sent, true);
        TooLong.nothingVisibleIsEmpty(input, sent);
    }
}
