package org.shoumi.portal.web.programmes;

import java.util.Optional;

/** A year as an address gives it ({@code ?year=2026}): four digits, blanks around ignored; anything else is none. */
final class YearParameter {

    private YearParameter() {
    }

    static Optional<Integer> parse(String value) {
        if (value == null || !value.strip().matches("\\d{4}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(value.strip()));
    }
}
