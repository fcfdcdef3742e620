package org.shoumi.portal.employees.boundary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.shoumi.portal.employees.control.RosterPlan;
import org.shoumi.portal.employees.entity.Employee;

/**
 * Before a roster import (its check and the import itself): for each person asked, the departures feature names
 * where their open 离岗 moves them when approved (a class lowering under way). A row asking for just that is no new
 * change: importing the same file again was refused for the whole file while the departure was under way (outside
 * check). Fired inside the import's transaction; the observer fills it in.
 */
public final class DepartingToAsked {

    private final List<Employee> people;
    private final Map<String, RosterPlan.Target> found = new HashMap<>();

    public DepartingToAsked(List<Employee> people) {
        this.people = List.copyOf(Objects.requireNonNull(people));
    }

    /** The people asked about. */
    public List<Employee> people() {
        return people;
    }

    /** The observer's answer: this person's open 离岗 moves them to this department, post and class. */
    public void found(Employee person, String departmentCode, String postCode,
                      org.shoumi.portal.employees.entity.SecrecyClass secrecyClass) {
        found.put(person.getEmployeeNo(), new RosterPlan.Target(departmentCode, postCode, secrecyClass));
    }

    /** Where the open 离岗 of the person with this staff number moves them; empty when none is under way. */
    public Optional<RosterPlan.Target> of(String employeeNo) {
        return Optional.ofNullable(found.get(employeeNo));
    }
}
