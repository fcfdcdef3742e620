package org.shoumi.portal.web.liaisons;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.shoumi.portal.employees.entity.StaffNumber;
import org.shoumi.portal.liaisons.boundary.LiaisonRefusedException;
import org.shoumi.portal.liaisons.boundary.LiaisonRows;
import org.shoumi.portal.liaisons.boundary.Liaisons;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.Allowed;
import org.shoumi.portal.web.shared.LocaleSelection;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.Times;

/**
 * The register of part-time secrecy liaisons (兼职保密员): every department's cover and current liaisons, appointing
 * one, ending an appointment, and the register's history. The secrecy office acts; auditors read.
 */
@Named
@ViewScoped
public class LiaisonManageView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/liaisons/manage";
    private static final String REFUSED = "liaisons.refused.";

    @Inject
    Liaisons liaisons;

    @Inject
    ExternalContext external;

    @Inject
    Actions actions;

    @Inject
    Times times;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    Messages messages;

    private List<LiaisonRows.DepartmentCover> covers = List.of();
    private List<LiaisonRows.Entry> history = List.of();
    private String department;
    @StaffNumber
    private String employeeNo;
    private LocalDate appointedOn;
    private String reference;
    private Long appointment;
    private LocalDate endedOn;
    private String reason;
    private String endReference;

    @PostConstruct
    void init() {
        covers = liaisons.covers();
        history = liaisons.history();
        appointedOn = liaisons.today();
        endedOn = appointedOn;
    }

    @Allowed(Role.SECRECY_OFFICER)
    public String appoint() {
        if (!getMayAct()) {
            return null;
        }
        return actions.attempt(() -> {
            try {
                liaisons.appoint(department, employeeNo, appointedOn, reference, external.getRemoteUser());
            } catch (LiaisonRefusedException refused) {
                if (refused.day() == null) {
                    throw refused;
                }
                // a day too early: the message names the earliest day allowed
                messages.error(REFUSED + refused.reason().name(), refused.day().toString());
                return null;
            }
            messages.info("liaisons.appointed");
            return Actions.redirect(PAGE);
        }, REFUSED);
    }

    @Allowed(Role.SECRECY_OFFICER)
    public String end() {
        if (!getMayAct()) {
            return null;
        }
        long chosen = appointment == null ? -1 : appointment;
        return actions.run(() -> liaisons.end(chosen, endedOn, reason, endReference, external.getRemoteUser()),
                "liaisons.ended", PAGE, REFUSED);
    }

    /** Only the secrecy office appoints and ends; auditors read. */
    public boolean getMayAct() {
        return external.isUserInRole("SECRECY_OFFICER");
    }

    public String time(Instant at) {
        return times.format(at);
    }

    /** How many departments have no serving liaison (vacant, or to be replaced). */
    public long getUncovered() {
        return covers.stream().filter(c -> !c.isCovered()).count();
    }

    /** The departments covered only by a liaison whose 离岗 or 离职 is open (still covered until the approval). */
    public long getHandingOver() {
        return covers.stream().filter(LiaisonRows.DepartmentCover::isHandingOver).count();
    }

    /** A current appointment as the end form offers it: its id, and department · name (staff number). */
    public record Option(long id, String label) implements Serializable {
    }

    /** The current appointments, department by department. */
    public List<Option> getServing() {
        String language = localeSelection.getLanguage();
        return covers.stream().flatMap(c -> c.liaisons().stream().map(l -> new Option(l.appointmentId(),
                messages.text("liaisons.end.option", c.name(language), l.personName(), l.employeeNo())))).toList();
    }

    public List<LiaisonRows.DepartmentCover> getCovers() {
        return covers;
    }

    public List<LiaisonRows.Entry> getHistory() {
        return history;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public void setEmployeeNo(String employeeNo) {
        this.employeeNo = employeeNo;
    }

    public LocalDate getAppointedOn() {
        return appointedOn;
    }

    public void setAppointedOn(LocalDate appointedOn) {
        this.appointedOn = appointedOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Long getAppointment() {
        return appointment;
    }

    public void setAppointment(Long appointment) {
        this.appointment = appointment;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getEndReference() {
        return endReference;
    }

    public void setEndReference(String endReference) {
        this.endReference = endReference;
    }
}
