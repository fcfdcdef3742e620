package org.shoumi.portal.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Times of records as pages show them: to the minute, in the unit's time zone. */
@ApplicationScoped
public class Times {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    public String format(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ZoneId.of(zone)));
    }
}
