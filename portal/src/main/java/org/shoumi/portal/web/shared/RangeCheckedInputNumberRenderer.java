package org.shoumi.portal.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.primefaces.component.inputnumber.InputNumber;
import org.primefaces.component.inputnumber.InputNumberRenderer;

/**
 * {@code p:inputNumber} that refuses a number outside its {@code minValue}/{@code maxValue}, or with decimals where
 * it takes none, with a message instead of moving it to the nearest allowed value. PrimeFaces clamps while it
 * decodes: an exam's pass mark of 150 became 100, -3 attempts became "unlimited", a time limit of -10 "no limit", and
 * the form said it was created (found by an outside check). The browser's widget never sends such a number, so it
 * comes from a script or a pasted request; the field keeps what was sent, is marked invalid and says what it
 * takes: the field's validatorMessage when it has one, else the range its minValue/maxValue give. Registered for
 * PrimeFaces' renderer type in faces-config.xml.
 */
public class RangeCheckedInputNumberRenderer extends InputNumberRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        super.decode(context, component);
        InputNumber input = (InputNumber) component;
        if (input.isDisabled() || input.isReadonly()) {
            return;
        }
        Map<String, String> params = context.getExternalContext().getRequestParameterMap();
        String clientId = input.getClientId(context);
        String sent = Optional.ofNullable(params.get(clientId + "_hinput")).orElse(params.get(clientId + "_input"));
        jakarta.el.ValueExpression bound = input.getValueExpression("value");
        Class<?> type = bound == null ? null : bound.getType(context.getELContext());
        boolean blankAllowed = type == null || !type.isPrimitive();
        problem(sent, input.getMinValue(), input.getMaxValue(), input.getDecimalPlaces(), blankAllowed).ifPresent(key -> {
            input.setSubmittedValue(sent);
            input.setValid(false);
            input.getAttributes().put(REFUSED, Boolean.TRUE);
            Locale locale = context.getViewRoot() == null ? Locale.SIMPLIFIED_CHINESE : context.getViewRoot().getLocale();
            Object label = input.getAttributes().get("label");
            String text = input.getValidatorMessage();
            if (text == null || text.isBlank()) {
                text = Messages.text(locale, withBounds(key, input.getMinValue(), input.getMaxValue()),
                        label == null ? "" : label, plain(input.getMinValue()), plain(input.getMaxValue()));
                if (label == null || label.toString().isBlank()) {
                    text = text.replaceFirst("^[：:]\\s*", "");
                }
            }
            context.addMessage(TooLong.hasMessageFor(context, input) ? clientId : null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    /**
     * A number refused while decoding is shown as it was sent. PrimeFaces moves the number into the field's range
     * while it renders too: extra minutes of 99999 came back as 1440 in the field, and pressing the button again
     * granted a day (outside check). The field and its hidden value carry what was sent, so the same press is
     * refused again; the widget's script starts without a number, as it refuses one outside the range (it would
     * throw and leave the field without its widget).
     */
    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws java.io.IOException {
        InputNumber input = (InputNumber) component;
        String sent = input.isValid() ? null : refusedAsSent(input.getSubmittedValue(), input.getMinValue(),
                input.getMaxValue(), input.getDecimalPlaces());
        if (sent == null) {
            super.encodeEnd(context, component);
            return;
        }
        encodeMarkup(context, input, input.getValue(), sent);
        encodeScript(context, input, input.getValue(), "");
    }

    /**
     * The number a field shows again as it was sent ({@code submitted}): one outside the range or with decimals the
     * field does not take; null for anything else (blank, not a number, a number the field takes), which PrimeFaces
     * renders as it does.
     */
    static String refusedAsSent(Object submitted, String min, String max, String decimalPlaces) {
        if (!(submitted instanceof String sent) || sent.isBlank()
                || problem(sent, min, max, decimalPlaces, true).isEmpty()) {
            return null;
        }
        return new BigDecimal(sent.strip()).toPlainString();
    }

    /**
     * A number refused while decoding is not converted as well: the converter would add its own technical message
     * ("'2.5' must be a number consisting of one or more digits") beside the field's. The field keeps what was sent,
     * and stays invalid.
     */
    @Override
    public Object getConvertedValue(FacesContext context, UIComponent component, Object submittedValue) {
        if (Boolean.TRUE.equals(component.getAttributes().remove(REFUSED))) {
            return null;
        }
        return super.getConvertedValue(context, component, submittedValue);
    }

    /**
     * The message key to say a refusal with: the one {@link #problem} gave when the field has both bounds, else one
     * that names no bounds. Found by an outside check: a field without minValue/maxValue said "please enter a number
     * from  to ". (A field's own validatorMessage, when it has one, is said instead of either.)
     */
    static String withBounds(String key, String min, String max) {
        if (number(min) != null && number(max) != null) {
            return key;
        }
        return "common.number.whole".equals(key) ? "common.number.wholeOnly" : "common.number.notTaken";
    }

    /** The attribute that marks a field refused while decoding, until its conversion. */
    private static final String REFUSED = RangeCheckedInputNumberRenderer.class.getName() + ".refused";

    /**
     * The message key for a number sent outside the field's range or with decimals it does not take, or for no
     * number in a field that must have one ({@code blankAllowed} false: a field of a primitive type, where PrimeFaces
     * put "1.0" in and the converter answered "'1.0' must be a number consisting of one or more digits"); empty when
     * it is fine, or not a number (PrimeFaces' own conversion answers that).
     */
    static Optional<String> problem(String sent, String min, String max, String decimalPlaces, boolean blankAllowed) {
        if (sent == null) {
            return Optional.empty(); // not sent at all: PrimeFaces leaves the value as it is
        }
        if (sent.isBlank()) {
            return blankAllowed ? Optional.empty() : Optional.of("common.number.outOfRange");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(sent.strip());
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
        BigDecimal lowest = number(min);
        BigDecimal highest = number(max);
        if (lowest != null && value.compareTo(lowest) < 0 || highest != null && value.compareTo(highest) > 0) {
            return Optional.of("common.number.outOfRange");
        }
        BigDecimal places = number(decimalPlaces);
        if (places != null && value.stripTrailingZeros().scale() > places.intValue()) {
            return Optional.of(places.intValue() == 0 ? "common.number.whole" : "common.number.outOfRange");
        }
        return Optional.empty();
    }

    private static BigDecimal number(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String plain(String number) {
        BigDecimal n = number(number);
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }
}
