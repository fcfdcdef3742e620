package org.shoumi.portal.web.inspections;

import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.NotFound;
import org.shoumi.portal.web.shared.Times;
import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shoumi.portal.inspections.boundary.InspectionRefusedException;
import org.shoumi.portal.inspections.boundary.Rows;
import org.shoumi.portal.inspections.boundary.SelfInspections;
import org.shoumi.portal.inspections.control.InspectionRules.AnswerInput;
import org.shoumi.portal.inspections.control.InspectionRules.AnswerProblem;
import org.shoumi.portal.inspections.entity.Finding;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.Once;

/**
 * Filling in one self-inspection: yes or no for every item, a note (required with "no"). Submitted all at
 * once; a refusal marks each item that needs attention and keeps what was entered.
 */
@Named
@ViewScoped
public class InspectionFillView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String YES = "YES";
    static final String NO = "NO";

    @Inject
    SelfInspections selfInspections;

    @Inject
    ExternalContext external;

    @Inject
    Messages messages;

    @Inject
    Actions actions;

    @Inject
    Times times;

    @Inject
    org.shoumi.portal.web.shared.CurrentPerson currentPerson;

    private Long id;
    private Rows.Form form;
    private List<Row> rows;

    /** One item on the form, with what the person chose and, after a refusal, what is wrong with it. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Rows.Item item;
        private String choice;
        private String note;
        private String problem;

        Row(Rows.Item item) {
            this.item = item;
            this.choice = item.compliant() == null ? null : item.compliant() ? YES : NO;
            this.note = item.note();
        }

        public Rows.Item getItem() {
            return item;
        }

        public String getChoice() {
            return choice;
        }

        public void setChoice(String choice) {
            this.choice = choice;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public String getProblem() {
            return problem;
        }
    }

    public void load() throws IOException {
        if (form != null) {
            return;
        }
        try {
            form = id == null ? null : selfInspections.form(id, external.getRemoteUser());
        } catch (InspectionRefusedException refused) {
            form = null;
            if (refused.reason() == InspectionRefusedException.Reason.NO_LONGER_ASKED) {
                // a leaver's own form: said so on their list rather than opened (or a 404 as for someone else's)
                messages.warn("inspection.refused." + refused.reason().name());
                external.redirect(external.getRequestContextPath() + "/inspections/mine.xhtml");
                return;
            }
        }
        if (form == null) {
            NotFound.answer(external);
            return;
        }
        rows = form.items().stream().map(Row::new).toList();
    }

    /** Before the page is drawn: a post whose beans ended meanwhile reopens the list ({@link org.shoumi.portal.web.shared.GoneView}). */
    public void ensureShown() throws IOException {
        org.shoumi.portal.web.shared.GoneView.reopenIfEmpty(form != null, messages, "/inspections/mine.xhtml");
    }

    /**
     * Submits the form once: a second post of it (a double click; found by an outside check, it said the page had
     * expired and the last change might be lost) is answered "already sent, not recorded again".
     */
    @Once
    public String submit() {
        if (form == null || rows == null) {
            return actions.reopen("/inspections/fill.xhtml?id=" + id);
        }
        Map<String, AnswerInput> answers = new HashMap<>();
        for (Row r : rows) {
            r.problem = null;
            Boolean compliant = YES.equals(r.choice) ? Boolean.TRUE : NO.equals(r.choice) ? Boolean.FALSE : null;
            answers.put(r.item.id(), new AnswerInput(compliant, r.note));
        }
        try {
            List<Finding> findings = selfInspections.submit(form.id(), external.getRemoteUser(), answers);
            if (findings.isEmpty()) {
                messages.info("inspection.fill.submitted", form.roundName());
                return Actions.redirect("/inspections/mine.xhtml");
            }
            java.util.Optional<String> mine = currentPerson.employeeNo();
            List<Finding> own = findings.stream()
                    .filter(f -> mine.isPresent() && mine.get().equals(f.getOwner().getEmployeeNo())).toList();
            if (own.isEmpty()) {
                // an inspection by the secrecy office: the findings go to the department (its head or liaison), not
                // to the inspector, whose list said "您没有整改事项" under "列在下方" (outside check)
                messages.info("inspection.fill.submittedFindingsHandedOn", form.roundName(), findings.size());
                return Actions.redirect("/inspections/mine.xhtml");
            }
            messages.info("inspection.fill.submittedWithFindings", form.roundName(), findings.size());
            return Actions.redirect("/inspections/findings.xhtml");
        } catch (InspectionRefusedException refused) {
            if (refused.reason() == InspectionRefusedException.Reason.INCOMPLETE) {
                for (AnswerProblem p : refused.problems()) {
                    rows.get(p.number() - 1).problem = messages.text("inspection.problem." + p.problem().name(),
                            p.number());
                }
                messages.error("inspection.fill.incomplete", refused.problems().size());
            } else {
                messages.error("inspection.refused." + refused.reason().name());
            }
            return null;
        }
    }

    public String time(java.time.Instant at) {
        return times.format(at);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Rows.Form getForm() {
        return form;
    }

    public List<Row> getRows() {
        return rows;
    }
}
