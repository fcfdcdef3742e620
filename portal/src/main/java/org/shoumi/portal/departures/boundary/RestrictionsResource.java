package org.shoumi.portal.departures.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/restrictions/{employeeNo}}: whether a person is under a 脱密期 today and until which day, for
 * other systems (travel, HR, access control). Access is checked by the API's filter.
 */
@Path("restrictions")
@RequestScoped
public class RestrictionsResource {

    @Inject
    Departures departures;

    @GET
    @Path("{employeeNo}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response restriction(@PathParam("employeeNo") String employeeNo) {
        return departures.restrictionOf(employeeNo)
                .map(r -> {
                    JsonObjectBuilder json = Json.createObjectBuilder()
                            .add("employeeNo", r.employeeNo())
                            .add("restricted", r.restricted());
                    if (r.until() == null) {
                        json.addNull("until");
                    } else {
                        json.add("until", r.until().toString());
                    }
                    json.add("secrecyClass", r.secrecyClass().name());
                    return Response.ok(json.build()).build();
                })
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Json.createObjectBuilder()
                                .add("employeeNo", employeeNo)
                                .add("error", "unknown employee")
                                .build())
                        .build());
    }
}
