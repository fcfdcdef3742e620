package org.shoumi.portal.hours.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.portal.campaigns.boundary.Plans;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.boundary.PersonnelHistory;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.hours.control.HoursRules;
import org.shoumi.quizzes.attempts.entity.QuizMode;
import org.shoumi.quizzes.attempts.boundary.QuizAttempts;
import org.shoumi.quizzes.attempts.control.QuizPolicy;
import org.shoumi.quizzes.certificates.boundary.Certificates;

/**
 * Counts each person's 学时 of a year (in the unit's calendar): measured reading (capped per reading), exams passed
 * and offline sessions attended, against the target of the plan or of their class. Read-only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TrainingHours {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Plans plans;

    @Inject
    Employees employees;

    @Inject
    Documents documents;

    @Inject
    PersonnelHistory history;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    /** The most one reading of one document counts, in minutes. */
    @Inject
    @ConfigProperty(name = "shoumi.portal.hours.reading-cap-minutes", defaultValue = "30")
    long readingCapMinutes;

    /** What one exam passed in the year counts. */
    @Inject
    @ConfigProperty(name = "shoumi.portal.hours.per-exam", defaultValue = "1")
    BigDecimal perExam;

    @Inject
    @ConfigProperty(name = "shoumi.portal.hours.target.core", defaultValue = "12")
    String targetCore;

    @Inject
    @ConfigProperty(name = "shoumi.portal.hours.target.important", defaultValue = "10")
    String targetImportant;

    @Inject
    @ConfigProperty(name = "shoumi.portal.hours.target.general", defaultValue = "8")
    String targetGeneral;

    @Inject
    @ConfigProperty(name = "shoumi.portal.hours.target.none", defaultValue = "4")
    String targetNone;

    /**
     * The current year's hours of the person behind this login against their target; empty for a login without a
     * person and for someone who left the post or the unit ({@link HoursRules#hasTarget}).
     */
    public Optional<Tally> thisYearOf(String username) {
        return employees.personOf(username).filter(p -> HoursRules.hasTarget(p.getStatus()))
                .map(p -> of(p, documents.today().getYear()));
    }

    /**
     * The hours of this person in {@code year}, against the target of the class they had at that year's end (today
     * for the year under way: {@link PersonnelHistory#classOfYear}), as the year-end report counts them. The target
     * of their class today rewrote past years: a 核心 person of all of 2025 lowered today read "2025 年度：0 / 8" where
     * the report's 核心 line said 12 (outside check).
     */
    public Tally of(Employee person, int year) {
        SecrecyClass held = history.classOfYear(person, year, documents.today());
        Instant from = start(year);
        Instant to = start(year + 1);
        long capSeconds = readingCapMinutes * 60;
        long reading = HoursRules.readingSeconds(em.createQuery("select a.acknowledgedAt, a.readingSeconds "
                        + "from Acknowledgement a where a.employee = :e and a.acknowledgedAt >= :from "
                        + "and a.acknowledgedAt < :to", Object[].class)
                .setParameter("e", person).setParameter("from", from).setParameter("to", to).getResultStream()
                .map(r -> new HoursRules.Reading((Instant) r[0], ((Number) r[1]).longValue())).toList(), capSeconds);
        long exams = em.createQuery("select count(distinct a.quiz.code) from Attempt a where a.personKey = :no "
                        + "and a.passed = true and a.quiz.mode = :exam and a.finishedAt >= :from and a.finishedAt < :to "
                        + "and " + Certificates.notRevoked("a") + " and " + QuizAttempts.standing("a"), Long.class)
                .setParameter("no", person.getEmployeeNo()).setParameter("exam", QuizMode.EXAM)
                .setParameter(QuizAttempts.LAST_GRADED, QuizPolicy.GradingMethod.LAST)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        BigDecimal sessions = sessionHours(List.of(person.getId()), from, to).getOrDefault(person.getId(),
                BigDecimal.ZERO);
        return new Tally(HoursRules.readingHours(reading), HoursRules.quizHours(exams, perExam),
                sessions.setScale(1, java.math.RoundingMode.DOWN),
                HoursRules.target(held, targets(), plans.hoursTargets(List.of(person), year, p -> held)
                        .get(person.getId())));
    }

    /**
     * The hours of many people in {@code year} at once, by person id (the year-end report): a few grouped queries
     * instead of some per person. {@code classOf} gives the class each person's target follows (the report: the
     * class the history gives them at the year's end, the one it counts them under).
     */
    public Map<Long, Tally> ofAll(List<Employee> people, int year,
                                  java.util.function.Function<Employee, SecrecyClass> classOf) {
        Instant from = start(year);
        Instant to = start(year + 1);
        long capSeconds = readingCapMinutes * 60;
        // each person's readings, in person order: one person's at a time are merged (overlapping pages count once)
        Map<Long, Long> reading = new HashMap<>();
        List<HoursRules.Reading> current = new java.util.ArrayList<>();
        long[] person = {Long.MIN_VALUE};
        em.createQuery("select a.employee.id, a.acknowledgedAt, a.readingSeconds from Acknowledgement a "
                        + "where a.acknowledgedAt >= :from and a.acknowledgedAt < :to order by a.employee.id",
                        Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultStream().forEach(r -> {
                    long id = (Long) r[0];
                    if (id != person[0] && !current.isEmpty()) {
                        reading.put(person[0], HoursRules.readingSeconds(current, capSeconds));
                        current.clear();
                    }
                    person[0] = id;
                    current.add(new HoursRules.Reading((Instant) r[1], ((Number) r[2]).longValue()));
                });
        if (!current.isEmpty()) {
            reading.put(person[0], HoursRules.readingSeconds(current, capSeconds));
        }
        Map<String, Long> exams = new HashMap<>();
        em.createQuery("select a.personKey, count(distinct a.quiz.code) from Attempt a where a.passed = true "
                        + "and a.quiz.mode = :exam and a.finishedAt >= :from and a.finishedAt < :to and "
                        + Certificates.notRevoked("a") + " and " + QuizAttempts.standing("a") + " group by a.personKey",
                        Object[].class)
                .setParameter("exam", QuizMode.EXAM).setParameter(QuizAttempts.LAST_GRADED, QuizPolicy.GradingMethod.LAST).setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(r -> exams.put((String) r[0], ((Number) r[1]).longValue()));
        Map<Long, BigDecimal> sessions = sessionHours(null, from, to);
        Map<Long, BigDecimal> planTargets = plans.hoursTargets(people, year, classOf);
        Map<SecrecyClass, BigDecimal> byClass = targets();
        Map<Long, Tally> all = new HashMap<>();
        for (Employee p : people) {
            all.put(p.getId(), new Tally(HoursRules.readingHours(Math.max(0, reading.getOrDefault(p.getId(), 0L))),
                    HoursRules.quizHours(exams.getOrDefault(p.getEmployeeNo(), 0L), perExam),
                    sessions.getOrDefault(p.getId(), BigDecimal.ZERO).setScale(1, java.math.RoundingMode.DOWN),
                    HoursRules.target(classOf.apply(p), byClass, planTargets.get(p.getId()))));
        }
        return all;
    }

    /**
     * The hours of the offline sessions each person attended that started in [from, to), by person id;
     * {@code people} null: everyone.
     */
    Map<Long, BigDecimal> sessionHours(List<Long> people, Instant from, Instant to) {
        Map<Long, BigDecimal> hours = new HashMap<>();
        var query = em.createQuery("select a.employee.id, sum(a.session.hours) from Attendance a "
                + "where a.session.startsAt >= :from and a.session.startsAt < :to"
                + (people == null ? "" : " and a.employee.id in :people") + " group by a.employee.id", Object[].class)
                .setParameter("from", from).setParameter("to", to);
        if (people != null) {
            query.setParameter("people", people);
        }
        query.getResultStream().forEach(r -> hours.put((Long) r[0], (BigDecimal) r[1]));
        return hours;
    }

    /** The configured targets per class. */
    public Map<SecrecyClass, BigDecimal> targets() {
        return HoursRules.targets(targetCore, targetImportant, targetGeneral, targetNone);
    }

    private Instant start(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(ZoneId.of(zone)).toInstant();
    }
}
