package org.shoumi.portal.web.departures;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.shoumi.portal.departures.boundary.ApprovedDepartureRow;
import org.shoumi.portal.departures.boundary.WithdrawnDepartureRow;
import org.shoumi.portal.departures.boundary.DepartureRefusedException;
import org.shoumi.portal.departures.boundary.DepartureRow;
import org.shoumi.portal.departures.boundary.Departures;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.portal.employees.entity.StaffNumber;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.Once;

/** HR's open departures with their checklist progress, and the form that opens a new one. */
@Named
@ViewScoped
public class DepartureListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Departures departures;

    @Inject
    Messages messages;

    @Inject
    ExternalContext external;

    /** How many approved departures the list shows. */
    static final int RECENTLY_APPROVED = 50;

    private List<DepartureRow> rows;
    private List<ApprovedDepartureRow> approved;
    private List<WithdrawnDepartureRow> withdrawn;
    @StaffNumber
    private String employeeNo;
    private DepartureKind kind;
    private LocalDate plannedLastDay;
    private String reason;

    @PostConstruct
    void init() {
        rows = departures.openDepartures();
        approved = departures.recentlyApproved(RECENTLY_APPROVED);
        withdrawn = departures.recentlyWithdrawn(RECENTLY_APPROVED);
    }

    @Once
    public String open() {
        try {
            long id = departures.open(employeeNo, kind, plannedLastDay, reason, external.getRemoteUser());
            messages.info("departures.list.opened", employeeNo);
            return "/departures/detail.xhtml?faces-redirect=true&id=" + id;
        } catch (DepartureRefusedException refused) {
            DepartureRefusals.show(messages, refused, employeeNo);
            return null;
        }
    }

    public List<DepartureRow> getRows() {
        return rows;
    }

    public List<ApprovedDepartureRow> getApproved() {
        return approved;
    }

    /** The most recently withdrawn departures (opened by mistake), kept and listed with who, when and why. */
    public List<WithdrawnDepartureRow> getWithdrawn() {
        return withdrawn;
    }

    public DepartureKind[] getKinds() {
        return DepartureKind.leaving();
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public void setEmployeeNo(String employeeNo) {
        this.employeeNo = employeeNo;
    }

    public DepartureKind getKind() {
        return kind;
    }

    public void setKind(DepartureKind kind) {
        this.kind = kind;
    }

    public LocalDate getPlannedLastDay() {
        return plannedLastDay;
    }

    public void setPlannedLastDay(LocalDate plannedLastDay) {
        this.plannedLastDay = plannedLastDay;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
