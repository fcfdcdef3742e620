package org.shoumi.portal.backups.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The operator's command: {@code curl -X POST -H "Authorization: Bearer $TOKEN" …/portal/api/backups}. Only a
 * machine client with the API token may call it (the API filter checks the token); a browser session, whatever
 * its role, is refused with 403 — administrators use the backup page.
 */
@Path("backups")
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {

    @Inject
    Backups backups;

    @Context
    HttpHeaders headers;

    @POST
    public Response backUp() {
        if (!withToken()) {
            return forbidden();
        }
        try {
            return Response.ok(json(backups.backUpNow(org.shoumi.portal.shared.Usernames.API))).build();
        } catch (BackupRefusedException refused) {
            Response.Status status = switch (refused.reason()) {
                case NOT_DERBY -> Response.Status.NOT_IMPLEMENTED;
                case BUSY, RECENT -> Response.Status.CONFLICT;
                case FAILED -> Response.Status.INTERNAL_SERVER_ERROR;
            };
            return Response.status(status).entity(Json.createObjectBuilder()
                    .add("error", refused.reason().name())
                    .add("detail", refused.reason() == BackupRefusedException.Reason.NOT_DERBY
                            ? "the database is not embedded Derby: back it up with pg_dump" : refused.getMessage())
                    .build()).build();
        }
    }

    @GET
    public Response list() {
        if (!withToken()) {
            return forbidden();
        }
        JsonArrayBuilder all = Json.createArrayBuilder();
        backups.list().forEach(b -> all.add(json(b)));
        return Response.ok(Json.createObjectBuilder().add("directory", backups.directory()).add("backups", all)
                .build()).build();
    }

    private boolean withToken() {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        // the API filter has already refused a missing or wrong token; a session without one is not enough here
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private static Response forbidden() {
        return Response.status(Response.Status.FORBIDDEN)
                .entity(Json.createObjectBuilder().add("error", "backups need the API token").build()).build();
    }

    private static JsonObject json(BackupInfo b) {
        return Json.createObjectBuilder()
                .add("name", b.name())
                .add("startedAt", b.startedAt().toString())
                .add("bytes", b.bytes())
                .add("path", b.path())
                .add("madeBy", b.madeBy())
                .build();
    }
}
