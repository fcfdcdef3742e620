package org.shoumi.portal.api.boundary;

import jakarta.json.Json;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * An address under {@code /api} that names no resource: a plain JSON 404, as the API answers everything else, and
 * nothing in the log. Without it every such request (a scan, a typo) wrote a warning with a 60-line stack trace
 * (RESTEASY003210), so anyone could fill the server log (found by an outside check).
 */
@Provider
public class UnknownAddress implements ExceptionMapper<NotFoundException> {

    @Override
    public Response toResponse(NotFoundException notFound) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("error", "not found").build()).build();
    }
}
