package org.shoumi.portal.web.incidents;

import org.shoumi.portal.web.shared.Once;
import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.Allowed;
import org.shoumi.portal.incidents.boundary.IncidentRefusedException;
import org.shoumi.portal.incidents.boundary.Incidents;
import org.shoumi.portal.incidents.boundary.Rows;
import org.shoumi.portal.incidents.boundary.UpwardReport;
import org.shoumi.portal.incidents.control.Closure;
import org.shoumi.portal.incidents.control.ReportClock;
import org.shoumi.portal.incidents.entity.ReportChannel;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.Times;

/**
 * The secrecy office's incident register: every case with the time left to report it upwards (or how long
 * overdue), and for the chosen case ({@code ?id=N}) what was reported, its history, and the forms to record the
 * upward report, add an investigation note and close it against the four "不放过".
 */
@Named
@ViewScoped
public class IncidentManageView implements Serializable {

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

    @Inject
    Times times;

    private List<Rows.Case> register;
    private Long selected;
    private Rows.Case chosen;
    private List<Rows.Step> steps = List.of();

    private LocalDate upwardDay;
    private LocalTime upwardTime;
    private String upwardTo;
    private ReportChannel channel;
    private String upwardReference;
    private String note;
    private String cause;
    private String responsibility;
    private String measures;
    private String education;

    /** View action: the register, and the case named in the address, if any. */
    @org.shoumi.portal.web.shared.ChangesNothing
    public void load() {
        register = incidents.register();
        if (selected == null) {
            return;
        }
        chosen = incidents.find(selected).orElse(null);
        if (chosen == null) {
            messages.error("incidents.refused.UNKNOWN_INCIDENT");
            selected = null;
            return;
        }
        steps = incidents.steps(selected);
        if (upwardDay == null) {
            Instant now = Instant.now();
            upwardDay = LocalDate.ofInstant(now, ZoneId.of(zone));
            upwardTime = LocalTime.ofInstant(now, ZoneId.of(zone)).withSecond(0).withNano(0);
        }
    }

    /** Whether this login handles cases (the secrecy office); an auditor reads the register and each case. */
    public boolean isMayAct() {
        return external.isUserInRole(Role.SECRECY_OFFICER.name());
    }

    @Allowed(Role.SECRECY_OFFICER)
    public String reportUpward() {
        Instant at = upwardDay == null || upwardTime == null ? null
                : upwardDay.atTime(upwardTime).atZone(ZoneId.of(zone)).toInstant();
        return act(() -> incidents.reportUpward(selected, new UpwardReport(at, upwardTo, channel, upwardReference),
                external.getRemoteUser()), "incidents.manage.upward.done");
    }

    @Once
    @Allowed(Role.SECRECY_OFFICER)
    public String addNote() {
        return act(() -> incidents.addNote(selected, note, external.getRemoteUser()), "incidents.manage.note.done");
    }

    @Allowed(Role.SECRECY_OFFICER)
    public String close() {
        return act(() -> incidents.close(selected, new Closure.Answers(cause, responsibility, measures, education),
                external.getRemoteUser()), "incidents.manage.close.done");
    }

    private String act(Runnable action, String doneKey) {
        if (selected == null) {
            messages.error("incidents.refused.UNKNOWN_INCIDENT");
            return null;
        }
        try {
            action.run();
            messages.info(doneKey);
            return Actions.redirect("/incidents/manage?id=" + selected);
        } catch (IncidentRefusedException refused) {
            refused.reasons().forEach(r -> messages.error("incidents.refused." + r.name(), incidents.reportHours()));
            // the case as it is now: closed from another tab meanwhile, the page showed it open beside "已结案"
            // (outside check); what was typed stays in the fields
            chosen = incidents.find(selected).orElse(null);
            steps = chosen == null ? List.of() : incidents.steps(selected);
            register = incidents.register();
            return null;
        }
    }

    /** The clock in words: time left, overdue by, reported (on time or late), not required. */
    public String clock(ReportClock.State state) {
        return messages.text("incidents.clock." + state.phase().name(), state.hours(), state.minutes());
    }

    /** A style class for the clock: running, overdue, done. */
    public String clockClass(ReportClock.State state) {
        return switch (state.phase()) {
            case OVERDUE, REPORTED_LATE -> "clock-overdue";
            case RUNNING -> "clock-running";
            default -> "clock-done";
        };
    }

    public String time(Instant at) {
        return times.format(at);
    }

    public List<ReportChannel> getChannels() {
        return List.of(ReportChannel.values());
    }

    public List<Rows.Case> getRegister() {
        return register;
    }

    public Long getSelected() {
        return selected;
    }

    public void setSelected(Long selected) {
        this.selected = selected;
    }

    public Rows.Case getChosen() {
        return chosen;
    }

    public List<Rows.Step> getSteps() {
        return steps;
    }

    public LocalDate getUpwardDay() {
        return upwardDay;
    }

    public void setUpwardDay(LocalDate upwardDay) {
        this.upwardDay = upwardDay;
    }

    public LocalTime getUpwardTime() {
        return upwardTime;
    }

    public void setUpwardTime(LocalTime upwardTime) {
        this.upwardTime = upwardTime;
    }

    public String getUpwardTo() {
        return upwardTo;
    }

    public void setUpwardTo(String upwardTo) {
        this.upwardTo = upwardTo;
    }

    public ReportChannel getChannel() {
        return channel;
    }

    public void setChannel(ReportChannel channel) {
        this.channel = channel;
    }

    public String getUpwardReference() {
        return upwardReference;
    }

    public void setUpwardReference(String upwardReference) {
        this.upwardReference = upwardReference;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getCause() {
        return cause;
    }

    public void setCause(String cause) {
        this.cause = cause;
    }

    public String getResponsibility() {
        return responsibility;
    }

    public void setResponsibility(String responsibility) {
        this.responsibility = responsibility;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    public String getEducation() {
        return education;
    }

    public void setEducation(String education) {
        this.education = education;
    }
}
