package org.shoumi.portal.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shoumi.portal.employees.boundary.Employees;

/**
 * The name of the person behind this session's login, for the top bar and the print footer: a page printed for an
 * inspection names who printed it, not only a login such as "officer". Looked up once per session and login, not on
 * every page.
 */
@Named("signedIn")
@SessionScoped
public class SignedInName implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Employees employees;

    private String login;
    private String name;

    /** The person's name, or null for a login without a person (or none). */
    public String getName() {
        String user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        if (user == null) {
            return null;
        }
        if (!user.equals(login)) {
            String found = employees.namesOf(List.of(user)).of(user);
            name = found == null || found.equals(user) ? null : found;
            login = user;
        }
        return name;
    }
}
