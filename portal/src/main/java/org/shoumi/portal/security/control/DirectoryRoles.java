package org.shoumi.portal.security.control;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.shoumi.portal.security.entity.Role;

/**
 * Which directory groups give which portal roles: {@code shoumi.portal.ldap.roles.<ROLE>} lists the group DNs
 * (several separated by {@code ;}), and every person mapped to the roster also gets the default roles
 * ({@code shoumi.portal.ldap.default-roles}, EMPLOYEE unless configured otherwise). Group DNs are compared in
 * their normalised form: case and the spaces after commas do not matter.
 */
public final class DirectoryRoles {

    public static final String ROLE_PREFIX = "shoumi.portal.ldap.roles.";
    public static final String DEFAULT_ROLES = "shoumi.portal.ldap.default-roles";

    private final Map<Role, Set<String>> groupsByRole;
    private final Set<Role> defaultRoles;

    public DirectoryRoles(Map<Role, Set<String>> groupsByRole, Set<Role> defaultRoles) {
        this.groupsByRole = new EnumMap<>(Role.class);
        groupsByRole.forEach((role, groups) -> {
            Set<String> normalized = new HashSet<>();
            groups.forEach(g -> normalized.add(normalize(g)));
            this.groupsByRole.put(role, Set.copyOf(normalized));
        });
        this.defaultRoles = defaultRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(defaultRoles);
    }

    /**
     * Reads the mapping from configuration ({@code key → value}).
     *
     * @throws IllegalArgumentException naming the key, for a role name or a group DN that is not one
     */
    public static DirectoryRoles parse(Function<String, Optional<String>> config) {
        Map<Role, Set<String>> groups = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            String key = ROLE_PREFIX + role.name();
            config.apply(key).filter(v -> !v.isBlank()).ifPresent(value -> {
                Set<String> dns = new HashSet<>();
                for (String dn : value.split(";")) {
                    if (!dn.isBlank()) {
                        try {
                            dns.add(new DN(dn.strip()).toNormalizedString());
                        } catch (LDAPException e) {
                            throw new IllegalArgumentException(key + ": not a DN: " + dn.strip(), e);
                        }
                    }
                }
                groups.put(role, dns);
            });
        }
        Set<Role> defaults = EnumSet.noneOf(Role.class);
        for (String name : config.apply(DEFAULT_ROLES).orElse(Role.EMPLOYEE.name()).split("[,;\\s]+")) {
            if (!name.isBlank()) {
                try {
                    defaults.add(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(DEFAULT_ROLES + ": not a role: " + name.strip(), e);
                }
            }
        }
        return new DirectoryRoles(groups, defaults);
    }

    /** The portal roles of a person who is a member of these groups (DNs as the directory gives them). */
    public Set<Role> rolesFor(Collection<String> groupDns) {
        Set<String> member = new HashSet<>();
        groupDns.forEach(g -> member.add(normalize(g)));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(defaultRoles);
        groupsByRole.forEach((role, groups) -> {
            if (groups.stream().anyMatch(member::contains)) {
                roles.add(role);
            }
        });
        return roles;
    }

    /** Whether any group is mapped at all (else only the default roles are given). */
    public boolean mapsGroups() {
        return groupsByRole.values().stream().anyMatch(g -> !g.isEmpty());
    }

    public Set<Role> defaultRoles() {
        return defaultRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(defaultRoles);
    }

    static String normalize(String dn) {
        try {
            return new DN(dn.strip()).toNormalizedString();
        } catch (LDAPException e) {
            return dn.strip().toLowerCase(Locale.ROOT);
        }
    }
}
