package org.shoumi.portal.web.inspections;

import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.omnifaces.cdi.ViewScoped;
import org.shoumi.portal.inspections.boundary.InspectionFollowUp;
import org.shoumi.portal.inspections.boundary.Rows;
import org.shoumi.portal.liaisons.boundary.Liaisons;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.Allowed;
import org.shoumi.portal.web.shared.ChangesNothing;
import org.shoumi.portal.web.shared.CurrentPerson;
import org.shoumi.portal.web.shared.Menu;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.NotFound;
import org.shoumi.portal.web.shared.OwnDepartmentOnly;
import org.shoumi.portal.web.shared.Times;

/**
 * The follow-up of a self-inspection round (自查跟进): who it asked and who has not submitted (overdue first), when
 * each was last reminded, and the findings not closed yet. A department head who is nothing else sees their own
 * department only; the secrecy office and auditors see every department. Read only: the respondents fill in their
 * own forms, and the office closes findings on the findings page.
 */
@Named
@ViewScoped
public class DepartmentInspectionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InspectionFollowUp followUp;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    ExternalContext external;

    @Inject
    Times times;

    @Inject
    Liaisons liaisons;

    @Inject
    Menu menu;

    @Inject
    Messages messages;

    @Inject
    org.shoumi.portal.organisation.boundary.Organisation organisation;

    private Long round;
    private String dept;
    private boolean ownDepartmentOnly;
    private boolean liaison;
    /** A head's login whose person has left the post or the unit: no department is followed up. */
    private boolean departed;
    private boolean mayRemind;
    private String department;
    private List<Rows.RoundSummary> rounds;
    private Rows.RoundSummary chosen;
    private Rows.DepartmentCompletion chosenDepartment;
    private List<Rows.Respondent> respondents;

    private List<Rows.HandOver> handOvers = List.of();
    private List<Rows.FindingRow> findings;
    /** A round or department of the address the page does not know, as asked; null when every filter is known. */
    private String unknownFilter;

    /**
     * The view action: the scope from the login, the rounds in it, the chosen one (else the newest). A head sees
     * their own department, the office and auditors every department (or the one chosen), a department's part-time
     * secrecy liaison serving now their department; anyone else is answered 404.
     */
    @ChangesNothing
    public void load() throws IOException {
        // the roles the page's menu asks of the container anyway, once per request
        Set<Role> roles = menu.currentRoles();
        boolean wholeUnit = roles.contains(Role.SECRECY_OFFICER) || roles.contains(Role.AUDITOR);
        // a head follows up their own department, also a head who is HR or an administrator as well (neither sees
        // every department's self-inspection: the head with HR got 404 here; outside check)
        ownDepartmentOnly = !wholeUnit && roles.contains(Role.DEPT_HEAD);
        if (wholeUnit) {
            department = dept == null || dept.isBlank() ? null : knownDepartment(dept.strip());
            if (dept != null && !dept.isBlank() && department == null) {
                // ?dept=NOPE: said, and nobody listed (it showed "已提交 0/22；未提交 0 人" and an empty list)
                unknownFilter = dept.strip();
            }
        } else if (ownDepartmentOnly) {
            // a head whose person has left the post or the unit follows up no department: a head whose 离职 was
            // approved saw its people and reminded them in his own name for the rest of the last day (outside check
            // ex-s38e 1)
            department = OwnDepartmentOnly.departmentOf(currentPerson.get()).orElse(null);
            departed = OwnDepartmentOnly.left(currentPerson.get());
        } else {
            // not a role of the page's own: a liaison serving now follows up their department, nobody else
            Optional<String> served = currentPerson.employeeNo().flatMap(liaisons::departmentServedBy);
            if (served.isEmpty()) {
                NotFound.answer(external);
                return;
            }
            ownDepartmentOnly = true;
            liaison = true;
            department = served.get();
        }
        // who follows the department up may remind it: the office, a head, a liaison; an auditor only reads
        mayRemind = roles.contains(Role.SECRECY_OFFICER) || ownDepartmentOnly;
        if (ownDepartmentOnly && department == null) {
            if (departed) {
                messages.warn("head.noLongerAnswers");
            }
            rounds = List.of();
            respondents = List.of();
            findings = List.of();
            return;
        }
        rounds = followUp.rounds(ownDepartmentOnly ? department : null);
        Optional<Rows.RoundSummary> found = round == null ? rounds.stream().findFirst()
                : rounds.stream().filter(r -> r.id() == round).findFirst();
        chosen = found.orElse(null);
        if (round != null && chosen == null && unknownFilter == null) {
            // ?round=99999 (or a round that asked nobody in this scope) showed the newest round without a word
            unknownFilter = String.valueOf(round);
        }
        if (unknownFilter != null) {
            messages.warn("inspection.followUp.unknownFilter", unknownFilter.length() > 32
                    ? unknownFilter.substring(0, 32) + "…" : unknownFilter);
            respondents = List.of();
            findings = List.of();
            return;
        }
        respondents = chosen == null ? List.of() : followUp.respondents(chosen.id(), department);
        handOvers = chosen == null ? List.of() : followUp.handOvers(chosen.id(), department);
        chosenDepartment = chosen == null || department == null ? null : chosen.departments().stream()
                .filter(d -> d.code().equals(department)).findFirst().orElse(null);
        findings = followUp.openFindings(department);
    }

    /** The code of the unit's department {@code asked} names (in any case), or null when there is none. */
    private String knownDepartment(String asked) {
        return organisation.departments().stream().map(org.shoumi.portal.organisation.entity.Department::getCode)
                .filter(c -> c.equalsIgnoreCase(asked)).findFirst().orElse(null);
    }

    /** Whether the address named a round or department the page does not know: said, and nothing listed. */
    public boolean isFilterUnknown() {
        return unknownFilter != null;
    }

    /** Submitted in the summary: of the department chosen, else of the whole round (as the people listed). */
    public long getSubmitted() {
        return chosenDepartment != null ? chosenDepartment.submitted() : chosen == null ? 0 : chosen.submitted();
    }

    /** Asked in the summary: of the department chosen, else of the whole round. */
    public long getTotal() {
        return chosenDepartment != null ? chosenDepartment.total() : chosen == null ? 0 : chosen.total();
    }

    /**
     * Reminds now everyone in scope who has not submitted the round shown (under the bell, and by e-mail to those
     * with an address), then shows the page again with what was done.
     */
    @Allowed({Role.SECRECY_OFFICER, Role.DEPT_HEAD, Role.EMPLOYEE})
    public String remindNow() {
        // a liaison's appointment may have ended since the page was drawn: the post is checked again, not the page
        boolean stillLiaison = !liaison || currentPerson.employeeNo().flatMap(liaisons::departmentServedBy)
                .filter(d -> d.equals(department)).isPresent();
        if (!stillLiaison) {
            messages.error("inspection.followUp.noLongerLiaison");
            return null;
        }
        // nor may a head who has left or moved since the page was drawn remind the department shown: checked again
        boolean stillHead = liaison || !ownDepartmentOnly || department == null
                || OwnDepartmentOnly.departmentOf(currentPerson.get()).filter(department::equals).isPresent();
        if (!stillHead) {
            messages.error("head.noLongerAnswers");
            return null;
        }
        if (!mayRemind || chosen == null) {
            return null;
        }
        InspectionFollowUp.Reminded done = followUp.remindNow(chosen.id(), department, external.getRemoteUser());
        if (done.reminded() == 0) {
            messages.warn("inspection.followUp.remindedNone", done.alreadyToday());
        } else {
            messages.info("inspection.followUp.reminded", done.reminded(), done.alreadyToday());
        }
        return Actions.redirect("/inspections/department?round=" + chosen.id()
                + (department == null || ownDepartmentOnly ? "" : "&dept=" + department));
    }

    /** Whether the login may remind from this page (the office, a head, a liaison) and someone is left to remind. */
    public boolean isRemindable() {
        return mayRemind && chosen != null && unknownFilter == null && getWaiting() > 0;
    }

    public String time(Instant at) {
        return times.format(at);
    }

    public long getWaiting() {
        return respondents.stream().filter(r -> !r.submitted()).count();
    }

    public long getOverdue() {
        return respondents.stream().filter(Rows.Respondent::overdue).count();
    }

    /** Whether the login sees the page as its department's part-time secrecy liaison. */
    public boolean isLiaison() {
        return liaison;
    }

    public boolean isOwnDepartmentOnly() {
        return ownDepartmentOnly;
    }

    /** Whether the login is held to its own department but has no person on the roster to find it by. */
    public boolean isWithoutDepartment() {
        return ownDepartmentOnly && department == null && !departed;
    }

    /** Whether the login is a head's whose person has left the post or the unit: no department is followed up. */
    public boolean isDeparted() {
        return departed;
    }

    /** The department the office or an auditor narrowed the list to, with its completion; null for all. */
    public Rows.DepartmentCompletion getChosenDepartment() {
        return chosenDepartment;
    }

    public String getDept() {
        return dept;
    }

    public void setDept(String dept) {
        this.dept = dept;
    }

    public Long getRound() {
        return round;
    }

    public void setRound(Long round) {
        this.round = round;
    }

    public List<Rows.RoundSummary> getRounds() {
        return rounds;
    }

    public Rows.RoundSummary getChosen() {
        return chosen;
    }

    public List<Rows.Respondent> getRespondents() {
        return respondents;
    }

    /** The hand-overs of the chosen round's forms in this scope, oldest first. */
    public List<Rows.HandOver> getHandOvers() {
        return handOvers;
    }

    public List<Rows.FindingRow> getFindings() {
        return findings;
    }
}
