package org.shoumi.portal.web.inspections;

import org.shoumi.portal.web.shared.Times;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.shoumi.portal.inspections.boundary.Rows;
import org.shoumi.portal.inspections.boundary.SelfInspections;

/** My self-inspections: those to fill in, and those submitted with how many findings each gave. */
@Named
@RequestScoped
public class MyInspectionsView {

    @Inject
    SelfInspections selfInspections;

    @Inject
    ExternalContext external;

    @Inject
    Times times;

    private List<Rows.Task> toFill;
    private List<Rows.Task> submitted;

    @PostConstruct
    void load() {
        List<Rows.Task> all = selfInspections.mine(external.getRemoteUser());
        toFill = all.stream().filter(t -> !t.submitted()).toList();
        submitted = all.stream().filter(Rows.Task::submitted).toList();
    }

    public String time(Instant at) {
        return times.format(at);
    }

    public List<Rows.Task> getToFill() {
        return toFill;
    }

    public List<Rows.Task> getSubmitted() {
        return submitted;
    }
}
