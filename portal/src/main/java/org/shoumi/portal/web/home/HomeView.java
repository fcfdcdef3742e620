package org.shoumi.portal.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.portal.employees.boundary.Employees;

/** The personal start page: who I am on the roster and what is left for me to do. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    Employees employees;

    @Inject
    ExternalContext external;

    private EmployeeRow profile;

    @PostConstruct
    void load() {
        String user = external.getRemoteUser();
        profile = user == null ? null : employees.ofAccount(user).orElse(null);
    }

    /** Null for a login that belongs to no person (administrator, auditor). */
    public EmployeeRow getProfile() {
        return profile;
    }
}
