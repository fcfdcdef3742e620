package org.shoumi.portal.web.disclosures;

import org.shoumi.portal.web.shared.Once;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.shoumi.portal.disclosures.boundary.DisclosureDraft;
import org.shoumi.portal.disclosures.boundary.DisclosureRow;
import org.shoumi.portal.disclosures.boundary.Disclosures;
import org.shoumi.portal.disclosures.entity.DisclosureKind;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.Times;

/** A person's own requests for secrecy review before publication: asking for one, and where each stands. */
@Named
@ViewScoped
public class DisclosureMineView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Disclosures disclosures;

    @Inject
    ExternalContext external;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    @Inject
    Times times;

    private List<DisclosureRow> requests = List.of();
    private String title;
    private DisclosureKind kind;
    private String channel;
    private LocalDate plannedOn;
    private String summary;
    private String reference;
    private boolean selfChecked;

    @PostConstruct
    void init() {
        requests = disclosures.mine(external.getRemoteUser());
    }

    @Once
    public String submit() {
        return actions.attempt(() -> {
            long id = disclosures.submit(external.getRemoteUser(),
                    new DisclosureDraft(title, kind, channel, plannedOn, summary, reference, selfChecked));
            messages.info("disclosures.submitted");
            return Actions.redirect("/disclosures/request?id=" + id);
        }, "disclosures.refused.");
    }

    public String time(Instant at) {
        return times.format(at);
    }

    public DisclosureKind[] getKinds() {
        return DisclosureKind.values();
    }

    public List<DisclosureRow> getRequests() {
        return requests;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public DisclosureKind getKind() {
        return kind;
    }

    public void setKind(DisclosureKind kind) {
        this.kind = kind;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(LocalDate plannedOn) {
        this.plannedOn = plannedOn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public boolean isSelfChecked() {
        return selfChecked;
    }

    public void setSelfChecked(boolean selfChecked) {
        this.selfChecked = selfChecked;
    }
}
