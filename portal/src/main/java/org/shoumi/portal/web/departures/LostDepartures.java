package org.shoumi.portal.web.departures;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shoumi.portal.evidence.boundary.ChainWatch;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.RollbackWarnings;
import org.shoumi.portal.web.shared.Times;

/**
 * The warning on HR's 离岗离职 list and the 脱密期 list once the database was found gone back to an earlier copy
 * ({@link ChainWatch}'s rollbacks): departures opened, their steps and approvals, the 脱密期 they started and the
 * logins they switched off after the copy's newest evidence may be gone (outside check ex-s38d 1: a 离职 approved
 * after the backup vanished, the leaver was back in post without a 脱密期 and could log in, and neither page said
 * anything). One warning per rollback, newest first, with the departures' entries this server saw taken away
 * ({@link ChainWatch#lostEntries()}), so HR knows whose departures to record again.
 */
@Named
@RequestScoped
public class LostDepartures {

    @Inject
    ChainWatch watch;

    @Inject
    Messages messages;

    @Inject
    Times times;

    private List<Warning> warnings;

    /** One rollback: what may be lost, and the departures' entries known to be lost by it (none known: empty). */
    public record Warning(String text, String lostHeading, List<String> entries) implements Serializable {
    }

    public List<Warning> getWarnings() {
        if (warnings == null) {
            List<ChainWatch.LostEntry> lost = watch.lostEntries();
            warnings = watch.losses().stream().map(loss -> {
                String text = RollbackWarnings.text(loss, "departures.rollback.warning", messages, times);
                List<String> entries = lost.stream().filter(l -> l.detectedAt().equals(loss.detectedAt()))
                        .map(l -> messages.text("departures.rollback.entry", times.formatSeconds(l.recordedAt()),
                                l.employeeNo() == null ? "-" : l.employeeNo(),
                                messages.text("enum.EvidenceKind." + l.kind().name()), l.sequence()))
                        .toList();
                return new Warning(text, entries.isEmpty() ? messages.text("departures.rollback.noneKnown")
                        : messages.text("departures.rollback.lost"), entries);
            }).toList();
        }
        return warnings;
    }
}
