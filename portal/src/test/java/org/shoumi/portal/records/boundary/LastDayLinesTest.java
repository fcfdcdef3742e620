package org.shoumi.portal.records.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.departures.boundary.DepartureDetail;
import org.shoumi.portal.employees.boundary.LoginNames;

class LastDayLinesTest {

    private static final ResourceBundle ZH = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages",
            Locale.SIMPLIFIED_CHINESE);

    /**
     * Found by an outside check: the changes of a planned last working day were written with the day only
     * ("2026-12-06 徐慧 将…") on the approval form, the secrecy file and the workbook, so that three changes on one day
     * could not be told apart. They are written to the minute in the unit's time zone, as the pages write times.
     */
    @Test
    void eachChangeIsWrittenToTheMinuteInTheUnitsZone() {
        LoginNames names = new LoginNames(Map.of("hr", "徐慧"));
        List<DepartureDetail.LastDayRow> changes = List.of(
                new DepartureDetail.LastDayRow(Instant.parse("2026-12-06T01:05:30Z"), "hr", LocalDate.of(2026, 12, 20),
                        LocalDate.of(2026, 12, 10), "提前离职"),
                new DepartureDetail.LastDayRow(Instant.parse("2026-12-06T07:40:00Z"), "hr", LocalDate.of(2026, 12, 10),
                        LocalDate.of(2026, 12, 12), "交接延长"));
        assertEquals(List.of("2026-12-06 09:05 徐慧 将计划最后工作日由 2026-12-20 改为 2026-12-10，原因：提前离职",
                        "2026-12-06 15:40 徐慧 将计划最后工作日由 2026-12-10 改为 2026-12-12，原因：交接延长"),
                Records.lastDayLines(changes, ZH, names, ZoneId.of("Asia/Shanghai")));
    }
}
