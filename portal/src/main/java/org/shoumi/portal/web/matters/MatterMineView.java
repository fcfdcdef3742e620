package org.shoumi.portal.web.matters;

import org.shoumi.portal.web.shared.Once;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.shoumi.portal.matters.boundary.MatterRow;
import org.shoumi.portal.matters.boundary.Matters;
import org.shoumi.portal.matters.entity.MatterCategory;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.Times;

/** A person's own major-matter reports: reporting one, and the status of each reported so far. */
@Named
@ViewScoped
public class MatterMineView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Matters matters;

    @Inject
    ExternalContext external;

    @Inject
    Actions actions;

    @Inject
    Times times;

    private List<MatterRow> reports = List.of();
    private MatterCategory category;
    private LocalDate occurredOn;
    private String note;

    @PostConstruct
    void init() {
        reports = matters.mine(external.getRemoteUser());
    }

    @Once
    public String report() {
        // a lost carrier opens an incident case with its clock to report upwards: the message says so
        return actions.run(() -> matters.report(external.getRemoteUser(), category, occurredOn, note),
                category == MatterCategory.CARRIER_LOST ? "matters.reportedCarrier" : "matters.reported",
                "/matters/mine", "matters.refused.");
    }

    public String time(Instant at) {
        return times.format(at);
    }

    public MatterCategory[] getCategories() {
        return MatterCategory.values();
    }

    public List<MatterRow> getReports() {
        return reports;
    }

    public MatterCategory getCategory() {
        return category;
    }

    public void setCategory(MatterCategory category) {
        this.category = category;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
