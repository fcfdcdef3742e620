package org.shoumi.portal.departures.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The exit checklist of a departure and the rule that closes it: every carrier returned (清退), the exit
 * briefing (离岗谈话) given and the exit pledge signed. A departure is approved only when nothing is missing.
 *
 * An empty carrier list is not "all returned": with no carrier listed, HR must declare that the person holds
 * none. The steps come in order: the carriers, then the briefing, then the exit pledge (whose text says both were
 * done), then the approval.
 *
 * @param carriers           carriers on the list (withdrawn lines not counted)
 * @param carriersReturned   of which returned
 * @param noCarriersDeclared HR declared that the person holds no carriers
 * @param briefed            the exit briefing is recorded
 * @param pledgeSigned       the exit pledge is signed (in the portal or on paper)
 * @param carriersOnly       the carriers are the whole checklist: a hand-over on a transfer (转岗交接), whose carriers go
 *                           to the successor, or a 离职 of someone who already left the secret-related post (离岗), whose
 *                           exit briefing and exit pledge were taken then; neither has a briefing or a pledge to ask
 */
public record ExitChecklist(int carriers, int carriersReturned, boolean noCarriersDeclared, boolean briefed,
                            boolean pledgeSigned, boolean carriersOnly) implements Serializable {

    /** The checklist of a departure (离岗 or 离职): carriers, briefing and exit pledge. */
    public ExitChecklist(int carriers, int carriersReturned, boolean noCarriersDeclared, boolean briefed,
                         boolean pledgeSigned) {
        this(carriers, carriersReturned, noCarriersDeclared, briefed, pledgeSigned, false);
    }

    /** What a departure still lacks before it can be approved. */
    public enum Item { CARRIERS_RETURNED, BRIEFING, EXIT_PLEDGE }

    public ExitChecklist {
        if (carriers < 0 || carriersReturned < 0 || carriersReturned > carriers) {
            throw new IllegalArgumentException(carriersReturned + " of " + carriers + " carriers returned");
        }
    }

    public int carriersOut() {
        return carriers - carriersReturned;
    }

    /** The items still missing, in checklist order; empty when the departure may be approved. */
    public List<Item> missing() {
        List<Item> missing = new ArrayList<>();
        if (!carriersSettled()) {
            missing.add(Item.CARRIERS_RETURNED);
        }
        if (carriersOnly) {
            // 转岗交接: only the carriers, handed over to the successor; 离职 after a 离岗: none still held
            return missing;
        }
        if (!briefed) {
            missing.add(Item.BRIEFING);
        }
        if (!pledgeSigned) {
            missing.add(Item.EXIT_PLEDGE);
        }
        return missing;
    }

    /** Carriers listed and all returned, or none listed and none held by HR's declaration. */
    public boolean carriersSettled() {
        return carriers == 0 ? noCarriersDeclared : carriersOut() == 0;
    }

    /** What must be done before the exit briefing may be recorded: the carriers (returned, or declared none). */
    public List<Item> missingBeforeBriefing() {
        return carriersSettled() ? List.of() : List.of(Item.CARRIERS_RETURNED);
    }

    /** What must be done before the exit pledge may be signed: the carriers and the briefing, in that order. */
    public List<Item> missingBeforePledge() {
        return missing().stream().filter(i -> i != Item.EXIT_PLEDGE).toList();
    }

    public boolean isComplete() {
        return missing().isEmpty();
    }

    /** Items done out of {@link #items()}, for progress on the list of open departures. */
    public int itemsDone() {
        return items() - missing().size();
    }

    /** How many items this checklist has: three for leaving, one (the carriers) for a carriers-only checklist. */
    public int items() {
        return carriersOnly ? 1 : ITEMS;
    }

    /**
     * The earliest day a departure can be approved: the day its checklist was completed, that is the last of the
     * days on which a carrier was returned, the briefing given and the pledge signed. Empty when none is dated.
     */
    public static Optional<LocalDate> earliestApproval(Collection<LocalDate> daysDone) {
        return daysDone.stream().filter(Objects::nonNull).max(LocalDate::compareTo);
    }

    /** The checklist has three items: carriers, briefing, pledge. */
    public static final int ITEMS = Item.values().length;
}
