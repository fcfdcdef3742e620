package org.shoumi.portal.web.incidents;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnifaces.cdi.ViewScoped;
import org.shoumi.portal.incidents.boundary.ConductDraft;
import org.shoumi.portal.incidents.boundary.ConductEntries;
import org.shoumi.portal.incidents.boundary.Rows;
import org.shoumi.portal.incidents.entity.ConductKind;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.Allowed;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.Times;

/**
 * Rewards and sanctions (奖惩): the secrecy office and HR enter one for a staff number, or a correction of an
 * earlier entry; everyone's entries are listed (auditors read only).
 */
@Named
@ViewScoped
public class ConductView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConductEntries entries;

    @Inject
    ExternalContext external;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Inject
    Times times;

    private List<Rows.Conduct> all;
    private String employeeNo;
    private ConductKind kind;
    private LocalDate decidedOn;
    private String reason;
    private String decidedBy;
    private String documentRef;
    private String incidentReference;
    private Long corrects;

    @PostConstruct
    void init() {
        decidedOn = LocalDate.now(ZoneId.of(zone));
        all = entries.all();
    }

    /** Only the secrecy office and HR enter; auditors read. */
    public boolean isMayEnter() {
        return external.isUserInRole(Role.SECRECY_OFFICER.name()) || external.isUserInRole(Role.HR.name());
    }

    @Allowed({Role.SECRECY_OFFICER, Role.HR})
    public String record() {
        if (!isMayEnter()) {
            return null;
        }
        return actions.attempt(() -> {
            long id = entries.record(new ConductDraft(employeeNo, kind, decidedOn, reason, decidedBy, documentRef,
                    incidentReference, corrects), external.getRemoteUser());
            messages.info("incidents.conduct.recorded", Long.toString(id), employeeNo);
            return Actions.redirect("/incidents/conduct");
        }, "incidents.refused.");
    }

    public String time(Instant at) {
        return times.format(at);
    }

    public List<ConductKind> getKinds() {
        return List.of(ConductKind.values());
    }

    public List<Rows.Conduct> getAll() {
        return all;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public void setEmployeeNo(String employeeNo) {
        this.employeeNo = employeeNo;
    }

    public ConductKind getKind() {
        return kind;
    }

    public void setKind(ConductKind kind) {
        this.kind = kind;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public String getDocumentRef() {
        return documentRef;
    }

    public void setDocumentRef(String documentRef) {
        this.documentRef = documentRef;
    }

    public String getIncidentReference() {
        return incidentReference;
    }

    public void setIncidentReference(String incidentReference) {
        this.incidentReference = incidentReference;
    }

    public Long getCorrects() {
        return corrects;
    }

    public void setCorrects(Long corrects) {
        this.corrects = corrects;
    }
}
