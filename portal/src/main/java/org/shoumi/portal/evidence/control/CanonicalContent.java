package org.shoumi.portal.evidence.control;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.shoumi.portal.evidence.entity.EvidenceKind;

/**
 * The canonical, versioned serialisation of a record's evidential content: the kind, a format version, the
 * record id, then the fields in a fixed order, separated by {@code |}. Text fields escape {@code \}, {@code |}
 * and line breaks; a missing value is {@code -} (text that is exactly "-" is escaped as {@code \-}); numbers
 * in plain notation with the scale the database keeps; timestamps as the stored wall-clock value with nine
 * fraction digits (the same in any time zone of the reading JVM); dates ISO. Binary values and long texts
 * enter by their SHA-256. Any change of this format needs a new version tag, never a change of v1.
 */
public final class CanonicalContent {

    public static final String VERSION = "v1";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");

    private final List<String> fields = new ArrayList<>();

    private CanonicalContent(EvidenceKind kind, long recordId) {
        fields.add(kind.name());
        fields.add(VERSION);
        fields.add(Long.toString(recordId));
    }

    public static CanonicalContent of(EvidenceKind kind, long recordId) {
        return new CanonicalContent(kind, recordId);
    }

    public CanonicalContent text(String value) {
        fields.add(value == null ? "-" : escape(value));
        return this;
    }

    public CanonicalContent number(long value) {
        fields.add(Long.toString(value));
        return this;
    }

    public CanonicalContent decimal(BigDecimal value) {
        fields.add(value == null ? "-" : value.toPlainString());
        return this;
    }

    public CanonicalContent flag(Boolean value) {
        fields.add(value == null ? "-" : value.toString());
        return this;
    }

    public CanonicalContent time(Timestamp value) {
        fields.add(value == null ? "-" : TIME.format(value.toLocalDateTime()));
        return this;
    }

    public CanonicalContent date(LocalDate value) {
        fields.add(value == null ? "-" : value.toString());
        return this;
    }

    /** A long text or binary value by its SHA-256. */
    public CanonicalContent digestOf(byte[] value) {
        fields.add(value == null ? "-" : EvidenceHashes.sha256(value));
        return this;
    }

    public CanonicalContent digestOf(String value) {
        fields.add(value == null ? "-" : EvidenceHashes.sha256(value));
        return this;
    }

    @Override
    public String toString() {
        return String.join("|", fields);
    }

    static String escape(String value) {
        if (value.equals("-")) {
            return "\\-";
        }
        StringBuilder b = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '|' -> b.append("\\|");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
