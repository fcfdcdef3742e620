package org.shoumi.portal.travel.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RestrictionsEchoTest {

    @Test
    void anUnknownNumberIsRepeatedAtMost64CharactersLong() {
        assertEquals("SM999", RestrictionsResource.echo("SM999"));
        assertEquals("x".repeat(64), RestrictionsResource.echo("x".repeat(5_000)));
        assertEquals("x".repeat(64), RestrictionsResource.echo("x".repeat(64)));
        // never half of a character outside the basic plane
        assertEquals("x".repeat(63), RestrictionsResource.echo("x".repeat(63) + "😀" + "x"));
    }
}
