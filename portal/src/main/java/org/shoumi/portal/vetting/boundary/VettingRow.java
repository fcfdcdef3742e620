package org.shoumi.portal.vetting.boundary;

import java.io.Serializable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shoumi.portal.vetting.control.VettingRules;
import org.shoumi.portal.vetting.entity.VettingKind;
import org.shoumi.portal.vetting.entity.VettingRecord;
import org.shoumi.portal.vetting.entity.VettingResult;

/**
 * One vetting or review record as pages, the secrecy file and the workbook show it: {@code id} is its record number
 * (the one a 离岗's reason cites), {@code supersededBy} the record entered later for the same person, kind and day,
 * which counts instead (a same-day correction), or null when this one counts. {@code inForce} says this is a record the
 * rules read for the person's current spell in the post ({@link VettingRules#inForce}: the later-dated result rules
 * across both kinds); {@code outdatedBy} names the record in force that rules over this one when this one was entered
 * after it with an earlier held day (it changed nothing; both read alike and nobody could tell which counted: outside
 * check), else null.
 */
public record VettingRow(long id, String employeeNo, String name, VettingKind kind, LocalDate heldOn,
                         VettingResult result, String approver, String fileRef, String note, String recordedBy,
                         Instant recordedAt, Long supersededBy, boolean inForce, Long outdatedBy,
                         LocalDate outdatedByOn) implements Serializable {

    /**
     * The rows of one person's records, each marked with the record that supersedes it: the next one entered (by id)
     * for the same kind and day (for one day, the later entry counts; a correction is a new record, never an edit);
     * and, among those that count for the person's current spell ({@link VettingRules#countsForSpell}; null: all),
     * the one in force of each kind and those entered after it with an earlier held day. Call inside a transaction.
     */
    static List<VettingRow> of(List<VettingRecord> records, VettingRules.Tenure spell) {
        List<VettingRules.Held> all = records.stream()
                .map(v -> new VettingRules.Held(v.getKind(), v.getHeldOn(), v.getResult(), v.getId())).toList();
        List<VettingRules.Held> current = all.stream()
                .filter(h -> spell == null || VettingRules.countsForSpell(h, spell)).toList();
        Set<Long> inForce = VettingRules.inForce(current);
        Map<Long, VettingRules.Held> byId = new java.util.HashMap<>();
        all.forEach(h -> byId.put(h.sequence(), h));
        return records.stream().map(v -> {
            // the rules' own reading of a same-day correction (VettingRules.supersededBy), as notTakenUp reads it
            Long supersededBy = VettingRules.supersededBy(all, byId.get(v.getId())).map(VettingRules.Held::sequence)
                    .orElse(null);
            boolean counts = spell == null || VettingRules.countsForSpell(byId.get(v.getId()), spell);
            // the record in force that rules over it, of its kind or of the other (the later-dated result rules
            // across both kinds: a 未通过 dated before a later 复审 合格 was marked in force beside it; outside check)
            VettingRules.Held force = counts ? VettingRules.ruling(current, byId.get(v.getId())).orElse(null) : null;
            boolean outdated = force != null && supersededBy == null && force.sequence() < v.getId()
                    && force.on().isAfter(v.getHeldOn());
            return new VettingRow(v.getId(), v.getEmployee().getEmployeeNo(), v.getEmployee().getName(), v.getKind(),
                    v.getHeldOn(), v.getResult(), v.getApprover(), v.getFileRef(), v.getNote(), v.getRecordedBy(),
                    v.getRecordedAt(), supersededBy, inForce.contains(v.getId()),
                    outdated ? force.sequence() : null, outdated ? force.on() : null);
        }).toList();
    }

    /** Whether a later record of the same day and kind counts instead of this one (for EL). */
    public boolean isSuperseded() {
        return supersededBy != null;
    }

    /** Whether this is the record of its kind in force (for EL). */
    public boolean isInForce() {
        return inForce;
    }

    /** Whether this entry was held before the record in force of its kind but entered after it (for EL). */
    public boolean isOutdated() {
        return outdatedBy != null;
    }
}
