package org.shoumi.portal.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtext.InputText;
import org.primefaces.component.inputtext.InputTextRenderer;

/**
 * {@code p:inputText} that refuses a value longer than its {@code maxlength} with a message instead of cutting it
 * ({@link TooLong}). Registered for PrimeFaces' renderer type in faces-config.xml.
 */
public class LengthCheckedInputTextRenderer extends InputTextRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        super.decode(context, component);
        InputText input = (InputText) component;
        if (!shouldDecode(input)) {
            return;
        }
        String sent = TooLong.sent(context, input);
        TooLong.check(context, input, sent, input.getMaxlength());
        TooLong.checkControls(context, input, sent, false);
        TooLong.nothingVisibleIsEmpty(input, sent);
    }
}
