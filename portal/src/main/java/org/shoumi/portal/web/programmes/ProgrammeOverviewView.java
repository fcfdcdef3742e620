package org.shoumi.portal.web.programmes;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.programmes.boundary.Progress;

/** Everyone's programmes with their steps: what HR, the secrecy office and department heads watch. */
@Named
@RequestScoped
public class ProgrammeOverviewView {

    @Inject
    Programmes programmes;

    private List<Progress> rows;

    @PostConstruct
    void load() {
        rows = programmes.overview();
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
