package org.shoumi.portal.web.programmes;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
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

    private List<Progress> rows;

    @PostConstruct
    void load() {
        rows = visible.list();
    }

    public List<Progress> getRows() {
        return rows;
    }

    public long getOpenCount() {
        return rows.stream().filter(Progress::open).count();
    }

    public long getOverdueCount() {
        return rows.stream().filter(Progress::overdue).count();
    }
}
