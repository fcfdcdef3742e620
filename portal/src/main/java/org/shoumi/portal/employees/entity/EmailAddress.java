package org.shoumi.portal.employees.entity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A person's e-mail address for reminders: optional (no value is valid), at most {@value #MAX_LENGTH} characters,
 * an address by Bean Validation's rule. One rule for the entity and the hire form, reported as one message.
 */
@Documented
@Size(max = EmailAddress.MAX_LENGTH)
@Email
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

    int MAX_LENGTH = 100;

    String message() default "{employee.email.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
