package org.shoumi.content.documents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shoumi.content.persistence.InstantConverter;

class InstantConverterTest {

    @Test
    void instantsRoundTripThroughTimestampsToTheNanosecond() {
        InstantConverter c = new InstantConverter();
        Instant at = Instant.parse("2026-11-23T01:02:03.123456789Z");
        assertEquals(at, c.convertToEntityAttribute(c.convertToDatabaseColumn(at)));
        assertNull(c.convertToDatabaseColumn(null));
        assertNull(c.convertToEntityAttribute(null));
    }
}
