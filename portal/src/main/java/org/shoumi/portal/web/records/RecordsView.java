package org.shoumi.portal.web.records;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shoumi.portal.records.boundary.Records;
import org.shoumi.portal.records.boundary.Records.DepartmentPeople;

/** The records page's department list: the departments with people, and which one came back empty. */
@Named
@RequestScoped
public class RecordsView {

    @Inject
    Records records;

    private List<DepartmentPeople> departments;
    private String empty;

    /** The departments someone is in, with their numbers of secret-related staff and of people. */
    public List<DepartmentPeople> getDepartments() {
        return all().stream().filter(d -> d.everyone() > 0).toList();
    }

    /** The department code the files download came back with (nobody of the asked scope), from the address. */
    public String getEmptyCode() {
        return empty;
    }

    public void setEmptyCode(String empty) {
        this.empty = empty;
    }

    /** The department that came back empty; null when none did (or the address names none). */
    public DepartmentPeople getEmptyDepartment() {
        return empty == null ? null : all().stream().filter(d -> d.code().equals(empty)).findFirst().orElse(null);
    }

    private List<DepartmentPeople> all() {
        if (departments == null) {
            departments = records.peopleByDepartment();
        }
        return departments;
    }
}
