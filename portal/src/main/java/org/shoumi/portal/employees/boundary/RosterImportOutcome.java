package org.shoumi.portal.employees.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did; {@code raisesCorrected}: the people set back from a raise never taken up (a correction, no
 * departure). {@code departuresOpened} counts every departure a row opened, {@code loweringsInPost} those of them
 * that lower a class within the secret-related ones (the person stays in post: not a 离岗). {@code logins} carries the first password of every login it opened, in clear text: the
 * page shows it once to HR and keeps it nowhere else; only its hash is stored.
 */
public record RosterImportOutcome(int added, int changed, int unchanged, List<GivenProgramme> programmes,
                                  List<NewLogin> logins, int departuresOpened, int raisesCorrected,
                                  List<ClosedProgramme> closed, int loweringsInPost)
        implements Serializable {

    public RosterImportOutcome {
        closed = List.copyOf(closed);
    }

    /** An import that opened no lowering in post. */
    public RosterImportOutcome(int added, int changed, int unchanged, List<GivenProgramme> programmes,
                               List<NewLogin> logins, int departuresOpened, int raisesCorrected,
                               List<ClosedProgramme> closed) {
        this(added, changed, unchanged, programmes, logins, departuresOpened, raisesCorrected, closed, 0);
    }

    /** An import that closed no programme. */
    public RosterImportOutcome(int added, int changed, int unchanged, List<GivenProgramme> programmes,
                               List<NewLogin> logins, int departuresOpened, int raisesCorrected) {
        this(added, changed, unchanged, programmes, logins, departuresOpened, raisesCorrected, List.of());
    }

    /** An import that set back no raise. */
    public RosterImportOutcome(int added, int changed, int unchanged, List<GivenProgramme> programmes,
                               List<NewLogin> logins, int departuresOpened) {
        this(added, changed, unchanged, programmes, logins, departuresOpened, 0);
    }

    /**
     * A programme given by the import: its kind's name (ONBOARDING, TRANSFER, IN_POST) and due day; for an item of a
     * started yearly plan its campaign code and title too (null for the others).
     */
    public record GivenProgramme(String employeeNo, String name, String kind, String campaignCode, String title,
                                 java.time.LocalDate due) implements Serializable {

        static GivenProgramme of(String employeeNo, String name, Roster.GivenTraining training) {
            return new GivenProgramme(employeeNo, name, training.programme(), null, null, training.due());
        }
    }

    /**
     * A programme the import closed as no longer concerning the person (moved out of a campaign's department, post or
     * class): its kind's name, and for a campaign or plan item its code and title (null for the others).
     */
    public record ClosedProgramme(String employeeNo, String name, String kind, String campaignCode, String title)
            implements Serializable {
    }

    /** A login opened by the import, with its first password. */
    public record NewLogin(String employeeNo, String name, String username, String password) implements Serializable {
    }
}
