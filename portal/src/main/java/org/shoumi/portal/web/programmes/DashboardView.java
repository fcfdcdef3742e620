package org.shoumi.portal.web.programmes;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.function.ToLongFunction;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.portal.programmes.boundary.Progress;
import org.shoumi.portal.programmes.control.Completion;
import org.shoumi.portal.web.shared.LocaleSelection;
import org.shoumi.portal.web.shared.Messages;

/**
 * Completion of the training programmes per department, as a table and a stacked bar chart (Chart.js through
 * PrimeFaces' p:chart). A department head who is nothing else sees their own department only. Programmes closed
 * unfinished count among those given and not among the completed, as in the year report; one closed because its
 * departure was withdrawn as opened by mistake was never owed and is not counted at all.
 */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    VisibleProgrammes visible;

    @Inject
    Documents documents;

    @Inject
    LocaleSelection locale;

    @Inject
    Messages messages;

    private List<Completion.Department> departments;

    @PostConstruct
    void load() {
        boolean english = "en".equals(locale.getLanguage());
        // a programme closed unfinished (the person left or moved) counts as given and not completed, as in the year
        // report: leaving it out read 100 % where the report read 75 % for the same people
        // one never owed (its departure withdrawn as opened by mistake) counts nowhere, as in the year report
        List<Completion.Item> items = visible.list().stream().filter(Progress::counted)
                .map(p -> new Completion.Item(p.departmentCode(), english ? p.departmentIn("en") : p.departmentIn("zh"),
                        p.complete(), p.closed(), p.due()))
                .toList();
        departments = Completion.byDepartment(items, documents.today());
    }

    public List<Completion.Department> getDepartments() {
        return departments;
    }

    /** The Chart.js configuration: one stacked bar per department. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        departments.forEach(d -> labels.add(d.name()));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset("programme.status.complete", "#2e7d32", Completion.Department::complete))
                                .add(dataset("programme.dashboard.inTime", "#90a4ae", Completion.Department::open))
                                .add(dataset("programme.status.overdue", "#c62828", Completion.Department::overdue))
                                .add(dataset("programme.dashboard.closed", "#6d4c41", Completion.Department::closed))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true))))
                .build().toString();
    }

    private jakarta.json.JsonObjectBuilder dataset(String labelKey, String color,
                                                   ToLongFunction<Completion.Department> count) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        departments.forEach(d -> data.add(count.applyAsLong(d)));
        return Json.createObjectBuilder().add("label", messages.text(labelKey)).add("backgroundColor", color)
                .add("data", data);
    }
}
