package org.shoumi.portal.web.employees;

import org.shoumi.portal.vetting.boundary.Vettings;
import org.shoumi.portal.web.shared.NotFound;
import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.shoumi.portal.employees.boundary.ChangeOutcome;
import org.shoumi.portal.employees.boundary.ChangeRefusedException;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.boundary.HistoryRow;
import org.shoumi.portal.employees.boundary.PersonnelHistory;
import org.shoumi.portal.employees.boundary.Roster;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.boundary.Organisation;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.Messages;

/**
 * HR changes one person's post and secrecy class (转岗, 涉密类别调整); the page says which programme the change
 * gave (transfer or onboarding) and by when it is due.
 */
@Named
@ViewScoped
public class EmployeeChangeView implements Serializable {

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
    PersonnelHistory history;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    @Inject
    org.shoumi.portal.departures.boundary.Departures departures;

    @Inject
    Vettings vettings;

    private String no;
    private EmployeeRow person;
    private String departmentCode;
    private String postCode;
    private SecrecyClass secrecyClass;
    private String reason;
    private boolean returning;
    private java.time.LocalDate lastDay;
    private List<HistoryRow> entries;

    public void load() throws IOException {
        person = no == null ? null : employees.byNumber(no.strip()).orElse(null);
        if (person == null) {
            NotFound.answer(external);
            return;
        }
        if (postCode == null) {
            departmentCode = person.getDepartmentCode();
            postCode = person.getPostCode();
            secrecyClass = person.getSecrecyClass();
            // what a lowering would name as the 离岗's planned last working day unless HR gives another
            lastDay = isMayBeLowered() ? departures.loweringLastDay() : null;
        }
        entries = history.of(person.getEmployeeNo());
    }

    public String save() {
        // the person shown, or, when the page's beans are gone (a page kept open in another tab after leaving it),
        // the staff number of its address: the change is checked against the record as it is now either way
        String employeeNo = person != null ? person.getEmployeeNo() : no == null ? "" : no.strip();
        return actions.attempt(() -> {
            // a person out of the post (离岗) taken back onto a secret-related post as a new one (按新上岗)
            ChangeOutcome done;
            try {
                done = returning
                        ? roster.returnToPost(employeeNo, departmentCode, postCode, secrecyClass, reason,
                                external.getRemoteUser())
                        : roster.change(employeeNo, departmentCode, postCode, secrecyClass, reason,
                                external.getRemoteUser(), lastDay);
            } catch (ChangeRefusedException refused) {
                if (refused.details().isEmpty()) {
                    throw refused;
                }
                // a refusal that names what stands in the way (the open hand-over, its posts and day)
                messages.error("employees.change.refused." + refused.reason().name(), refused.details().toArray());
                return null;
            }
            if (done.departureOpened()) {
                String planned = departures.detail(done.departureId()).map(d -> d.getPlannedLastDay().toString())
                        .orElse("");
                // a last day in the past (within the grace) made the exit training due on the day of the change: the
                // answer names the day stored (it said "离岗培训同日截止" naming the past day; outside check)
                boolean dueLater = done.due() != null && !done.due().toString().equals(planned);
                // a lowering within the secret-related classes keeps the person in post: said so (it said "属于脱离涉密岗位"
                // while the departure page, the pledge and the roster said 仍在岗; outside re-check)
                String key = done.newClass().isSecretRelated() ? "employees.change.departure.lowering"
                        : "employees.change.departure";
                messages.info(dueLater ? key + ".pastLastDay" : key,
                        done.name(), messages.text("enum.SecrecyClass." + done.newClass().name()), planned,
                        dueLater ? done.due().toString() : "");
                return Actions.redirect("/departures/detail.xhtml?id=" + done.departureId());
            }
            if (!done.changed()) {
                messages.info("employees.change.unchanged", done.name());
            } else if (done.raiseCorrected() && done.programme() == null) {
                // a raise never taken up set back: a correction, said as such, no departure and no 脱密期; the plan items
                // are said to follow the class back only when some were opened or closed (it said so with no plan)
                boolean planItems = !done.openedProgrammes().isEmpty() || !ClosedProgrammes.of(done, messages).isEmpty();
                messages.info(planItems ? "employees.change.done.raiseCorrected"
                                : "employees.change.done.raiseCorrectedNone", done.name(),
                        messages.text("enum.SecrecyClass." + done.oldClass().name()),
                        messages.text("enum.SecrecyClass." + done.newClass().name()));
            } else if (done.correction() && done.programme() == null) {
                // 上岗前更正: said as such, with the onboarding closed (a hire corrected to 非涉密) and where it left them
                messages.info(done.trainingClosed() ? "employees.change.done.correctionClosed"
                                : "employees.change.done.correction", done.name(),
                        messages.text("enum.SecrecyClass." + done.oldClass().name()),
                        messages.text("enum.SecrecyClass." + done.newClass().name()),
                        messages.text("enum.EmployeeStatus." + done.status().name()));
            } else if (done.programme() == null && done.oldClass() != done.newClass()) {
                // a change of class in post starts no programme, but the plan items follow the class: it said only
                // 无需开启培训 after closing the 一般 items and giving the 重要 ones (outside check); and it then claimed
                // items closed and opened when no plan had been started (outside check): the items are named below,
                // and when there are none it says that none was opened or closed
                boolean planItems = !done.openedProgrammes().isEmpty() || !ClosedProgrammes.of(done, messages).isEmpty();
                messages.info(planItems ? "employees.change.done.classChanged"
                                : "employees.change.done.classChangedNone", done.name(),
                        messages.text("enum.SecrecyClass." + done.oldClass().name()),
                        messages.text("enum.SecrecyClass." + done.newClass().name()));
            } else if (done.programme() == null) {
                messages.info("employees.change.done", done.name());
            } else if (done.programmeKept()) {
                // the programme was open already (a transfer still under way): kept, not started again
                messages.info("employees.change.done.programmeKept", done.name(),
                        messages.text("enum.ProgrammeKind." + done.programme()), done.due().toString());
            } else {
                messages.info("employees.change.done.programme", done.name(),
                        messages.text("enum.ProgrammeKind." + done.programme()), done.due().toString());
            }
            String closed = ClosedProgrammes.of(done, messages);
            if (!closed.isEmpty()) {
                // a move closes the programmes of campaigns aimed at the old department, post or class: named (the
                // answer said only 无需开启培训 while ZX2026-OFFICE had been closed; outside check)
                messages.info("employees.change.closedProgrammes", done.name(), closed);
            }
            String opened = ClosedProgrammes.opened(done, messages);
            if (!opened.isEmpty()) {
                // the plan items of the new class the change gave, named as the closed ones are
                messages.info("employees.change.openedProgrammes", done.name(), opened);
            }
            if (done.changed() && Vettings.raisedIntoVetting(done.oldClass(), done.newClass())
                    && vettings.vettingMissing(done.employeeNo())) {
                // raised into 核心 or 重要 (重要 → 核心 too): the officers were told to vet the person
                // (Vettings.personnelChanged)
                messages.info("employees.change.vettingNeeded", done.name(),
                        messages.text("enum.SecrecyClass." + done.newClass().name()));
            }
            if (done.changed() && !done.oldPostCode().equals(done.newPostCode())
                    && departures.openHandover(done.employeeNo()).isPresent()) {
                // the move also opened the hand-over of the old post's carriers, which HR has to finish and confirm
                messages.info("employees.change.handoverOpened");
            }
            return Actions.redirect("/employees/change.xhtml?no=" + done.employeeNo());
        }, "employees.change.refused.");
    }

    /**
     * Whether the person could be moved out of their class by a departure: in post (待上岗 or 在岗) in a
     * secret-related class. Only then does the form ask for the 离岗's planned last working day.
     */
    public boolean isMayBeLowered() {
        return person != null && person.getSecrecyClass() != null && person.getSecrecyClass().isSecretRelated()
                && (person.getStatus() == org.shoumi.portal.employees.entity.EmployeeStatus.ACTIVE
                || person.getStatus() == org.shoumi.portal.employees.entity.EmployeeStatus.ONBOARDING);
    }

    /** The planned last working day of the 离岗 a lowering opens; null: the default. */
    public java.time.LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(java.time.LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public List<Department> getDepartments() {
        return organisation.departments();
    }

    public List<HistoryRow> getHistory() {
        return entries;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    /** Whether HR takes a person out of the post (离岗) back onto a secret-related post (按新上岗). */
    public boolean isReturning() {
        return returning;
    }

    public void setReturning(boolean returning) {
        this.returning = returning;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<Post> getPosts() {
        return organisation.posts();
    }

    public SecrecyClass[] getSecrecyClasses() {
        return SecrecyClass.values();
    }

    public EmployeeRow getPerson() {
        return person;
    }

    public String getNo() {
        return no;
    }

    public void setNo(String no) {
        this.no = no;
    }

    public String getPostCode() {
        return postCode;
    }

    public void setPostCode(String postCode) {
        this.postCode = postCode;
    }

    public SecrecyClass getSecrecyClass() {
        return secrecyClass;
    }

    public void setSecrecyClass(SecrecyClass secrecyClass) {
        this.secrecyClass = secrecyClass;
    }
}
