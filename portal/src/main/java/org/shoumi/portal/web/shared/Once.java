package org.shoumi.portal.web.shared;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An action that records something new (a report, a request, a grant, a plan): the same form sent twice (a double
 * click, a resent post, the browser's Back and send again) records it once. {@link OnceInterceptor} refuses the
 * second post of the same page with the same fields with a message; nothing is recorded twice. Records are never
 * deleted, so a duplicate would stay in the registers for good (found by outside checks: two identical incident
 * reports SJ-000003 and SJ-000004, two travel requests for the same days, a grant of an extra attempt counted twice).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Once {
}
