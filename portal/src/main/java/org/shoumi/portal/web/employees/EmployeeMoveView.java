package org.shoumi.portal.web.employees;

import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.shoumi.portal.employees.boundary.ChangeOutcome;
import org.shoumi.portal.employees.boundary.ChangeRefusedException;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.boundary.Roster;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.boundary.Organisation;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.Messages;

/**
 * HR changes several people of one department at once (批量调整): choose the department they are in, tick them (or
 * take the whole department), choose what changes (department, post, class; the rest is kept) and give the grounds.
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
    Messages messages;

    private String from;
    private List<EmployeeRow> people = List.of();
    private List<String> chosen = new ArrayList<>();
    private boolean whole;
    private String to;
    private String postCode;
    private SecrecyClass secrecyClass;
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
        List<String> who = whole ? people.stream().map(EmployeeRow::getEmployeeNo).toList() : chosen;
        try {
            List<ChangeOutcome> done = roster.changeMany(from, who, to, postCode, secrecyClass, reason,
                    external.getRemoteUser());
            // those for whom a departure was opened are not changed yet (they were counted as 已调整), and a lowering
            // within the secret-related classes is no 离岗: the person stays in post (outside check ex-s37f 4)
            long changed = done.stream().filter(o -> o.changed() && !o.departureOpened()).count();
            long lowered = done.stream().filter(o -> o.departureOpened() && o.newClass() != null
                    && o.newClass().isSecretRelated()).count();
            messages.info("employees.move.changed", changed, done.stream().filter(o -> !o.changed()).count(),
                    done.stream().filter(o -> o.programme() != null).count(),
                    done.stream().filter(ChangeOutcome::departureOpened).count() - lowered, lowered);
            // a hire not yet in post whose class was lowered is corrected (上岗前更正), not sent through a departure:
            // said with their names, as the change page says it for one person
            List<String> corrected = done.stream().filter(o -> o.correction() && !o.raiseCorrected())
                    .map(o -> messages.text("employees.move.person", o.name(), o.employeeNo())).toList();
            if (!corrected.isEmpty()) {
                messages.info("employees.move.corrections", corrected.size(),
                        String.join(messages.text("common.listSeparator"), corrected));
            }
            // a raise never taken up (no passed 上岗审查) set back to the class before: a correction too, said as such
            List<String> setBack = done.stream().filter(ChangeOutcome::raiseCorrected)
                    .map(o -> messages.text("employees.move.person", o.name(), o.employeeNo())).toList();
            if (!setBack.isEmpty()) {
                messages.info("employees.move.raisesCorrected", setBack.size(),
                        String.join(messages.text("common.listSeparator"), setBack));
            }
            // the programmes each move closed as no longer concerning the person (a campaign of the old department)
            List<String> closed = done.stream().filter(o -> !ClosedProgrammes.of(o, messages).isEmpty())
                    .map(o -> messages.text("employees.move.closedOf", o.name(), o.employeeNo(),
                            ClosedProgrammes.of(o, messages))).toList();
            if (!closed.isEmpty()) {
                messages.info("employees.move.closedProgrammes", closed.size(),
                        String.join(messages.text("employees.move.closedSeparator"), closed));
            }
            return Actions.redirect("/employees/move.xhtml?from=" + from);
        } catch (ChangeRefusedException refused) {
            String key = "employees.change.refused." + refused.reason().name();
            if (refused.employeeNo() == null) {
                messages.error(key, refused.details().toArray());
            } else {
                messages.error("employees.move.refusedFor", refused.employeeNo(),
                        messages.text(key, refused.details().toArray()));
            }
            return null;
        }
    }

    public List<Post> getPosts() {
        return organisation.posts();
    }

    public SecrecyClass[] getSecrecyClasses() {
        return SecrecyClass.values();
    }

    public String getPostCode() {
        return postCode;
    }

    public void setPostCode(String postCode) {
        this.postCode = postCode == null || postCode.isBlank() ? null : postCode;
    }

    public SecrecyClass getSecrecyClass() {
        return secrecyClass;
    }

    public void setSecrecyClass(SecrecyClass secrecyClass) {
        this.secrecyClass = secrecyClass;
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
        this.to = to == null || to.isBlank() ? null : to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
