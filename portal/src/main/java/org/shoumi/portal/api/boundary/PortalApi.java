package org.shoumi.portal.api.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under {@code /portal/api}. */
@ApplicationPath("api")
public class PortalApi extends Application {
}
