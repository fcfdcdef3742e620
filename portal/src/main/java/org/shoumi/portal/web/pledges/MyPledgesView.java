package org.shoumi.portal.web.pledges;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.pledges.boundary.Pledges;
import org.shoumi.portal.pledges.boundary.TopicDue;
import org.shoumi.portal.pledges.entity.SignedPledge;

/** The pledges a person has to sign and those they have signed, each with its PDF. */
@Named
@RequestScoped
public class MyPledgesView {

    @Inject
    Pledges pledges;

    @Inject
    ExternalContext external;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    private List<PledgeKind> due;
    private List<TopicDue> topics;
    private List<SignedPledge> signed;

    @PostConstruct
    void load() {
        // topic pledges are listed one per issue (each with its occasion), not as one kind
        due = pledges.due(external.getRemoteUser()).stream().filter(k -> k != PledgeKind.TOPIC).toList();
        topics = pledges.dueTopics(external.getRemoteUser());
        signed = pledges.of(external.getRemoteUser());
    }

    /** A time of the record in the unit's time zone. */
    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ZoneId.of(zone)));
    }

    public List<PledgeKind> getDue() {
        return due;
    }

    /** The topic pledges still to sign, one per issue. */
    public List<TopicDue> getTopics() {
        return topics;
    }

    public List<SignedPledge> getSigned() {
        return signed;
    }
}
