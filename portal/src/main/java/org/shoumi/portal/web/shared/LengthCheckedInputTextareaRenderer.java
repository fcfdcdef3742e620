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
        TooLong.check(context, input, sent == null ? null : sent.replaceAll("\r\n?", "\n"), input.getMaxlength());
        TooLong.checkControls(context, input, sent, true);
        TooLong.nothingVisibleIsEmpty(input, sent);
    }
}
