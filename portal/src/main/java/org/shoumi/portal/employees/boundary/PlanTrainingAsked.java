package org.shoumi.portal.employees.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * The roster asks which programmes of the started yearly plans (年度保密教育计划) a hire or a change gives: the roster
 * import's check (what people would get, {@link #wouldGet}) and its result (what the import gave, {@link #gaveSince}).
 * Fired inside the roster's transaction; the plan's feature observes it and answers through {@link #gives}. The
 * roster knows nothing of plans: its preview said "将开启培训 0 项" while the import gave two plan items (outside
 * check). Asking what people would get, the answer names too the open campaign programmes (a plan item's or a campaign
 * launched by hand) that would no longer concern a known person as the import leaves them, and would be closed
 * ({@link #closes}): the import closed them without a word (outside check).
 */
public final class PlanTrainingAsked {

    /** A person as the roster will have them: on the roster already ({@code known}) or a hire. */
    public record Person(String employeeNo, boolean known, String departmentCode, String postCode,
                         SecrecyClass secrecyClass, EmployeeStatus status, LocalDate hireDate) {
    }

    /** A plan item's programme: its campaign code, title and the person's due date. */
    public record PlanTraining(String campaignCode, String title, LocalDate due) implements Serializable {
    }

    private final List<Person> people;
    private final Instant since;
    private final Map<String, List<PlanTraining>> given = new HashMap<>();
    private final Map<String, List<PlanTraining>> closing = new HashMap<>();

    private PlanTrainingAsked(List<Person> people, Instant since) {
        this.people = List.copyOf(people);
        this.since = since;
    }

    /** Which plan programmes these people would be given, as they would stand after the import. */
    public static PlanTrainingAsked wouldGet(List<Person> people) {
        return new PlanTrainingAsked(people, null);
    }

    /** Which plan programmes these people (only their staff numbers count) were given from {@code since} on. */
    public static PlanTrainingAsked gaveSince(List<Person> people, Instant since) {
        return new PlanTrainingAsked(people, Objects.requireNonNull(since));
    }

    public List<Person> people() {
        return people;
    }

    /** Null when asking what people would get; else when the work whose programmes are asked for began. */
    public Instant since() {
        return since;
    }

    /** The answer: {@code employeeNo} gets (or got) {@code training}. */
    public void gives(String employeeNo, PlanTraining training) {
        given.computeIfAbsent(employeeNo, n -> new ArrayList<>()).add(training);
    }

    /** What the person gets, in the order answered. */
    public List<PlanTraining> of(String employeeNo) {
        return given.getOrDefault(employeeNo, List.of());
    }

    /** Every answer, by staff number. */
    public Map<String, List<PlanTraining>> all() {
        return given;
    }

    /**
     * The answer: {@code employeeNo}'s open programme of this campaign would no longer concern them and be closed
     * (asked by {@link #wouldGet} only); its due day is the programme's own.
     */
    public void closes(String employeeNo, PlanTraining training) {
        closing.computeIfAbsent(employeeNo, n -> new ArrayList<>()).add(training);
    }

    /** The campaign programmes the import would close, by staff number. */
    public Map<String, List<PlanTraining>> allClosing() {
        return closing;
    }
}
