package org.shoumi.portal.reports.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Writes a person's due dates as an iCalendar file (RFC 5545, {@value #MEDIA_TYPE}) that calendar programs
 * subscribe to or import: one {@code VEVENT} per due date, all-day ({@code VALUE=DATE}, ending the next day, as
 * the RFC's DTEND is exclusive) or from a start to an end instant (in UTC). Lines end in CRLF and are folded at
 * 75 octets of UTF-8 without ever splitting a character; TEXT values escape backslash, semicolon, comma and
 * line breaks and drop other control characters.
 *
 * <p>A small writer rather than ical4j: ical4j 4.0.8 does resolve here, but it brings slf4j, commons-lang3,
 * commons-codec, threeten-extra, caffeine and jparsec into the war for what is a handful of properties written
 * one way, and ical4j's value is in parsing, time-zone handling and recurrence, none of which is needed: the
 * events are either all-day dates or UTC instants, never recurring, and the portal never reads calendars.
 */
public final class ICalendar {

    /** The content type of the file. */
    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";
    static final String PRODID = "-//Shoumi//Shoumi secrecy portal//ZH";
    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    /**
     * One due date: all-day when {@code date} is set, else from {@code start} to {@code end}.
     *
     * @param uid globally unique and stable across exports (so a calendar updates the event instead of adding
     *     a second one), such as {@code programme-42@shoumi.example.org}
     * @param description may be null
     * @param url where to act on it in the portal; may be null
     */
    public record Event(String uid, String summary, String description, LocalDate date, Instant start, Instant end,
            String url) {

        public Event {
            if (uid == null || uid.isBlank()) {
                throw new IllegalArgumentException("an event needs a uid");
            }
            Objects.requireNonNull(summary, "summary");
            if (date == null) {
                Objects.requireNonNull(start, "start (or date)");
                Objects.requireNonNull(end, "end");
                if (end.isBefore(start)) {
                    throw new IllegalArgumentException("the event " + uid + " ends before it starts");
                }
            } else if (start != null || end != null) {
                throw new IllegalArgumentException("the event " + uid + " is all-day or timed, not both");
            }
        }

        /** An all-day event on {@code date}. */
        public static Event allDay(String uid, String summary, String description, LocalDate date, String url) {
            return new Event(uid, summary, description, date, null, null, url);
        }

        /** An event from {@code start} to {@code end}. */
        public static Event timed(String uid, String summary, String description, Instant start, Instant end,
                String url) {
            return new Event(uid, summary, description, null, start, end, url);
        }

        public boolean isAllDay() {
            return date != null;
        }
    }

    /**
     * The calendar as text, every line ending in CRLF.
     *
     * @param name the calendar's name as calendar programs show it (X-WR-CALNAME)
     * @param stamp when the file is made (DTSTAMP of every event)
     */
    public static String write(String name, List<Event> events, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + PRODID);
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(name));
        String dtstamp = UTC.format(stamp);
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + escape(e.uid()));
            line(out, "DTSTAMP:" + dtstamp);
            if (e.isAllDay()) {
                line(out, "DTSTART;VALUE=DATE:" + DATE.format(e.date()));
                line(out, "DTEND;VALUE=DATE:" + DATE.format(e.date().plusDays(1)));
            } else {
                line(out, "DTSTART:" + UTC.format(e.start()));
                line(out, "DTEND:" + UTC.format(e.end()));
            }
            line(out, "SUMMARY:" + escape(e.summary()));
            if (e.description() != null && !e.description().isEmpty()) {
                line(out, "DESCRIPTION:" + escape(e.description()));
            }
            if (e.url() != null && !e.url().isBlank()) {
                // a URI value, not TEXT: written as is, without line breaks
                line(out, "URL:" + e.url().strip().replaceAll("[\\r\\n]", ""));
            }
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** {@link #write} as UTF-8 bytes. */
    public static byte[] toBytes(String name, List<Event> events, Instant stamp) {
        return write(name, events, stamp).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, each line break (CRLF, CR or LF) as
     * {@code \n}, other control characters (but tab) left out.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * The content line folded (RFC 5545 3.1): no line longer than 75 octets of UTF-8 without its CRLF, each
     * continuation starting with one space (which counts), and never a break inside a character, a surrogate
     * pair included. No CRLF at the end.
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder(line.length() + 16);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = utf8Length(cp);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static int utf8Length(int cp) {
        if (cp < 0x80) {
            return 1;
        } else if (cp < 0x800) {
            return 2;
        } else if (cp < 0x10000) {
            return 3;
        }
        return 4;
    }

    private static void line(StringBuilder out, String contentLine) {
        out.append(fold(contentLine)).append(CRLF);
    }
}
