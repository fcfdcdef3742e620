package org.shoumi.portal.web.shared;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.shoumi.portal.security.entity.Role;

/**
 * Who may run a page's action: the caller must hold one of these roles, whatever the page rendered. A page that
 * several roles may open (an auditor reads what the secrecy office records) hides the forms of the others, but a
 * hidden form is no guard: a hand-made post reaches the action all the same. {@link AllowedInterceptor} refuses it
 * with a message and nothing done. {@code PageActionsTest} asks every action of such a page to say who may run it.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {

    @Nonbinding
    Role[] value() default {};
}
