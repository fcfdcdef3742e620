package org.shoumi.portal.reports.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One date in a person's calendar: what (a bundle key and its argument, e.g. the campaign's title), the day, or the
 * start and end of an offline session, and the portal page it leads to. {@code uid} is stable, so a calendar
 * application updates the entry instead of adding another.
 */
public record DueDate(String uid, String key, String what, LocalDate day, Instant start, Instant end, String page) {

    public String getKey() {
        return key;
    }

    public String getWhat() {
        return what;
    }

    public LocalDate getDay() {
        return day;
    }

    public Instant getStart() {
        return start;
    }

    public String getPage() {
        return page;
    }

    public boolean isTimed() {
        return start != null;
    }
}
