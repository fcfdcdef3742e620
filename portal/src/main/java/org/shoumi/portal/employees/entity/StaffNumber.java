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
 * starting and ending with a letter or a digit and with at least one letter or digit other than 0: "-1" read as a
 * negative number and "0" or "000" as no number at all, and both were hired (outside check); so were "0-0", "0_0",
 * "0--0", "0-" and "SM-" (a second outside check). One rule for the entity, the hire form, every form that names a
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
    /** Letters, digits, - and _; the first and the last a letter or a digit; a letter or a digit 1-9 somewhere. */
    String PATTERN = "(?=.*[A-Za-z1-9])[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?";

    String message() default "{employee.employeeNo.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
