package org.shoumi.portal.web.employees;

import jakarta.annotation.PostConstruct;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.boundary.Organisation;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;

/** HR's roster: a lazily loaded table, filtered and sorted on the server. */
@Named
@ViewScoped
public class EmployeeListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Employees employees;

    @Inject
    Organisation organisation;

    private EmployeeLazyModel model;
    private List<Department> departments;
    private List<Post> posts;

    @PostConstruct
    void init() {
        model = new EmployeeLazyModel(employees);
        departments = organisation.departments();
        posts = organisation.posts();
    }

    public EmployeeLazyModel getModel() {
        return model;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public List<Post> getPosts() {
        return posts;
    }

    public SecrecyClass[] getSecrecyClasses() {
        return SecrecyClass.values();
    }

    public EmployeeStatus[] getStatuses() {
        return EmployeeStatus.values();
    }
}
