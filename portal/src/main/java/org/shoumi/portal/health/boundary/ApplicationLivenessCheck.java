package org.shoumi.portal.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the JVM has head-room: down when less than a tenth of the maximum heap is free. Up or down and the
 * check's name only: the endpoint answers without a login, and the heap's sizes (freeBytes, maxBytes) were shown to
 * anyone (outside check); they are among the JVM metrics of {@code /metrics}, behind its own login.
 */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        boolean enough = free > rt.maxMemory() / 10;
        return HealthCheckResponse.named("heap").status(enough).build();
    }
}
