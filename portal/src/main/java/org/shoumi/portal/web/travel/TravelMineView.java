package org.shoumi.portal.web.travel;

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
import org.shoumi.portal.travel.boundary.Travel;
import org.shoumi.portal.travel.boundary.TravelRefusedException;
import org.shoumi.portal.travel.boundary.TravelRows;
import org.shoumi.portal.travel.boundary.TripDraft;
import org.shoumi.portal.travel.control.CountryCodes;
import org.shoumi.portal.travel.control.Refusal;
import org.shoumi.portal.travel.entity.PurposeCategory;
import org.shoumi.portal.travel.entity.TripStatus;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.CurrentPerson;
import org.shoumi.portal.web.shared.LocaleSelection;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.Times;

/**
 * A person's own travel abroad: whether they must ask and why, their requests with status and steps, the form of a
 * new request, withdrawing one before departure, and the debrief after the return. Only ever the logged-in
 * person's own requests.
 */
@Named
@ViewScoped
public class TravelMineView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/travel/mine";
    private static final String REFUSED = "travel.refused.";

    @Inject
    Travel travel;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    ExternalContext external;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    Times times;

    private String employeeNo;
    private TravelRows.Standing standing;
    private List<TravelRows.Trip> trips = List.of();
    private LocalDate today;

    private String country;
    private LocalDate departureDay;
    private LocalDate returnDay;
    private PurposeCategory purpose;
    private String note;

    private Long withdrawTrip;
    private Long debriefTrip;
    private LocalDate returnedOn;
    private String debriefNote;

    @PostConstruct
    void init() {
        employeeNo = currentPerson.employeeNo().orElse(null);
        reload();
        returnedOn = today;
    }

    private void reload() {
        today = travel.today();
        standing = employeeNo == null ? null : travel.standing(employeeNo).orElse(null);
        trips = employeeNo == null ? List.of() : travel.mine(employeeNo);
    }

    @Once
    public String submit() {
        return actions.attempt(() -> {
            try {
                travel.request(employeeNo, new TripDraft(country, departureDay, returnDay, purpose, note),
                        external.getRemoteUser());
            } catch (TravelRefusedException refused) {
                throw named(refused);
            }
            messages.info("travel.mine.requested", countryName(country), departureDay);
            return Actions.redirect("/travel/mine");
        }, REFUSED);
    }

    public String withdraw() {
        return actions.run(() -> travel.withdraw(withdrawTrip == null ? -1 : withdrawTrip, employeeNo,
                external.getRemoteUser()), "travel.mine.withdrawn", PAGE, REFUSED);
    }

    @Once
    public String debrief() {
        return actions.run(() -> travel.debrief(debriefTrip == null ? -1 : debriefTrip, employeeNo, returnedOn,
                debriefNote, external.getRemoteUser()), "travel.mine.debriefed", PAGE, REFUSED);
    }

    /** Requests the person may still withdraw: waiting or approved, before the departure day. */
    public List<TravelRows.Trip> getWithdrawable() {
        return trips.stream().filter(t -> (t.status().isPending() || t.status() == TripStatus.APPROVED)
                && today.isBefore(t.departureDay())).toList();
    }

    /** Approved trips that have begun: the debrief is recorded for them after the return. */
    public List<TravelRows.Trip> getDebriefable() {
        return trips.stream().filter(t -> t.status() == TripStatus.APPROVED && !today.isBefore(t.departureDay()))
                .toList();
    }

    /**
     * The refusal with the country of the request it names in the user's language: "第 3 号申请（JP，…）" showed
     * the code (outside check) where every travel page shows 日本 / Japan.
     */
    TravelRefusedException named(TravelRefusedException refused) {
        if (refused.reason() != Refusal.ALREADY_REQUESTED && refused.reason() != Refusal.OVERLAPS_REQUEST
                || refused.args().size() < 2) {
            return refused;
        }
        List<Object> args = new java.util.ArrayList<>(refused.args());
        args.set(1, countryName(String.valueOf(args.get(1))));
        return new TravelRefusedException(refused.reason(), args);
    }

    public String countryName(String code) {
        return CountryCodes.name(code, localeSelection.getLocale());
    }

    /** The country codes, sorted by their names in the user's language. */
    public List<String> getCountries() {
        return CountryCodes.sortedByName(localeSelection.getLocale());
    }

    public PurposeCategory[] getPurposes() {
        return PurposeCategory.values();
    }

    public String time(Instant at) {
        return times.format(at);
    }

    /** A trip as one line of a select list: destination and days. */
    public String label(TravelRows.Trip t) {
        return countryName(t.country()) + " " + t.departureDay() + " – " + t.returnDay();
    }

    public boolean isHasPerson() {
        return employeeNo != null && standing != null;
    }

    public TravelRows.Standing getStanding() {
        return standing;
    }

    public List<TravelRows.Trip> getTrips() {
        return trips;
    }

    public LocalDate getToday() {
        return today;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public LocalDate getDepartureDay() {
        return departureDay;
    }

    public void setDepartureDay(LocalDate departureDay) {
        this.departureDay = departureDay;
    }

    public LocalDate getReturnDay() {
        return returnDay;
    }

    public void setReturnDay(LocalDate returnDay) {
        this.returnDay = returnDay;
    }

    public PurposeCategory getPurpose() {
        return purpose;
    }

    public void setPurpose(PurposeCategory purpose) {
        this.purpose = purpose;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getWithdrawTrip() {
        return withdrawTrip;
    }

    public void setWithdrawTrip(Long withdrawTrip) {
        this.withdrawTrip = withdrawTrip;
    }

    public Long getDebriefTrip() {
        return debriefTrip;
    }

    public void setDebriefTrip(Long debriefTrip) {
        this.debriefTrip = debriefTrip;
    }

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public void setReturnedOn(LocalDate returnedOn) {
        this.returnedOn = returnedOn;
    }

    public String getDebriefNote() {
        return debriefNote;
    }

    public void setDebriefNote(String debriefNote) {
        this.debriefNote = debriefNote;
    }
}
