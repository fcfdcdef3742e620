package org.shoumi.portal.web.incidents;

import org.shoumi.portal.web.shared.Once;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.primefaces.model.file.UploadedFile;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.incidents.boundary.IncidentRefusedException;
import org.shoumi.portal.incidents.boundary.Incidents;
import org.shoumi.portal.incidents.control.Intake;
import org.shoumi.portal.incidents.control.Refusal;
import org.shoumi.portal.incidents.control.Submission;
import org.shoumi.portal.incidents.entity.Incident;
import org.shoumi.portal.incidents.entity.IncidentKind;
import org.shoumi.portal.web.shared.Messages;

/**
 * The intake of an incident report, for everyone logged in: kind, day, place, what happened, an optional photo
 * or PDF, and whether to stay anonymous. For an anonymous report the login is not even passed on; nothing here
 * logs who sent a report.
 */
@Named
@ViewScoped
public class IncidentReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Incidents incidents;

    @Inject
    ExternalContext external;

    @Inject
    Messages messages;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    private IncidentKind kind;
    private LocalDate occurredOn;
    private String place;
    private String description;
    private boolean anonymous;
    private transient UploadedFile file;

    @PostConstruct
    void init() {
        occurredOn = LocalDate.now(ZoneId.of(zone));
    }

    @Once
    public String submit() {
        long limit = incidents.attachmentMaxBytes();
        byte[] bytes = null;
        if (file != null && file.getSize() > 0) {
            if (file.getSize() > limit) {
                refused(new IncidentRefusedException(Refusal.ATTACHMENT_TOO_LARGE));
                return null;
            }
            bytes = file.getContent();
        }
        try {
            long id = incidents.report(new Submission(kind, occurredOn, place, description, anonymous, bytes),
                    anonymous ? null : external.getRemoteUser());
            String reference = Incident.reference(id);
            if (anonymous) {
                messages.info("incidents.report.receivedAnonymous", reference);
                return Actions.redirect("/incidents/report");
            }
            messages.info("incidents.report.received", reference);
            return Actions.redirect("/incidents/mine");
        } catch (IncidentRefusedException refused) {
            refused(refused);
            return null;
        }
    }

    /**
     * Every reason, each beside its numbers: a text too long with the limit and how long it is (and, with characters
     * that count as two, how they were counted: key {@code ….wide}); the others with the attachment limit in MB.
     */
    private void refused(IncidentRefusedException refused) {
        long mb = incidents.attachmentMaxBytes() / 1024 / 1024;
        for (int i = 0; i < refused.reasons().size(); i++) {
            String key = "incidents.refused." + refused.reasons().get(i).name();
            List<Object> counts = refused.argsOf(i);
            if (counts.isEmpty()) {
                messages.error(key, mb);
            } else {
                messages.error(Intake.countedWide(counts) ? key + ".wide" : key, counts.toArray());
            }
        }
    }

    public List<IncidentKind> getKinds() {
        return List.of(IncidentKind.values());
    }

    /** The attachment limit in MB, as the page states it. */
    public long getMaxMegabytes() {
        return incidents.attachmentMaxBytes() / 1024 / 1024;
    }

    /** The attachment limit in bytes, for the browser-side check. */
    public long getMaxBytes() {
        return incidents.attachmentMaxBytes();
    }

    public long getReportHours() {
        return incidents.reportHours();
    }

    public IncidentKind getKind() {
        return kind;
    }

    public void setKind(IncidentKind kind) {
        this.kind = kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
