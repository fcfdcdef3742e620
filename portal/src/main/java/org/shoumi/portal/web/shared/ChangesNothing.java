package org.shoumi.portal.web.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page action that changes no record (a filter, a lookup, a verification that only reads): anyone who may open
 * the page may run it. The counterpart of {@link Allowed} for {@code PageActionsTest}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ChangesNothing {
}
