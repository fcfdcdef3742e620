package org.shoumi.portal.web.employees;

import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.boundary.Roster;
import org.shoumi.portal.organisation.boundary.Organisation;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.LocaleSelection;
import org.shoumi.portal.web.shared.Messages;

/**
 * HR moves several people of one department to another at once (部门调整): choose the department they are in, tick
 * them (or take the whole department), choose where they go and give the grounds. Each keeps post and class.
 */
@Named
@ViewScoped
public class EmployeeMoveView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Employees employees;

    @Inject
    Roster roster;

    @Inject
    Organisation organisation;

    @Inject
    ExternalContext external;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    @Inject
    LocaleSelection locale;

    private String from;
    private List<EmployeeRow> people = List.of();
    private List<String> chosen = new ArrayList<>();
    private boolean whole;
    private String to;
    private String reason;

    /** The view action (and the department list's ajax): the people of the department chosen, if any. */
    public void load() {
        boolean known = from != null && organisation.departments().stream().anyMatch(d -> d.getCode().equals(from));
        if (!known) {
            from = null; // a link with a department that does not exist chooses none
        }
        people = known ? employees.stayingIn(from) : List.of();
        chosen.retainAll(people.stream().map(EmployeeRow::getEmployeeNo).toList());
    }

    public String move() {
        return actions.attempt(() -> {
            List<String> who = whole ? people.stream().map(EmployeeRow::getEmployeeNo).toList() : chosen;
            Roster.Moved done = roster.moveDepartment(who, to, reason, external.getRemoteUser());
            String name = organisation.departments().stream().filter(d -> d.getCode().equals(done.departmentCode()))
                    .findFirst().map(d -> d.nameIn(locale.getLanguage())).orElse(done.departmentCode());
            messages.info("employees.move.done", done.moved(), name, done.alreadyThere());
            return Actions.redirect("/employees/move.xhtml?from=" + from);
        }, "employees.change.refused.");
    }

    public List<Department> getDepartments() {
        return organisation.departments();
    }

    public List<EmployeeRow> getPeople() {
        return people;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from == null || from.isBlank() ? null : from.strip();
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
    }

    public boolean isWhole() {
        return whole;
    }

    public void setWhole(boolean whole) {
        this.whole = whole;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
