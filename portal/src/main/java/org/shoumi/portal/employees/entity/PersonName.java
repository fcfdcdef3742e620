package org.shoumi.portal.employees.entity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A person's name as it may stand in the roster, a signed pledge and a 保密档案: no control characters (NUL, BEL,
 * tab), no line breaks, no format characters (the bidi overrides such as U+202E that reorder what is printed, zero-
 * width joiners), nothing private-use, unassigned or half a surrogate pair. Rare CJK characters (刘䶮, 吉𠮷) are
 * names like any other. Null is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = PersonName.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonName {

    String message() default "{employee.name.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule, for the forms and the roster import that check a name before there is an entity. */
    final class Check implements ConstraintValidator<PersonName, String> {

        @Override
        public boolean isValid(String name, ConstraintValidatorContext context) {
            return name == null || isPrintable(name);
        }

        /** Whether every character of the name may stand in a name. */
        public static boolean isPrintable(String name) {
            return name.codePoints().allMatch(Check::allowed);
        }

        private static boolean allowed(int cp) {
            return switch (Character.getType(cp)) {
                case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                     Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED -> false;
                default -> true;
            };
        }
    }
}
