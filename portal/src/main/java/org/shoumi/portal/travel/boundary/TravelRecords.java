package org.shoumi.portal.travel.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.shared.RecordSection;
import org.shoumi.portal.travel.control.CountryCodes;

/**
 * The travel part of the secrecy file (保密档案) and of the records workbook: each request with every step, and
 * the passport custody entries, in the file's language (Chinese).
 */
@ApplicationScoped
@Boundary
public class TravelRecords implements RecordSection {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Travel travel;

    /** Who recorded each entry, by the person's name as every sheet names people (the login only without one). */
    @jakarta.inject.Inject
    org.shoumi.portal.employees.boundary.Employees employees;

    @Override
    public int order() {
        return 300;
    }

    @Override
    public FileSection of(String employeeNo, ResourceBundle text, ZoneId zone) {
        org.shoumi.portal.employees.boundary.LoginNames names = employees.loginNames();
        Locale language = text.getLocale() == null || text.getLocale().getLanguage().isEmpty()
                ? Locale.SIMPLIFIED_CHINESE : text.getLocale();
        List<String> lines = new ArrayList<>();
        List<TravelRows.Trip> trips = new ArrayList<>(travel.mine(employeeNo));
        java.util.Collections.reverse(trips);
        for (TravelRows.Trip t : trips) {
            lines.add(format(text, "travel.file.trip", t.departureDay(), t.returnDay(),
                    CountryCodes.name(t.country(), language), text.getString("enum.PurposeCategory." + t.purpose()),
                    text.getString("enum.TripStatus." + t.status())));
            for (TravelRows.Step s : t.steps()) {
                lines.add(format(text, "travel.file.step", text.getString("travel.step." + s.kind()), s.day(),
                        detail(s, text), names.of(s.recordedBy()), time(s.recordedAt(), zone)));
            }
        }
        for (TravelRows.Passport p : travel.passportLog(employeeNo)) {
            lines.add(format(text, "travel.file.passport", text.getString("enum.PassportAction." + p.action()), p.day(),
                    p.note() == null ? "" : p.note(), names.of(p.recordedBy()), time(p.recordedAt(), zone)));
        }
        return new FileSection(text.getString("travel.file.title"), lines);
    }

    /**
     * The register (/travel/manage.xhtml) is the secrecy officers' and auditors': HR and administrators, who may download the workbook but whom its
     * page refuses (403), get it without the 因私出境 sheet (outside check: the workbook showed HR registers their
     * pages refuse). The person's own section of a secrecy file is not affected.
     */
    @Override
    public boolean sheetFor(java.util.function.Predicate<String> callerInRole) {
        return callerInRole.test(Role.SECRECY_OFFICER.name()) || callerInRole.test(Role.AUDITOR.name());
    }

    @Override
    public Sheet sheet(ResourceBundle text, ZoneId zone) {
        org.shoumi.portal.employees.boundary.LoginNames names = employees.loginNames();
        Locale language = Locale.SIMPLIFIED_CHINESE;
        List<String> header = List.of(text.getString("travel.sheet.employeeNo"), text.getString("travel.sheet.name"),
                text.getString("travel.sheet.record"), text.getString("travel.sheet.request"),
                text.getString("travel.sheet.country"), text.getString("travel.sheet.departure"),
                text.getString("travel.sheet.return"), text.getString("travel.sheet.purpose"),
                text.getString("travel.sheet.step"), text.getString("travel.sheet.day"),
                text.getString("travel.sheet.detail"), text.getString("travel.sheet.by"),
                text.getString("travel.sheet.at"));
        List<List<String>> rows = new ArrayList<>();
        for (TravelRows.Trip t : travel.all()) {
            for (TravelRows.Step s : t.steps()) {
                rows.add(List.of(t.employeeNo(), t.name(), text.getString("travel.sheet.kind.step"),
                        Long.toString(t.id()), t.country() + " " + CountryCodes.name(t.country(), language),
                        t.departureDay().toString(), t.returnDay().toString(),
                        text.getString("enum.PurposeCategory." + t.purpose()),
                        text.getString("travel.step." + s.kind()), s.day().toString(), detail(s, text), names.of(s.recordedBy()),
                        time(s.recordedAt(), zone)));
            }
        }
        List<TravelRows.Passport> log = new ArrayList<>(travel.passportLog());
        java.util.Collections.reverse(log);
        for (TravelRows.Passport p : log) {
            rows.add(List.of(p.employeeNo(), p.name(), text.getString("travel.sheet.kind.passport"),
                    p.requestId() == null ? "" : p.requestId().toString(), "", "", "", "",
                    text.getString("enum.PassportAction." + p.action()), p.day().toString(),
                    p.note() == null ? "" : p.note(), names.of(p.recordedBy()), time(p.recordedAt(), zone)));
        }
        return new Sheet(text.getString("travel.sheet.name.sheet"), header, rows);
    }

    private static String detail(TravelRows.Step s, ResourceBundle text) {
        String given = s.givenBy() == null ? "" : s.givenBy();
        String note = s.note() == null ? "" : s.paperReport() ? format(text, "travel.step.paperReport", s.note())
                : s.note();
        return given.isEmpty() ? note : note.isEmpty() ? given : given + " · " + note;
    }

    private static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }

    private static String format(ResourceBundle text, String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] == null ? "" : args[i].toString();
        }
        return new java.text.MessageFormat(text.getString(key), Locale.ROOT).format(shown);
    }
}
