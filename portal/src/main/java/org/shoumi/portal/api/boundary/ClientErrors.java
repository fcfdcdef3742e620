package org.shoumi.portal.api.boundary;

import jakarta.json.Json;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * A request the API cannot take (an address that names no resource, a method the address does not have, a body of
 * a type it does not read): a plain JSON answer with the status, as the API answers everything else, and nothing in
 * the log. Without it every such request (a scan, a typo, a PUT) wrote a warning with a 60-line stack trace
 * (RESTEASY003210, RESTEASY003650), so anyone could fill the server log (found by outside checks).
 */
@Provider
public class ClientErrors implements ExceptionMapper<ClientErrorException> {

    @Override
    public Response toResponse(ClientErrorException error) {
        Response original = error.getResponse();
        Response.StatusType status = original.getStatusInfo();
        Response.ResponseBuilder answer = Response.status(status.getStatusCode()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("error", status.getReasonPhrase().toLowerCase(Locale.ROOT))
                        .build());
        // a 405 says which methods the address has (RFC 9110), as the original answer did, but for OPTIONS, which
        // the API does not answer (ApiAccessFilter)
        String allow = allowed(original.getHeaderString("Allow"));
        if (allow != null) {
            answer.header("Allow", allow);
        }
        return answer.build();
    }

    /** The methods of an {@code Allow} header the API answers (OPTIONS left out), in their order; null for none. */
    static String allowed(String allow) {
        if (allow == null) {
            return null;
        }
        String kept = java.util.Arrays.stream(allow.split(",")).map(String::strip)
                .filter(m -> !m.isEmpty() && ApiAccessFilter.METHODS.contains(m.toUpperCase(Locale.ROOT)))
                .collect(java.util.stream.Collectors.joining(", "));
        return kept.isEmpty() ? null : kept;
    }
}
