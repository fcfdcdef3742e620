package org.shoumi.portal.web.inspections;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.portal.inspections.boundary.InspectionRefusedException;
import org.shoumi.portal.inspections.boundary.RoundDraft;
import org.shoumi.portal.inspections.boundary.Rows;
import org.shoumi.portal.inspections.boundary.SelfInspections;
import org.shoumi.portal.inspections.control.InspectionRules;
import org.shoumi.portal.inspections.entity.InspectionRound;
import org.shoumi.portal.inspections.entity.InspectionScope;
import org.shoumi.portal.organisation.boundary.Organisation;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.Allowed;
import org.shoumi.portal.web.shared.ChangesNothing;
import org.shoumi.portal.web.shared.Messages;

/**
 * The rounds with their completion per department; a secrecy officer opens a new round here (auditors only
 * read).
 */
@Named
@ViewScoped
public class InspectionRoundsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SelfInspections selfInspections;

    @Inject
    Documents documents;

    @Inject
    ExternalContext external;

    @Inject
    Messages messages;

    @Inject
    Organisation organisation;

    private List<Rows.RoundSummary> rounds;
    private List<Rows.Checklist> checklists;
    private String name;
    private InspectionScope scope = InspectionScope.PERSONAL;
    private String checklistKey;
    private LocalDate due;
    private List<String> departments = new ArrayList<>();

    @PostConstruct
    void load() {
        rounds = selfInspections.rounds();
        checklists = selfInspections.checklists();
        checklistKey = checklists.isEmpty() ? null : checklists.get(0).key();
        scope = InspectionRules.scopeFor(checklistKey);
        due = documents.today().plusWeeks(3);
    }

    /** A checklist was chosen: who answers follows it, unless the officer then chooses otherwise. */
    @ChangesNothing
    public void checklistChosen() {
        scope = InspectionRules.scopeFor(checklistKey);
    }

    public boolean isOfficer() {
        return external.isUserInRole("SECRECY_OFFICER");
    }

    @Allowed(Role.SECRECY_OFFICER)
    public String open() {
        try {
            InspectionRound round = selfInspections.open(new RoundDraft(name, scope, checklistKey, due,
                    scope == InspectionScope.OFFICE ? departments : List.of()), external.getRemoteUser());
            messages.info("inspection.round.opened", round.getName(),
                    selfInspections.of(round.getId()).size());
            return Actions.redirect("/inspections/rounds.xhtml");
        } catch (InspectionRefusedException refused) {
            messages.error("inspection.refused." + refused.reason().name());
            return null;
        }
    }

    /** Whether the round is an inspection by the secrecy office (then the departments to inspect are chosen). */
    public boolean isOfficeScope() {
        return scope == InspectionScope.OFFICE;
    }

    /** The departments an inspection by the office may visit. */
    public List<Department> getAllDepartments() {
        return organisation.departments();
    }

    public List<String> getDepartments() {
        return departments;
    }

    public void setDepartments(List<String> departments) {
        this.departments = departments == null ? new ArrayList<>() : new ArrayList<>(departments);
    }

    public InspectionScope[] getScopes() {
        return InspectionScope.values();
    }

    public List<Rows.RoundSummary> getRounds() {
        return rounds;
    }

    /** A checklist to choose from, by title and version. */
    public String checklistLabel(Rows.Checklist c) {
        return messages.text("inspection.rounds.checklistOption", c.title(), c.version());
    }

    public List<Rows.Checklist> getChecklists() {
        return checklists;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public InspectionScope getScope() {
        return scope;
    }

    public void setScope(InspectionScope scope) {
        this.scope = scope;
    }

    public String getChecklistKey() {
        return checklistKey;
    }

    public void setChecklistKey(String checklistKey) {
        this.checklistKey = checklistKey;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }
}
