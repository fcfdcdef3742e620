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
    Disclosures disclosures;

    @Inject
    ExternalContext external;

    @Inject
    Times times;

    @Inject
    Menu menu;

    private List<DisclosureRow> requests = List.of();
    private boolean all;
    private long waitingForHead;
    private long waitingForOfficer;
    private boolean officer;

    @PostConstruct
    void init() {
        Set<Role> roles = menu.currentRoles();
        all = roles.contains(Role.SECRECY_OFFICER) || roles.contains(Role.AUDITOR);
        requests = disclosures.register(external.getRemoteUser(), all);
        if (!all) {
            // a head's count is what waits for the head, as on their home page: a request the head agreed to
            // waits for the secrecy office, and still read "待审查的申请：1 件" here (outside check)
            waitingForHead = disclosures.waitingFor(external.getRemoteUser(), true, false);
        }
        officer = roles.contains(Role.SECRECY_OFFICER);
        if (officer) {
            // of the open requests, those waiting for this officer, counted as the home page counts them (待我办理的保密审查;
            // the register said 2 where the home page said 1: outside check ex-s37e 3)
            waitingForOfficer = disclosures.waitingFor(external.getRemoteUser(), roles.contains(Role.DEPT_HEAD), true);
        }
    }

    public String time(Instant at) {
        return times.format(at);
    }

    public List<DisclosureRow> getRequests() {
        return requests;
    }

    /**
     * How many wait: for the secrecy office and auditors, every request still under review (the department's check
     * or the office's decision); for a head, those waiting for the head's check ({@link #isHeadCount}).
     */
    public long getOpenCount() {
        return all ? requests.stream().filter(DisclosureRow::isOpen).count() : waitingForHead;
    }

    /** For a secrecy officer: how many of the open requests wait for them, as their home page counts them. */
    public long getOfficerCount() {
        return waitingForOfficer;
    }

    /** Whether the page says how many requests wait for this login as a secrecy officer. */
    public boolean isOfficer() {
        return officer;
    }

    /** Whether {@link #getOpenCount} counts what waits for this head rather than every open request. */
    public boolean isHeadCount() {
        return !all;
    }
}
