package org.shoumi.portal.liaisons.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.shoumi.portal.liaisons.control.LiaisonRules.Cover;
import org.shoumi.portal.liaisons.control.LiaisonRules.Standing;
import org.shoumi.portal.liaisons.entity.LiaisonEntryKind;
import org.shoumi.portal.organisation.entity.CodedName;

/** The liaison register as pages show it. */
public final class LiaisonRows {

    private LiaisonRows() {
    }

    /**
     * A department's cover: its current liaisons, and when it has none, the appointment that ended last
     * ({@code lastEnded}, null when it never had a liaison or has a current one).
     */
    public record DepartmentCover(String code, String name, String nameEn, Cover cover, List<Serving> liaisons,
                                  Ended lastEnded) implements Serializable {

        public DepartmentCover {
            liaisons = List.copyOf(liaisons);
        }

        public String name(String language) {
            return CodedName.in(language, name, nameEn);
        }

        /** Whether a liaison serves the department now. */
        public boolean isCovered() {
            return cover == Cover.COVERED;
        }

        /**
         * Whether the department is covered only by liaisons whose 离岗 or 离职 is open ({@link Serving#leaving}): it
         * still counts as covered until the departure is approved (they serve, and hand over), but is marked so that
         * a successor is arranged; the topic pledges' letter list says the same (正在办理离岗或离职，移交职责).
         */
        public boolean isHandingOver() {
            List<Serving> serving = liaisons.stream().filter(l -> l.standing() == Standing.SERVING).toList();
            return isCovered() && !serving.isEmpty() && serving.stream().allMatch(l -> l.leaving() != null);
        }
    }

    /** A serving liaison's open 离岗 or 离职: whether it is a 离职 (else a 离岗), and its planned last working day. */
    public record Leaving(boolean leavesUnit, LocalDate plannedLastDay) implements Serializable {
    }

    /** An appointment that ended: who served, and the day it ended. */
    public record Ended(String employeeNo, String personName, LocalDate endedOn) implements Serializable {
    }

    /**
     * A current appointment: who, since when, under which document, where the person stands now and, when that is
     * not serving, since which day ({@code awaySince}, null when the history has none), and when it was recorded (a
     * letter signed before then answered an earlier appointment, even on the same day).
     */
    public record Serving(long appointmentId, String employeeNo, String personName, LocalDate since, String reference,
                          Standing standing, java.time.Instant recordedAt, LocalDate awaySince, Leaving leaving)
            implements Serializable {

        /** Without a departure under way. */
        public Serving(long appointmentId, String employeeNo, String personName, LocalDate since, String reference,
                       Standing standing, java.time.Instant recordedAt, LocalDate awaySince) {
            this(appointmentId, employeeNo, personName, since, reference, standing, recordedAt, awaySince, null);
        }
    }

    /** The appointment a person serves now: the day it began and when it was recorded. */
    public record Since(LocalDate on, java.time.Instant recordedAt) implements Serializable {
    }

    /**
     * A current appointment its liaison no longer serves: where they stand now (moved, left the post or the unit)
     * and the day of the change that took them out of it (null when the history has none).
     */
    public record Away(Standing standing, LocalDate since) implements Serializable {
    }

    /** One entry of the register's history, newest first on the page. */
    public record Entry(long id, LiaisonEntryKind kind, String departmentCode, String departmentName,
                        String departmentNameEn, String employeeNo, String personName, LocalDate effectiveOn,
                        String reference, String reason, String recordedBy, Instant recordedAt, Long endsId,
                        LocalDate endsOn)
            implements Serializable {

        /** The department's name in {@code language} (the Chinese name when it has no English one). */
        public String department(String language) {
            return CodedName.in(language, departmentName, departmentNameEn);
        }
    }
}
