package org.shoumi.portal.employees.entity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A 工号 (staff number): 1 to {@value #MAX_LENGTH} letters, digits, dashes or underscores, as HR systems print them,
 * starting with a letter or a digit and not zeros alone: "-1" read as a negative number and "0" or "000" as no number
 * at all, and both were hired (outside check). One rule for the entity, the hire form, every form that names a
 * person by number and the roster import, reported as one message.
 */
@Documented
@NotBlank
@Size(max = StaffNumber.MAX_LENGTH)
@Pattern(regexp = StaffNumber.PATTERN)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface StaffNumber {

    int MAX_LENGTH = 20;
    /** Letters, digits, - and _; the first a letter or a digit; not only zeros. */
    String PATTERN = "(?!0+$)[A-Za-z0-9][A-Za-z0-9_-]*";

    String message() default "{employee.employeeNo.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
