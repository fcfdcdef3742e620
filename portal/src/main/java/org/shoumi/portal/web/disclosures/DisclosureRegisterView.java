package org.shoumi.portal.web.disclosures;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.omnifaces.cdi.ViewScoped;
import org.shoumi.portal.disclosures.boundary.DisclosureRow;
import org.shoumi.portal.disclosures.boundary.Disclosures;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.web.shared.Menu;
import org.shoumi.portal.web.shared.Times;

/**
 * The register of secrecy reviews (保密审查登记): every request for the secrecy office and auditors, the requests of
 * their own department for a head; open ones first. Each opens its request page.
 */
@Named
@ViewScoped
public class DisclosureRegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Disclosures disclosures;

    @Inject
    transient ExternalContext external;

    @Inject
    Times times;

    @Inject
    transient Menu menu;

    private List<DisclosureRow> requests = List.of();

    @PostConstruct
    void init() {
        Set<Role> roles = menu.currentRoles();
        boolean all = roles.contains(Role.SECRECY_OFFICER) || roles.contains(Role.AUDITOR);
        requests = disclosures.register(external.getRemoteUser(), all);
    }

    public String time(Instant at) {
        return times.format(at);
    }

    public List<DisclosureRow> getRequests() {
        return requests;
    }

    /** How many wait for a review. */
    public long getOpenCount() {
        return requests.stream().filter(DisclosureRow::isOpen).count();
    }
}
