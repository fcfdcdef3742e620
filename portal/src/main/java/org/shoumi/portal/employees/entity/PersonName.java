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
 * names like any other. A name starts with a letter and holds letters, combining marks, digits, spaces and the
 * marks names are written with (the 间隔号 · of 阿里木·买买提, a dot, a hyphen, an apostrophe): no = + - @ at its start
 * that a spreadsheet would run, no &lt; &gt; or other symbols (found by an outside check: a hire named
 * {@code =HYPERLINK(…)} or {@code <script>} was recorded). Null is left to {@code @NotBlank}.
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

        /** Whether the name starts with a letter and every character of it may stand in a name. */
        public static boolean isPrintable(String name) {
            return !name.isEmpty() && Character.isLetter(name.codePointAt(0)) && name.codePoints().allMatch(Check::allowed);
        }

        /** The marks besides letters and digits that names are written with. */
        private static final String MARKS = "·•・‧.'’-‐‑";

        private static boolean allowed(int cp) {
            return switch (Character.getType(cp)) {
                case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                     Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                     Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                     Character.SPACE_SEPARATOR -> true;
                default -> MARKS.indexOf(cp) >= 0;
            };
        }
    }
}
