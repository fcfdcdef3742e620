package org.shoumi.portal.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shoumi.portal.employees.boundary.Employees;

/**
 * Pages show who did something by the person's name, not by login: {@code #{personNames.of(d.approvedBy)}}
 * gives the name of the person behind the login (or the login, for one without a person). Looked up once per
 * login and request.
 */
@Named
@RequestScoped
public class PersonNames {

    @Inject
    Employees employees;

    private final Map<String, String> known = new HashMap<>();

    public String of(String login) {
        if (login == null || login.isEmpty()) {
            return login;
        }
        return known.computeIfAbsent(login, l -> employees.namesOf(List.of(l)).of(l));
    }
}
