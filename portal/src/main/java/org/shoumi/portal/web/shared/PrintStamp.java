package org.shoumi.portal.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import org.shoumi.portal.organisation.boundary.UnitName;

/**
 * The line a printed page carries at its foot (hidden on screen, shown by the print style sheet): the unit's name,
 * who printed it (the login of this request) and when, in the unit's time zone, as {@code common.printStamp} puts
 * them. A paper copy of a rule, a checklist or a list then says where and when it came from.
 */
@Named
@ApplicationScoped
public class PrintStamp {

    @Inject
    UnitName unitName;

    @Inject
    Times times;

    Clock clock = Clock.systemUTC();

    public String getUnit() {
        return unitName.get();
    }

    /** Now, to the minute, in the unit's time zone. */
    public String getNow() {
        return times.format(clock.instant());
    }
}
