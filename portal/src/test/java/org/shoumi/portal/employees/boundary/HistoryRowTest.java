package org.shoumi.portal.employees.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.ChangeSource;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

/** Where a history entry came from, as the change page, the secrecy file and the workbook name it. */
class HistoryRowTest {

    private static final HistoryRow.Named DEPT = new HistoryRow.Named("RESEARCH", "科研处", "Research");
    private static final HistoryRow.Named POST = new HistoryRow.Named("STAFF", "工作人员", "Staff");

    private static HistoryRow row(ChangeSource source, SecrecyClass from, SecrecyClass to, EmployeeStatus before,
                                  EmployeeStatus after) {
        return new HistoryRow(1L, Instant.parse("2026-12-07T02:00:00Z"), LocalDate.of(2026, 12, 7), "hr", source,
                null, "何雪", "何雪", DEPT, DEPT, POST, POST, from, to, before, after);
    }

    /** Outside re-check ex-s37h: an approved lowering that keeps the person in post read 离岗离职审批. */
    @Test
    void anApprovedLoweringInPostIsNamedAsSuch() {
        assertEquals("employees.history.source.loweringApproval", row(ChangeSource.DEPARTURE, SecrecyClass.CORE,
                SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, EmployeeStatus.ACTIVE).sourceKey());
        assertEquals("enum.ChangeSource.DEPARTURE", row(ChangeSource.DEPARTURE, SecrecyClass.IMPORTANT,
                SecrecyClass.NONE, EmployeeStatus.ACTIVE, EmployeeStatus.LEFT_POST).sourceKey(), "a 离岗");
        assertEquals("enum.ChangeSource.DEPARTURE", row(ChangeSource.DEPARTURE, SecrecyClass.NONE,
                SecrecyClass.NONE, EmployeeStatus.LEFT_POST, EmployeeStatus.LEFT_UNIT).sourceKey(), "a 离职");
        assertEquals("enum.ChangeSource.FORM", row(ChangeSource.FORM, SecrecyClass.CORE,
                SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, EmployeeStatus.ACTIVE).sourceKey());
    }
}
