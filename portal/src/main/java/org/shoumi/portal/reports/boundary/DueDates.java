package org.shoumi.portal.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.inspections.entity.FindingStatus;
import org.shoumi.portal.shared.PortalAddress;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.portal.departures.boundary.Departures;
import org.shoumi.portal.departures.boundary.Restriction;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.inspections.boundary.SelfInspections;
import org.shoumi.portal.pledges.boundary.Pledges;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.programmes.boundary.Progress;
import org.shoumi.portal.reports.control.ICalendar;
import org.shoumi.portal.events.AccountChanged;
import org.shoumi.portal.events.LoginInUseAsked;
import org.shoumi.portal.reports.entity.CalendarToken;
import org.shoumi.portal.sessions.boundary.Rows;
import org.shoumi.portal.sessions.boundary.Sessions;

/**
 * A person's calendar of due dates: open programmes (named by their campaign or plan item), self-inspections to
 * fill, findings to remediate, offline sessions of their audience, the end of the yearly pledge and of a running 脱密期. Shown on a page, and
 * as an iCalendar feed that a calendar application subscribes to with a private token (no login): the token is
 * random, kept only as its hash, and replacing it revokes the old address.
 */
@ApplicationScoped
@Boundary
public class DueDates {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Programmes programmes;

    @Inject
    SelfInspections inspections;

    @Inject
    Sessions sessions;

    @Inject
    Pledges pledges;

    @Inject
    Departures departures;

    @Inject
    Employees employees;

    @Inject
    Documents documents;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Inject
    Event<LoginInUseAsked> loginAsked;

    Clock clock = Clock.systemUTC();

    /** The login's dates from today on (and anything still open that is overdue), earliest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DueDate> of(String username) {
        List<DueDate> dates = new ArrayList<>();
        LocalDate today = documents.today();
        Optional<Employee> person = employees.personOf(username);
        for (Progress p : programmes.of(username)) {
            if (p.open()) {
                // a campaign's or plan item's programme by its title, a person's own (onboarding, transfer, exit)
                // by its kind; the exit programme of a lowering that keeps the person in post as such, not as 离岗培训
                // (outside check)
                boolean titled = p.getCampaignTitle() != null;
                boolean lowering = p.kind() == org.shoumi.portal.programmes.entity.ProgrammeKind.EXIT
                        && person.flatMap(e -> departures.loweredTo(e.getEmployeeNo())).isPresent();
                dates.add(new DueDate("programme-" + p.assignmentId(),
                        titled ? "calendar.programme" : lowering ? "calendar.programme.loweringInPost"
                                : "calendar.programme." + p.kind().name(),
                        titled ? p.getCampaignTitle() : "", p.due(), null, null, "/index.xhtml"));
            }
        }
        inspections.toFill(username).forEach(t -> dates.add(new DueDate("inspection-" + t.id(), "calendar.inspection",
                t.roundName(), t.due(), null, null, "/inspections/mine.xhtml")));
        // findings of mine still to remediate, by their due day
        inspections.findingsOf(username).stream().filter(f -> f.status() == FindingStatus.OPEN)
                .forEach(f -> dates.add(new DueDate("finding-" + f.id(), "calendar.finding", f.question(), f.due(),
                        null, null, "/inspections/findings.xhtml")));
        person.ifPresent(p -> {
            for (Rows.Session s : sessions.upcomingFor(p)) {
                dates.add(new DueDate("session-" + s.code(), "calendar.session", s.topic(),
                        LocalDate.ofInstant(s.startsAt(), ZoneId.of(zone)), s.startsAt(), s.endsAt(),
                        "/sessions/checkin.xhtml"));
            }
            departures.restrictionOf(p.getEmployeeNo()).filter(Restriction::restricted)
                    .ifPresent(r -> dates.add(new DueDate("restriction-" + p.getEmployeeNo(), "calendar.restriction",
                            "", r.until(), null, null, "/index.xhtml")));
        });
        pledges.yearly(username).filter(y -> y.required() && !y.owed() && y.validUntil() != null)
                .ifPresent(y -> dates.add(new DueDate("pledge-" + y.validUntil().getYear(), "calendar.pledge", "",
                        y.validUntil(), null, null, "/pledges/mine.xhtml")));
        // issue 16: topic pledges with a day to sign them by
        pledges.dueTopics(username).stream().filter(t -> t.dueOn() != null)
                .forEach(t -> dates.add(new DueDate("topic-pledge-" + t.issueId(), "calendar.topicPledge",
                        t.occasion(), t.dueOn(), null, null, "/pledges/mine.xhtml")));
        dates.sort(Comparator.comparing(DueDate::day));
        return dates.stream().filter(d -> !d.day().isBefore(today.minusYears(1))).toList();
    }

    /** A new private feed token for the login; the old one stops working. Returns the token (shown once). */
    public String newToken(String username) {
        em.createNamedQuery(CalendarToken.ACTIVE_OF, CalendarToken.class).setParameter("u", username)
                .getResultStream().forEach(t -> t.revoke(clock.instant()));
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new CalendarToken(username, sha256(token), clock.instant()));
        return token;
    }

    /** Whether the login has a working feed address. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasToken(String username) {
        return !em.createNamedQuery(CalendarToken.ACTIVE_OF, CalendarToken.class).setParameter("u", username)
                .getResultList().isEmpty();
    }

    /** Stops the login's feed. */
    public void revoke(String username) {
        em.createNamedQuery(CalendarToken.ACTIVE_OF, CalendarToken.class).setParameter("u", username)
                .getResultStream().forEach(t -> t.revoke(clock.instant()));
    }

    /**
     * An administrator reset the login's password (perhaps leaked) or the login was switched off: its feed addresses
     * stop, in the same transaction (they kept answering after both: outside check). A new address is made on the
     * calendar page after the next login.
     */
    void accountChanged(@Observes AccountChanged changed) {
        if (changed.endsBearerAccess()) {
            revoke(changed.username());
        }
    }

    /**
     * The feed of the login the token belongs to, as iCalendar; empty for an unknown or revoked token, and for a
     * login switched off (its last day passed before the hourly switch-off, or its token older than the rule that
     * revokes it; asked through {@link LoginInUseAsked}). Texts come from {@code text} (the unit's working
     * language), links from {@code portalUrl}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<byte[]> feed(String token, Function<String, String> text, String portalUrl) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(CalendarToken.BY_HASH, CalendarToken.class).setParameter("h", sha256(token))
                .getResultStream().findFirst().filter(t -> inUse(t.getUsername())).map(t -> {
                    List<ICalendar.Event> events = of(t.getUsername()).stream().map(d -> {
                        String summary = java.text.MessageFormat.format(text.apply(d.key()), d.what());
                        String url = PortalAddress.of(portalUrl, d.page());
                        // unique across people (RFC 5545): "pledge-2026@shoumi" was the same in every person's feed
                        String uid = d.uid() + "-" + sha256(t.getUsername()).substring(0, 12) + "@shoumi";
                        return d.isTimed() ? ICalendar.Event.timed(uid, summary, "", d.start(), d.end(), url)
                                : ICalendar.Event.allDay(uid, summary, "", d.day(), url);
                    }).toList();
                    return ICalendar.toBytes(text.apply("calendar.name"), events, clock.instant());
                });
    }

    private boolean inUse(String username) {
        LoginInUseAsked asked = new LoginInUseAsked(username);
        loginAsked.fire(asked);
        return asked.isInUse();
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
