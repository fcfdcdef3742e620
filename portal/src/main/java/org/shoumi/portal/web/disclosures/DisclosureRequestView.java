package org.shoumi.portal.web.disclosures;

import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.shoumi.portal.disclosures.boundary.DisclosureRow;
import org.shoumi.portal.disclosures.boundary.Disclosures;
import org.shoumi.portal.disclosures.entity.DisclosureStatus;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.NotFound;
import org.shoumi.portal.web.shared.Times;

/**
 * One request for secrecy review ({@code ?id=}) with its steps, and the step this login may take now: the
 * department's check, the secrecy office's decision, withdrawing it, recording its publication. Someone who may
 * not read it gets 404, as for one that does not exist.
 */
@Named
@ViewScoped
public class DisclosureRequestView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String REFUSED = "disclosures.refused.";

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

    private Long id;
    private Disclosures.Seen seen;
    /**
     * The department's check as chosen: "true" agreed, "false" not; none until the head chooses (it was "agreed" by
     * default, and a post without it, or with a forged value, was recorded as agreed or refused; outside check).
     * Text, so that Faces refuses a value that is not one of the two choices.
     */
    private String agree;
    private DisclosureStatus decision;
    private String note;
    private LocalDate publishedOn;
    private String place;

    /** View action: the request named in the address; 404 for none, or one this login may not read. */
    public void load() throws IOException {
        seen = id == null ? null : disclosures.find(id, external.getRemoteUser(), external.isUserInRole("AUDITOR"))
                .orElse(null);
        if (seen == null) {
            NotFound.answer(external);
        }
    }

    /** The department's check: agreed (a note optional) or refused (its reason needed). */
    public String check() {
        if (!"true".equals(agree) && !"false".equals(agree)) {
            messages.error("disclosures.check.outcome.required");
            return null;
        }
        return act(() -> disclosures.review(seen.row().id(), external.getRemoteUser(),
                "true".equals(agree) ? DisclosureStatus.DEPARTMENT_AGREED : DisclosureStatus.REFUSED, note),
                "disclosures.checked");
    }

    public String decide() {
        return act(() -> disclosures.review(seen.row().id(), external.getRemoteUser(), decision, note),
                "disclosures.decided");
    }

    public String withdraw() {
        return act(() -> disclosures.withdraw(seen.row().id(), external.getRemoteUser()), "disclosures.withdrawn");
    }

    public String publish() {
        return act(() -> disclosures.published(seen.row().id(), external.getRemoteUser(), publishedOn, place),
                "disclosures.publishedRecorded");
    }

    private String act(Runnable call, String doneKey) {
        if (seen == null && id != null) {
            // a bean made afresh on the post (its view-scoped instance was destroyed meanwhile, as when the unload
            // of the page's last visit reached the server after the post): the address's request is read again,
            // as the view action read it, instead of the press doing nothing and saying nothing (the head's check
            // came back with no message and nothing recorded, under load in DisclosureJourneyIT)
            seen = disclosures.find(id, external.getRemoteUser(), external.isUserInRole("AUDITOR")).orElse(null);
        }
        if (seen == null) {
            return null;
        }
        String outcome = actions.run(call, doneKey, "/disclosures/request?id=" + seen.row().id(), REFUSED);
        if (outcome == null) {
            // the request as it is now: withdrawn or decided in another session meanwhile, the page kept the state
            // it was opened with, left the new step out of 审查经过 and still offered the form (outside check); what
            // was typed stays in the fields
            seen = disclosures.find(seen.row().id(), external.getRemoteUser(), external.isUserInRole("AUDITOR"))
                    .orElse(null);
        }
        return outcome;
    }

    public String time(Instant at) {
        return times.format(at);
    }

    /** The secrecy office's choices. */
    public List<DisclosureStatus> getDecisions() {
        return List.of(DisclosureStatus.APPROVED, DisclosureStatus.APPROVED_WITH_CHANGES, DisclosureStatus.REFUSED);
    }

    public DisclosureRow getRow() {
        return seen == null ? null : seen.row();
    }

    public Disclosures.Seen getSeen() {
        return seen;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getAgree() {
        return agree;
    }

    public void setAgree(String agree) {
        this.agree = agree;
    }

    public DisclosureStatus getDecision() {
        return decision;
    }

    public void setDecision(DisclosureStatus decision) {
        this.decision = decision;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
