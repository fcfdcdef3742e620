package org.shoumi.portal.web.sessions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.shoumi.portal.sessions.boundary.CheckInRefusedException;
import org.shoumi.portal.sessions.boundary.Rows;
import org.shoumi.portal.sessions.boundary.Sessions;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.CurrentPerson;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.Times;

/** Any logged-in person checks in to an offline session with the code shown there, and sees the sessions they attended. */
@Named
@ViewScoped
public class SessionCheckInView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Sessions sessions;

    @Inject
    ExternalContext external;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Actions actions;

    @Inject
    org.shoumi.portal.organisation.boundary.Organisation organisation;

    @Inject
    org.shoumi.portal.web.shared.LocaleSelection localeSelection;

    @Inject
    Messages messages;

    @Inject
    Times times;

    private String code;
    private boolean checkedIn;
    private List<Rows.Attended> attended = List.of();

    @PostConstruct
    void init() {
        reload();
    }

    public void checkIn() {
        checkedIn = false;
        actions.attempt(() -> {
            Rows.CheckedIn done;
            try {
                done = sessions.checkIn(external.getRemoteUser(), code);
            } catch (CheckInRefusedException notFor) {
                if (notFor.reason() != CheckInRefusedException.Reason.NOT_IN_AUDIENCE) {
                    throw notFor;
                }
                // the message names the session and its audience
                Rows.Session s = sessions.find((String) notFor.args().get(0)).orElseThrow(() -> notFor);
                String lang = localeSelection.getLanguage();
                messages.error("sessions.checkin.refused.NOT_IN_AUDIENCE", s.topic(),
                        SessionManageView.audienceOf(s, messages, c -> organisation.departments().stream()
                                .filter(d -> d.getCode().equals(c)).findFirst().map(d -> d.nameIn(lang)).orElse(c)));
                return null;
            }
            checkedIn = true;
            messages.info("sessions.checkin.done", done.topic(), time(done.startsAt()), done.hours());
            reload();
            return null; // stays on the page
        }, "sessions.checkin.refused.");
        code = null;
    }

    public String time(Instant at) {
        return times.format(at);
    }

    private void reload() {
        attended = currentPerson.employeeNo().map(sessions::attendedBy).orElse(List.of());
    }

    public boolean isPerson() {
        return currentPerson.employeeNo().isPresent();
    }

    public boolean isCheckedIn() {
        return checkedIn;
    }

    public List<Rows.Attended> getAttended() {
        return attended;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
