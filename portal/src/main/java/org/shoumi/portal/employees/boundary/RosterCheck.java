package org.shoumi.portal.employees.boundary;

import java.io.Serializable;
import java.util.List;
import org.shoumi.portal.employees.control.RosterPlan;
import org.shoumi.portal.employees.control.RosterPlan.Change;
import org.shoumi.portal.employees.control.RosterPlan.Planned;
import org.shoumi.portal.employees.control.RosterProblem;

/**
 * A checked roster file: every problem, or (without problems) what importing it would do, row by row.
 * Nothing has been stored. Getters for Jakarta EL.
 */
public final class RosterCheck implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<RosterProblem> problems;
    private final List<Planned> rows;
    private final java.util.HashMap<String, List<PlanTrainingAsked.PlanTraining>> planTrainings;
    private final java.util.HashMap<String, List<PlanTrainingAsked.PlanTraining>> closing;

    public RosterCheck(List<RosterProblem> problems, List<Planned> rows) {
        this(problems, rows, java.util.Map.of(), java.util.Map.of());
    }

    private RosterCheck(List<RosterProblem> problems, List<Planned> rows,
                        java.util.Map<String, List<PlanTrainingAsked.PlanTraining>> planTrainings,
                        java.util.Map<String, List<PlanTrainingAsked.PlanTraining>> closing) {
        this.problems = List.copyOf(problems);
        this.rows = List.copyOf(rows);
        this.planTrainings = new java.util.HashMap<>();
        planTrainings.forEach((no, given) -> this.planTrainings.put(no, List.copyOf(given)));
        this.closing = new java.util.HashMap<>();
        closing.forEach((no, closed) -> this.closing.put(no, List.copyOf(closed)));
    }

    /**
     * This check with the yearly-plan programmes each person would be given, and the campaign programmes (plan items
     * or campaigns launched by hand) that would no longer concern them and be closed, by staff number.
     */
    RosterCheck withPlanTrainings(java.util.Map<String, List<PlanTrainingAsked.PlanTraining>> given,
                                  java.util.Map<String, List<PlanTrainingAsked.PlanTraining>> closed) {
        return new RosterCheck(problems, rows, given, closed);
    }

    /**
     * The campaign programmes the import would close for this person, as no longer concerning them (the import closed
     * them without a word; outside check).
     */
    public List<PlanTrainingAsked.PlanTraining> closingOf(String employeeNo) {
        return closing.getOrDefault(employeeNo, List.of());
    }

    /** How many people would have campaign programmes closed. */
    public long getClosingPeople() {
        return closing.values().stream().filter(c -> !c.isEmpty()).count();
    }

    /** How many campaign programmes the import would close. */
    public long getClosingCount() {
        return closing.values().stream().mapToLong(List::size).sum();
    }

    /** The yearly-plan programmes the import would give this person (none when no started plan concerns them). */
    public List<PlanTrainingAsked.PlanTraining> planTrainingsOf(String employeeNo) {
        return planTrainings.getOrDefault(employeeNo, List.of());
    }

    static RosterCheck of(List<RosterProblem> readProblems, RosterPlan.Result plan) {
        List<RosterProblem> all = new java.util.ArrayList<>(readProblems);
        all.addAll(plan.problems());
        all.sort(java.util.Comparator.comparingInt(RosterProblem::row));
        return new RosterCheck(all, plan.rows());
    }

    public boolean isImportable() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    public List<RosterProblem> getProblems() {
        return problems;
    }

    public List<Planned> getRows() {
        return rows;
    }

    /**
     * The rows the preview lists, in file order: hires and changes, and the unchanged rows whose hire date differs
     * from the roster's (kept), to say so.
     */
    public List<Planned> getChanges() {
        // an unchanged row whose hire date the import keeps is listed too, to say so, and one whose 离岗 is under way
        return rows.stream().filter(r -> r.change() != Change.UNCHANGED || r.hireDateKept() || r.departing()
                || !closingOf(r.employeeNo()).isEmpty() || r.markedLeft()).toList();
    }

    public long getNewCount() {
        return count(Change.NEW);
    }

    public long getChangedCount() {
        return count(Change.CHANGED);
    }

    public long getUnchangedCount() {
        return count(Change.UNCHANGED);
    }

    /** The programmes the import would start: onboarding or transfer, and the started yearly plans' items. */
    public long getProgrammeCount() {
        return rows.stream().filter(r -> r.programme() != null).count()
                + planTrainings.values().stream().mapToLong(List::size).sum();
    }

    /** The rows that open a 离岗 departure instead of lowering a person in post (the preview warns of them). */
    public long getDepartureCount() {
        return rows.stream().filter(r -> r.opensDeparture() && !r.lowersInPost()).count();
    }

    /** The rows that lower a class within the secret-related ones: a lowering is opened, the person stays in post. */
    public long getLoweringCount() {
        return rows.stream().filter(Planned::lowersInPost).count();
    }

    /** The rows the file marks as having left (its status or leaving-date column), which the import does not act on. */
    public long getMarkedLeftCount() {
        return rows.stream().filter(Planned::markedLeft).count();
    }

    /** The rows that take a person out of the post (离岗) back onto a secret-related post (按新上岗). */
    public long getReturnCount() {
        return rows.stream().filter(Planned::returnsToPost).count();
    }

    /** The rows that set a person back from a raise never taken up: corrections, no departure. */
    public long getRaiseCorrectionCount() {
        return rows.stream().filter(Planned::correctsRaise).count();
    }

    public long getLoginCount() {
        return rows.stream().filter(Planned::newLogin).count();
    }

    private long count(Change change) {
        return rows.stream().filter(r -> r.change() == change).count();
    }
}
