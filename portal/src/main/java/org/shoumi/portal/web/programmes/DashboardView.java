package org.shoumi.portal.web.programmes;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.function.ToLongFunction;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.programmes.boundary.Progress;
import org.shoumi.portal.programmes.control.Completion;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.web.shared.LocaleSelection;
import org.shoumi.portal.web.shared.Messages;

/**
 * Completion of the training programmes per department, as a table and a stacked bar chart (Chart.js through
 * PrimeFaces' p:chart). A department head who is nothing else sees their own department only.
 */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    Programmes programmes;

    @Inject
    Employees employees;

    @Inject
    Documents documents;

    @Inject
    ExternalContext external;

    @Inject
    LocaleSelection locale;

    @Inject
    Messages messages;

    private List<Completion.Department> departments;

    @PostConstruct
    void load() {
        String only = onlyOwnDepartment() ? employees.ofAccount(external.getRemoteUser())
                .map(EmployeeRow::getDepartmentCode).orElse("") : null;
        boolean english = "en".equals(locale.getLanguage());
        List<Completion.Item> items = programmes.overview().stream()
                .filter(p -> only == null || only.equals(p.departmentCode()))
                .filter(p -> !p.closed())
                .map(p -> new Completion.Item(p.departmentCode(), english ? p.departmentIn("en") : p.departmentIn("zh"),
                        p.complete(), p.due()))
                .toList();
        departments = Completion.byDepartment(items, documents.today());
    }

    private boolean onlyOwnDepartment() {
        return external.isUserInRole(Role.DEPT_HEAD.name()) && !external.isUserInRole(Role.HR.name())
                && !external.isUserInRole(Role.SECRECY_OFFICER.name()) && !external.isUserInRole(Role.AUDITOR.name())
                && !external.isUserInRole(Role.ADMIN.name());
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
                                .add(dataset("programme.status.overdue", "#c62828", Completion.Department::overdue))))
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
