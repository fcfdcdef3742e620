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
    private List<Signed> signed;
    private java.util.Map<PledgeKind, List<org.shoumi.portal.web.programmes.StepRefusals.Waiting>> waiting;
    private List<String> exitSteps = List.of();
    private boolean exitIsLowering;
    private final java.util.Map<PledgeKind, org.shoumi.portal.pledges.control.PledgeChanges.Since> changes =
            new java.util.EnumMap<>(PledgeKind.class);

    /**
     * A signed pledge as the page lists it: one signed in the portal (with its PDF), or an exit pledge signed on
     * paper ({@code paperRef} where the original is kept; no version, fingerprint or PDF).
     */
    public record Signed(Long id, String title, Integer templateVersion, Instant signedAt, String sha256,
                         String paperRef, boolean withdrawnDeparture, boolean lowered) {

        /** An exit pledge on paper of a lowering that kept the person in post: the pledge of a lowered class. */
        public boolean isLowered() {
            return lowered;
        }

        public Long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public Integer getTemplateVersion() {
            return templateVersion;
        }

        public Instant getSignedAt() {
            return signedAt;
        }

        public String getSha256() {
            return sha256;
        }

        public String getPaperRef() {
            return paperRef;
        }

        public boolean isPaper() {
            return paperRef != null;
        }

        /** An exit pledge of a departure withdrawn as opened by mistake: kept, and said so. */
        public boolean isWithdrawnDeparture() {
            return withdrawnDeparture;
        }
    }

    @PostConstruct
    void load() {
        // topic pledges are listed one per issue (each with its occasion), not as one kind
        due = pledges.due(external.getRemoteUser()).stream().filter(k -> k != PledgeKind.TOPIC).toList();
        topics = pledges.dueTopics(external.getRemoteUser());
        // a pledge a programme holds back until its reading and exam are done: listed with what is left (it was
        // listed as to sign, and the sign page then refused; outside check)
        waiting = new java.util.EnumMap<>(PledgeKind.class);
        due.forEach(k -> waiting.put(k, org.shoumi.portal.web.programmes.StepRefusals.waiting(
                pledges.waitingFor(external.getRemoteUser(), k))));
        // the exit pledge before HR has finished the departure's steps: waiting for HR, not to sign (outside tester:
        // it was listed "待签" while the home page and the sign page said it could not be signed yet)
        if (due.contains(PledgeKind.EXIT)) {
            exitSteps = pledges.missingBeforeSigning(external.getRemoteUser(), PledgeKind.EXIT);
            // a lowering that keeps the person in post: the pledge of a lowered class, not the exit pledge
            exitIsLowering = pledges.exitIsLowering(external.getRemoteUser());
        }
        // a pledge to sign again after a change of its template: what changed since the version signed (outside check)
        due.forEach(k -> pledges.changesSince(external.getRemoteUser(), k).ifPresent(c -> changes.put(k, c)));
        List<Signed> all = new java.util.ArrayList<>();
        java.util.Set<Long> withdrawn = pledges.ofWithdrawnDepartures(external.getRemoteUser());
        pledges.of(external.getRemoteUser()).forEach(p -> all.add(new Signed(p.getId(), p.getTitle(),
                p.getTemplateVersion(), p.getSignedAt(), p.getSha256(), null, withdrawn.contains(p.getId()), false)));
        // an exit pledge signed on paper is one of the person's pledges too (it was missing here; outside check)
        pledges.paperOf(external.getRemoteUser()).forEach(p -> all.add(new Signed(null, null, null, p.signedAt(),
                null, p.paperRef(), p.withdrawn(), p.lowered())));
        all.sort(java.util.Comparator.comparing(Signed::signedAt));
        signed = List.copyOf(all);
    }

    /** A time of the record in the unit's time zone. */
    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ZoneId.of(zone)));
    }

    /**
     * When a pledge was signed as the page lists it: to the minute, or for one signed on paper the day HR entered
     * alone (it read 00:00, a time nobody noted).
     */
    public String signedAt(Signed p) {
        return p.isPaper() && p.signedAt() != null ? java.time.LocalDate.ofInstant(p.signedAt(), ZoneId.of(zone))
                .toString() : time(p.signedAt());
    }

    /** What the pledge of this kind still waits for before it may be signed, in order; empty when nothing. */
    public List<org.shoumi.portal.web.programmes.StepRefusals.Waiting> waiting(PledgeKind kind) {
        return waiting.getOrDefault(kind, List.of());
    }

    /** For a pledge to sign again: the version signed and the changes since; null when there is nothing to say. */
    public org.shoumi.portal.pledges.control.PledgeChanges.Since changes(PledgeKind kind) {
        return changes.get(kind);
    }

    /** The departure's steps HR has not finished before this pledge may be signed; empty but for such an exit pledge. */
    public List<String> exitSteps(PledgeKind kind) {
        return kind == PledgeKind.EXIT ? exitSteps : List.of();
    }

    /**
     * The name of a pledge to sign of this kind: the exit pledge of a lowering that keeps the person in post is the
     * pledge of a lowered class (降低涉密类别保密承诺书).
     */
    public String kindKey(PledgeKind kind) {
        return kind == PledgeKind.EXIT && exitIsLowering ? "pledge.paper.exitLoweredTitle" : "enum.PledgeKind." + kind;
    }

    /** Whether the exit pledge owed is the one of a lowering that keeps the person in post. */
    public boolean isExitLowering() {
        return exitIsLowering;
    }

    public List<PledgeKind> getDue() {
        return due;
    }

    /** The topic pledges still to sign, one per issue. */
    public List<TopicDue> getTopics() {
        return topics;
    }

    public List<Signed> getSigned() {
        return signed;
    }
}
