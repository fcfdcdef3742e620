package org.shoumi.portal.travel.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.shoumi.portal.departures.boundary.Departures;
import org.shoumi.portal.departures.boundary.Restriction;

/**
 * {@code GET /api/restrictions/{employeeNo}}: whether a person is under a 脱密期 today and until which day
 * ({@code restricted}, {@code until}, {@code secrecyClass}, as other systems have read them from the start), and
 * whether they must ask the unit before travelling abroad and why ({@code travelApprovalRequired},
 * {@code travelRule}: {@code IN_POST}, {@code POST_EXIT_PERIOD} or {@code NONE}), with their approved trips still
 * ahead. It lives in the travel feature because travel reads the departures feature, never the reverse. Access is
 * checked by the API's filter. The approved trips (destinations and days) are the travel register's: a browser
 * session whose roles do not open that register (HR: its page answers 403 and HR's copy of the secrecy file leaves
 * the section out) gets the answer without {@code approvedTrips} (outside check); the API token of other systems
 * gets them.
 *
 * <p>Once a server found the database put back to an earlier backup ({@code ChainWatch}), a departure approved after
 * the backup's newest evidence, and the 脱密期 it started, may be gone, and the answer would say "not restricted"
 * without a word (outside check ex-s38d 1). Every answer then says so: {@code mayBeIncomplete} true,
 * {@code restoreFoundAt} and {@code restoreCopyUpTo} (the newest restore: when found, the time of the newest evidence
 * the copy held, null when unknown), and {@code lostDepartureEntries}, how many of this person's departure entries
 * the server saw a restore take (0 when none is known, which does not mean none was lost).
 */
@Path("restrictions")
@RequestScoped
public class RestrictionsResource {

    @Inject
    Departures departures;

    @Inject
    Travel travel;

    @Inject
    TravelRecords records;

    @Inject
    org.shoumi.portal.evidence.boundary.ChainWatch watch;

    @Context
    SecurityContext security;

    @GET
    @Path("{employeeNo}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response restriction(@PathParam("employeeNo") String employeeNo) {
        Optional<Restriction> found = departures.restrictionOf(employeeNo);
        if (found.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Json.createObjectBuilder()
                            .add("employeeNo", echo(employeeNo))
                            .add("error", "unknown employee")
                            .build())
                    .build();
        }
        Restriction r = found.get();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("employeeNo", r.employeeNo())
                .add("restricted", r.restricted());
        if (r.until() == null) {
            json.addNull("until");
        } else {
            json.add("until", r.until().toString());
        }
        json.add("secrecyClass", r.secrecyClass().name());
        restore(json, r.employeeNo());
        travel.standing(r.employeeNo()).ifPresent(s -> json.add("travelApprovalRequired", s.approvalRequired())
                .add("travelRule", s.rule().name()));
        boolean session = security != null && security.getUserPrincipal() != null;
        if (showsTrips(session, session && records.sheetFor(security::isUserInRole))) {
            JsonArrayBuilder trips = Json.createArrayBuilder();
            for (TravelRows.Trip t : travel.approvedAhead(r.employeeNo())) {
                trips.add(Json.createObjectBuilder().add("country", t.country())
                        .add("departureDay", t.departureDay().toString()).add("returnDay", t.returnDay().toString()));
            }
            json.add("approvedTrips", trips);
        }
        return Response.ok(json.build()).build();
    }

    /** The fields that say the answer may miss what a restore of an earlier backup took (see the class). */
    private void restore(JsonObjectBuilder json, String employeeNo) {
        java.util.List<org.shoumi.portal.evidence.boundary.ChainWatch.Loss> losses = watch.losses();
        json.add("mayBeIncomplete", !losses.isEmpty());
        if (losses.isEmpty()) {
            json.addNull("restoreFoundAt").addNull("restoreCopyUpTo");
        } else {
            org.shoumi.portal.evidence.boundary.ChainWatch.Loss newest = losses.get(0);
            json.add("restoreFoundAt", newest.detectedAt().toString());
            if (newest.copyUpTo() == null) {
                json.addNull("restoreCopyUpTo");
            } else {
                json.add("restoreCopyUpTo", newest.copyUpTo().toString());
            }
        }
        json.add("lostDepartureEntries", losses.isEmpty() ? 0
                : watch.lostEntries().stream().filter(l -> employeeNo.equals(l.employeeNo())).count());
    }

    /**
     * Whether the answer carries the approved trips: for the API token (no browser session), and for a session whose
     * roles read the travel register ({@code readsRegister}: its page's roles, as the records' travel sheet).
     */
    static boolean showsTrips(boolean browserSession, boolean readsRegister) {
        return !browserSession || readsRegister;
    }

    /** The most of an unknown number the 404 repeats: far above any staff number, far below a scan's 5,000 x. */
    static final int MAX_ECHO = 64;

    /**
     * The number asked for as the 404 repeats it: at most {@value #MAX_ECHO} characters (never half of a character
     * outside the basic plane). Whole, any length the address took came back (5,000 x, outside check).
     */
    static String echo(String employeeNo) {
        if (employeeNo == null || employeeNo.length() <= MAX_ECHO) {
            return employeeNo == null ? "" : employeeNo;
        }
        int end = Character.isHighSurrogate(employeeNo.charAt(MAX_ECHO - 1)) ? MAX_ECHO - 1 : MAX_ECHO;
        return employeeNo.substring(0, end);
    }
}
