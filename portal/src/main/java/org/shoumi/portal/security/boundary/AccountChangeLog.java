package org.shoumi.portal.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import org.shoumi.portal.events.AccountChanged;
import org.shoumi.portal.security.entity.Account;
import org.shoumi.portal.security.entity.AccountChange;

/**
 * Keeps a change of what a login may do, in the caller's transaction, and tells the evidence log
 * ({@link AccountChanged}, with the login's person and the roles before and after, which the features that follow a
 * department head's role observe), which appends it in the same transaction. Found by an outside check: the record of login
 * and role changes was outside the evidence chain, so a deleted row left verification "complete", and a restore of a
 * backup taken before a role withdrawal brought the role back without a rollback being noticed.
 */
@ApplicationScoped
public class AccountChangeLog {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Event<AccountChanged> changed;

    /** The changes after which the login's person can log in where they could not, or the other way round. */
    private static final java.util.Set<AccountChange.Kind> OPENS_OR_CLOSES = java.util.EnumSet.of(
            AccountChange.Kind.OPENED, AccountChange.Kind.DISABLED, AccountChange.Kind.REENABLED,
            AccountChange.Kind.DIRECTORY_LINKED, AccountChange.Kind.DIRECTORY_TAKEOVER);

    /** Stores the change and has it appended to the evidence chain. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AccountChange record(AccountChange change) {
        em.persist(change);
        em.flush();
        String employeeNo = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", change.getUsername()).getResultStream().findFirst()
                .map(Account::getEmployee).map(e -> e.getEmployeeNo()).orElse(null);
        changed.fire(new AccountChanged(change.getId(), change.getUsername(), employeeNo, roles(change.getOldRoles()),
                roles(change.getNewRoles()), change.getBy(),
                change.getKind() == AccountChange.Kind.PASSWORD_RESET || change.getKind() == AccountChange.Kind.DISABLED,
                OPENS_OR_CLOSES.contains(change.getKind())));
        return change;
    }

    /** The role names of a change's comma-joined list (none when the change did not touch the roles). */
    private static List<String> roles(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
    }
}
