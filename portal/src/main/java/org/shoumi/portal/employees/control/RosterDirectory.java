package org.shoumi.portal.employees.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shoumi.portal.organisation.entity.CodedName;

/**
 * The unit's departments and posts as a roster file may name them: by code (any case), by Chinese name, or
 * by English name (any case). Built from the database before a file is read.
 */
public final class RosterDirectory {

    private final Map<String, String> departments;
    private final Map<String, String> posts;

    private RosterDirectory(Map<String, String> departments, Map<String, String> posts) {
        this.departments = departments;
        this.posts = posts;
    }

    public static RosterDirectory of(Collection<? extends CodedName> departments, Collection<? extends CodedName> posts) {
        return new RosterDirectory(index(departments), index(posts));
    }

    public Optional<String> departmentCode(String text) {
        return find(departments, text);
    }

    public Optional<String> postCode(String text) {
        return find(posts, text);
    }

    private static Map<String, String> index(Collection<? extends CodedName> all) {
        Map<String, String> byKey = new HashMap<>();
        // names first, codes last: a code always wins over a name that happens to look like one
        for (CodedName c : all) {
            if (c.getNameEn() != null && !c.getNameEn().isBlank()) {
                byKey.put(key(c.getNameEn()), c.getCode());
            }
        }
        for (CodedName c : all) {
            byKey.put(key(c.getName()), c.getCode());
        }
        for (CodedName c : all) {
            byKey.put(key(c.getCode()), c.getCode());
        }
        return byKey;
    }

    private static Optional<String> find(Map<String, String> byKey, String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.ofNullable(byKey.get(key(text)));
    }

    private static String key(String text) {
        return RosterReader.halfWidth(text).replaceAll("\\s+", " ").strip().toUpperCase(Locale.ROOT);
    }
}
