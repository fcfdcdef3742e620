package org.shoumi.portal.campaigns.control;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * Who a campaign concerns: secret-related people in post, narrowed to some departments, posts or classes
 * (an empty choice means all).
 */
public final class CampaignTargets {

    public record Target(Set<String> departments, Set<String> posts, Set<SecrecyClass> classes) {
    }

    private CampaignTargets() {
    }

    public static boolean includes(Target t, String department, String post, SecrecyClass secrecyClass,
                                   EmployeeStatus status) {
        return status == EmployeeStatus.ACTIVE && secrecyClass.isSecretRelated()
                && (t.departments().isEmpty() || t.departments().contains(department))
                && (t.posts().isEmpty() || t.posts().contains(post))
                && (t.classes().isEmpty() || t.classes().contains(secrecyClass));
    }

    /** A stored list: codes joined by commas, in a stable order. */
    public static String join(Collection<?> values) {
        return values == null ? "" : values.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
    }

    public static Set<String> split(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
