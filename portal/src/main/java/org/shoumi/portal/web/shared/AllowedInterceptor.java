package org.shoumi.portal.web.shared;

import jakarta.annotation.Priority;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.logging.Logger;
import org.shoumi.portal.security.entity.Role;

/**
 * Runs an {@link Allowed} action only for a caller in one of its roles; anyone else gets "not allowed" on the page,
 * the action does not run, and the log names the login and the action (a forged post is worth knowing about).
 */
@Allowed
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AllowedInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AllowedInterceptor.class.getName());

    @Inject
    Messages messages;

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        Allowed allowed = allowed(method);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (allowed == null || Arrays.stream(allowed.value()).map(Role::name).anyMatch(external::isUserInRole)) {
            return invocation.proceed();
        }
        LOG.warning(() -> "Refused " + method.getDeclaringClass().getSimpleName() + "." + method.getName()
                + " to " + external.getRemoteUser() + ": not in " + Arrays.toString(allowed.value()));
        messages.error("common.notAllowed");
        if (method.getReturnType().isPrimitive() && method.getReturnType() != void.class) {
            throw new IllegalStateException("an allowed-only action must return an object or nothing: " + method);
        }
        return null;
    }

    /** The action's own {@link Allowed}, else its class's; null when neither has one. */
    private static Allowed allowed(Method method) {
        Allowed a = method.getAnnotation(Allowed.class);
        return a != null ? a : method.getDeclaringClass().getAnnotation(Allowed.class);
    }
}
