package org.shoumi.portal.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.shoumi.portal.employees.entity.Employee;

/**
 * A staff number typed into a form (sh:staffNumberField) in the form it is stored in, before it is validated: without
 * surrounding spaces, full-width letters and digits made half-width, in capitals ({@link Employee#canonicalNumber}),
 * as the roster import and the site search read it. "sm002" was saved for SM002 and then its page, opened for
 * "sm002", found nothing; "SM002 " and "ＳＭ００２" were refused as not a staff number.
 */
@FacesConverter("shoumi.StaffNumber")
public class StaffNumberConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        String canonical = Employee.canonicalNumber(value);
        return canonical == null || canonical.isEmpty() ? null : canonical;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
