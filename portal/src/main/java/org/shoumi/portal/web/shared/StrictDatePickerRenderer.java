package org.shoumi.portal.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import org.primefaces.component.datepicker.DatePicker;
import org.primefaces.component.datepicker.DatePickerRenderer;
import org.shoumi.content.text.Texts;

/**
 * {@code p:datePicker} that refuses a day that does not exist. PrimeFaces reads the typed text with a lenient
 * formatter, so 2026-02-30 became 2026-02-28 and was stored without a word (found by an outside check on the hire
 * form). The text is read again strictly; a day it does not name is a conversion error, with the field's own
 * converter message. Registered for PrimeFaces' renderer type in faces-config.xml.
 * <p>
 * Full-width digits and dashes, as a Chinese input method types them (２０２６－１２－０１), and the ideographic space
 * are read as their half-width forms first, as staff numbers are ({@link Texts#halfWidth}): such a day was refused
 * with "enter a day that exists" on every form with a date (outside check).
 */
public class StrictDatePickerRenderer extends DatePickerRenderer {

    @Override
    public Object getConvertedValue(FacesContext context, UIComponent component, Object submitted)
            throws ConverterException {
        submitted = typed(submitted);
        Object converted = super.getConvertedValue(context, component, submitted);
        if (converted instanceof LocalDate && submitted instanceof String text && !text.isBlank()
                && component instanceof DatePicker picker) {
            if (strictly(text.strip(), picker.getPattern()).isEmpty()) {
                String message = Messages.text(context.getViewRoot().getLocale(), "common.date.noSuchDay");
                throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
            }
        }
        return converted;
    }

    /** The text as typed, full-width digits, signs and spaces made half-width and stripped; anything else as it is. */
    static Object typed(Object submitted) {
        return submitted instanceof String text ? Texts.halfWidth(text).strip() : submitted;
    }

    /** The day {@code text} names under {@code pattern} read strictly (no 30 February), if any. */
    static Optional<LocalDate> strictly(String text, String pattern) {
        String p = pattern == null || pattern.isBlank() ? "uuuu-MM-dd" : pattern.replace('y', 'u');
        try {
            return Optional.of(LocalDate.parse(text, DateTimeFormatter.ofPattern(p)
                    .withResolverStyle(ResolverStyle.STRICT)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
