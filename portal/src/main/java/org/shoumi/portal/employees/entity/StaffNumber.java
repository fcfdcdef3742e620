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
 * A 工号 (staff number): 1 to {@value #MAX_LENGTH} letters, digits or dashes, as HR systems print them. One rule for
 * the entity, the hire form and the roster import, reported as one message.
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
    String PATTERN = "[A-Za-z0-9-]+";

    String message() default "{employee.employeeNo.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
