package org.shoumi.portal.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The unit's name as certificates, pledges and 保密档案 print it: {@code shoumi.unit.name}. Without one, the demo
 * prints its demo unit's name (the demo data is that unit's), and a production installation "本单位", the word a
 * form uses for the issuing unit, until the administrator sets the name.
 */
@ApplicationScoped
public class UnitName {

    /** The demo unit whose departments, posts and people the demo data holds. */
    public static final String DEMO = "星河电子研究院（演示单位）";
    static final String UNNAMED = "本单位";

    @Inject
    @ConfigProperty(name = "shoumi.unit.name")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "shoumi.portal.mode", defaultValue = "demo")
    String mode;

    public String get() {
        return of(configured, mode);
    }

    static String of(Optional<String> configured, String mode) {
        return configured.map(String::strip).filter(s -> !s.isEmpty())
                .orElse("demo".equalsIgnoreCase(mode == null ? "" : mode.strip()) ? DEMO : UNNAMED);
    }
}
