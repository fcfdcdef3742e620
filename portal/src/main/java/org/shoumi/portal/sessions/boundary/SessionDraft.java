package org.shoumi.portal.sessions.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.shoumi.portal.sessions.entity.SessionKind;

/**
 * A session as the secrecy officer fills it in. {@code code} may be left empty (one is made from the start day);
 * {@code departments} are department codes and {@code classes} SecrecyClass names; both empty: all staff.
 */
public record SessionDraft(String code, SessionKind kind, String topic, Instant startsAt, Instant endsAt, String place,
                           Set<String> departments, Set<String> classes, BigDecimal hours) {
}
