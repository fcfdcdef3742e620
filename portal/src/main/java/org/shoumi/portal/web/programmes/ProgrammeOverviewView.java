package org.shoumi.portal.web.programmes;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.portal.programmes.boundary.Progress;

/**
 * The programmes with their steps: what HR and the secrecy office watch for everyone, and a department head for
 * their own department.
 */
@Named
@RequestScoped
public class ProgrammeOverviewView {

    @Inject
    VisibleProgrammes visible;

    @Inject
    Documents documents;

    @Inject
    org.shoumi.portal.departures.boundary.Departures departures;

    private List<Progress> rows;
    private java.util.Set<Long> loweringRows = java.util.Set.of();
    private java.time.LocalDate today;

    @PostConstruct
    void load() {
        rows = visible.list();
        // an exit programme of a lowering that keeps the person in post is named as such, not 离岗培训 (outside check)
        loweringRows = departures.exitProgressOfLowerings(rows);
        today = documents.today();
    }

    /** The name of a row's programme: the exit programme of a lowering that keeps the person in post as such. */
    public String kindKey(Progress row) {
        return loweringRows.contains(row.assignmentId()) ? "programme.kind.loweringInPost"
                : "enum.ProgrammeKind." + row.kind();
    }

    public List<Progress> getRows() {
        return rows;
    }

    /**
     * Whether the programme's window has not opened yet: 未开始（自 … 起）, not 进行中, as the drill-down and its CSV
     * say (next year's plan items read 进行中（已完成 0/3 步） here; outside check).
     */
    public boolean notYetOpen(Progress p) {
        return p.opensAfter(today);
    }

    /** Open programmes whose window has opened: the ones that can be worked on (and may be overdue). */
    public long getOpenCount() {
        return rows.stream().filter(Progress::open).filter(p -> !p.opensAfter(today)).count();
    }

    public long getOverdueCount() {
        return rows.stream().filter(Progress::overdue).count();
    }

    /** Open programmes whose window has not opened yet, counted apart. */
    public long getNotYetOpenCount() {
        return rows.stream().filter(p -> p.opensAfter(today)).count();
    }
}
