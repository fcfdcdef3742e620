package org.shoumi.portal.departures.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.shoumi.portal.departures.control.ExitChecklist;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.portal.organisation.entity.CodedName;

/** An open departure on HR's list, with its checklist progress. Getters for Jakarta EL, which does not read records. */
public record DepartureRow(long id, String employeeNo, String name, String departmentName, String departmentNameEn,
                           DepartureKind kind, LocalDate plannedLastDay, ExitChecklist checklist,
                           boolean loweringInPost)
        implements Serializable {

    /**
     * A lowering within the secret-related classes (重要 → 一般): the person stays in a secret-related post, so the
     * lists name it so instead of 离岗 ({@code Departure.isLoweringInPost}).
     */
    public boolean isLoweringInPost() {
        return loweringInPost;
    }

    public String departmentIn(String language) {
        return CodedName.in(language, departmentName, departmentNameEn);
    }

    public long getId() {
        return id;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public String getName() {
        return name;
    }

    public DepartureKind getKind() {
        return kind;
    }

    /** A hand-over (转岗交接): its carriers are handed over, not returned, and the list says so. */
    public boolean isHandover() {
        return kind.isHandover();
    }

    public LocalDate getPlannedLastDay() {
        return plannedLastDay;
    }

    public int getItemsDone() {
        return checklist.itemsDone();
    }

    public int getItems() {
        return checklist.items();
    }

    public int getCarriers() {
        return checklist.carriers();
    }

    public int getCarriersReturned() {
        return checklist.carriersReturned();
    }

    public List<ExitChecklist.Item> getMissing() {
        return checklist.missing();
    }
}
