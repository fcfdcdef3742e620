package org.shoumi.portal.web.reports;

import java.time.LocalDate;
import java.util.Collection;

/** Which years the year-end report (page and downloads) is given for. */
final class ReportYears {

    private ReportYears() {
    }

    /**
     * The last year with a report: this year, or a later one that has programmes (started on a day of it: next
     * year's plan started already), the years the dashboard offers.
     */
    static int last(LocalDate today, Collection<Integer> programmeYears) {
        return programmeYears.stream().mapToInt(Integer::intValue).reduce(today.getYear(), Math::max);
    }
}
