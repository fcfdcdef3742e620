package org.shoumi.portal.api.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.api.control.ApiAccess;

/**
 * Guards every API call ({@code /api/*} is open in web.xml, so that the form login does not redirect machine
 * clients): a logged-in user with an allowed role, or the configured API token; otherwise 401 (no or a wrong
 * token, no login) or 403 (a login without an allowed role), each with a JSON body.
 *
 * <p>Before the request is matched to a resource ({@link PreMatching}): a caller without the right to the API learns
 * nothing about its addresses (a PUT to an existing address answered 405 and an unknown one 404, OPTIONS listed the
 * methods), and is answered 401 whatever the address and the method. A caller with rights gets a JSON 405 with
 * {@code Allow: GET, HEAD, POST} for any other method, whatever the address.
 *
 * <p>A wrong token is logged with the client address and counted ({@link ApiTokenTries}); an address with too many
 * of them within the window is answered 429 with {@code Retry-After} for any token, the right one included.
 */
@Provider
@jakarta.ws.rs.container.PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class ApiAccessFilter implements ContainerRequestFilter {

    /** The methods the API answers, as the pages do; any other is 405 to a caller with rights. */
    static final java.util.List<String> METHODS = java.util.List.of("GET", "HEAD", "POST");

    @Inject
    @ConfigProperty(name = "shoumi.portal.api.token")
    Optional<String> token;

    @Inject
    ApiTokenTries tokenTries;

    /** Where the call comes from: wrong tokens are counted and logged per client address. */
    @Inject
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean presentsToken = ApiAccess.presentsToken(authorization);
        String address = presentsToken ? servletRequest.getRemoteAddr() : null;
        if (presentsToken) {
            Optional<Instant> stopped = tokenTries.stoppedUntil(address);
            if (stopped.isPresent()) {
                // too many wrong tokens from this address: no token is checked until the window has passed
                long seconds = Math.max(1, Duration.between(Instant.now(), stopped.get()).toSeconds() + 1);
                request.abortWith(Response.status(Response.Status.TOO_MANY_REQUESTS)
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Json.createObjectBuilder().add("error", "too many wrong tokens").build())
                        .build());
                return;
            }
        }
        SecurityContext security = request.getSecurityContext();
        Principal principal = security == null ? null : security.getUserPrincipal();
        ApiAccess.Decision decision = ApiAccess.decide(principal == null ? null : principal.getName(),
                role -> security.isUserInRole(role), authorization, token);
        if (presentsToken && decision == ApiAccess.Decision.UNAUTHENTICATED) {
            tokenTries.wrongToken(address);
        }
        switch (decision) {
            case ALLOW -> {
                if (!METHODS.contains(request.getMethod())) {
                    // OPTIONS answered 200 with the methods the address has, TRACE and the rest went on to
                    // JAX-RS: like the pages, the API answers GET, HEAD and POST only (docs/operations.md)
                    request.abortWith(Response.status(Response.Status.METHOD_NOT_ALLOWED)
                            .header(HttpHeaders.ALLOW, String.join(", ", METHODS))
                            .type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(Json.createObjectBuilder().add("error", "method not allowed").build())
                            .build());
                }
            }
            case UNAUTHENTICATED -> request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"shoumi\"")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Json.createObjectBuilder().add("error", "authentication required").build())
                    .build());
            case FORBIDDEN -> request.abortWith(Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Json.createObjectBuilder().add("error", "role not allowed").build())
                    .build());
        }
    }
}
