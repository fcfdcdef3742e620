package org.shoumi.portal.incidents.boundary;

import java.time.Instant;
import org.shoumi.portal.incidents.entity.ReportChannel;

/** The unit's report upwards as the officer records it: when, to whom, how, and the reference (optional). */
public record UpwardReport(Instant at, String to, ReportChannel channel, String reference) {
}
