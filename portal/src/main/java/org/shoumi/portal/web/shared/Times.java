package org.shoumi.portal.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Times as pages show them, in the unit's time zone: of records to the minute, of a save to the second. Pages use it
 * as {@code #{times.format(…)}}.
 */
@ApplicationScoped
@jakarta.inject.Named("times")
public class Times {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    public String format(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ZoneId.of(zone)));
    }

    /**
     * Day and time to the second, where the minute is not enough: the bounds of what a restore may have lost (a grant
     * kept and a withdrawal lost were both "17:35"; outside check).
     */
    public String formatSeconds(Instant at) {
        return at == null ? "" : TIME_SECONDS.format(at.atZone(ZoneId.of(zone)));
    }

    /** The time of day, to the second (an answer's "saved at"). */
    public String timeOfDay(Instant at) {
        return at == null ? "" : TIME_OF_DAY.format(at.atZone(ZoneId.of(zone)));
    }

    /** The time of day, to the minute (when a person was told in the portal). */
    public String hourMinute(Instant at) {
        return at == null ? "" : HOUR_MINUTE.format(at.atZone(ZoneId.of(zone)));
    }
}
