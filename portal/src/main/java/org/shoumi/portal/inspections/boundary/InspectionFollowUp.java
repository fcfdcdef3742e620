package org.shoumi.portal.inspections.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.inspections.control.InspectionRules;
import org.shoumi.portal.inspections.entity.InspectionHandOver;
import org.shoumi.portal.inspections.entity.InspectionReminder;
import org.shoumi.portal.inspections.entity.InspectionRound;
import org.shoumi.portal.inspections.entity.InspectionScope;
import org.shoumi.portal.inspections.entity.InspectionStatus;
import org.shoumi.portal.inspections.entity.SelfInspection;
import org.shoumi.portal.notifications.boundary.Notifications;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.shared.Mail;
import org.shoumi.portal.shared.PortalAddress;
import org.shoumi.portal.shared.ReminderDays;

/**
 * Following self-inspections up: who a round asked and who has not submitted, for the secrecy office (every
 * department) and a department head (their own), with the findings not yet closed; and the reminders. A respondent
 * who has not submitted is told under the bell on the reminder days the programmes use
 * ({@code shoumi.portal.reminders.days-before}, 7 and 1 days before the due day, then the day after it and every
 * {@code shoumi.portal.reminders.overdue-every-days}, 7); once overdue, the heads of the department are told too.
 * Someone who has left the unit or the post since the round opened is not reminded. A respondent with an e-mail address gets the reminder by mail as well (the heads with an address in copy when
 * overdue), sent once the run has committed; a mail the server refuses is logged, the bell stands. Each reminder is
 * recorded once per self-inspection, respondent and day, and counts for the person it reached: a form handed over to
 * someone else is theirs to be reminded of (the new respondent showed the earlier holder's reminder and was skipped).
 */
@ApplicationScoped
@Boundary
public class InspectionFollowUp {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Documents documents;

    @Inject
    Notifications notifications;

    @Inject
    SelfInspections inspections;

    @Inject
    @ConfigProperty(name = "shoumi.portal.reminders.days-before", defaultValue = "7,1")
    String daysBefore;

    @Inject
    @ConfigProperty(name = "shoumi.portal.reminders.overdue-every-days", defaultValue = "7")
    int overdueEvery;

    @Inject
    @ConfigProperty(name = "shoumi.portal.url", defaultValue = "http://localhost:9080/portal/")
    String portalUrl;

    @Inject
    Event<Mail> mails;

    Clock clock = Clock.systemUTC();

    /** The self-inspections not submitted, with what a reminder needs (conditions may be added with "and"). */
    private static final String OPEN = "select s from SelfInspection s join fetch s.round join fetch s.respondent "
            + "join fetch s.department d where s.status = :open";

    /**
     * Reminds the respondents of the self-inspections not submitted whose reminder day is today (or was missed
     * since); returns how many self-inspections were reminded.
     */
    public int remindDue() {
        LocalDate today = documents.today();
        List<Integer> before = ReminderDays.parse(daysBefore);
        Map<Long, LocalDate> last = new HashMap<>();
        // the reminders that reached the form's respondent of today: one handed the form since was never reminded
        em.createQuery("select r.inspection.id, max(r.day) from InspectionReminder r "
                        + "where r.respondent = r.inspection.respondent group by r.inspection.id", Object[].class)
                .getResultList().forEach(r -> last.put((Long) r[0], (LocalDate) r[1]));
        List<SelfInspection> open = stillAsked(em.createQuery(OPEN, SelfInspection.class));
        Recipients recipients = recipients();
        // one notice and one mail per person, round and kind, naming the departments: the office, which answers for
        // every department without a head or a liaison with a login, got one identical line per form (ex-s36h 3)
        Map<List<Object>, List<InspectionReminder>> owedTo = new LinkedHashMap<>();
        for (SelfInspection s : open) {
            InspectionRound round = s.getRound();
            Optional<LocalDate> owed = InspectionRules.reminderOwed(s.getStatus(), round.getDue(), round.getOpenedOn(),
                    today, before, overdueEvery, last.get(s.getId()));
            if (owed.isPresent()) {
                boolean overdue = owed.get().isAfter(round.getDue());
                owedTo.computeIfAbsent(List.of(s.getRespondent().getId(), round.getId(), overdue),
                        k -> new ArrayList<>()).add(new InspectionReminder(s, owed.get(), overdue
                                ? InspectionReminder.Kind.OVERDUE : InspectionReminder.Kind.BEFORE_DUE,
                                clock.instant(), null));
            }
        }
        owedTo.forEach((key, reminders) -> remind(reminders, (Boolean) key.get(2), recipients));
        em.flush();
        return owedTo.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Reminds now, whatever the schedule, everyone of the round (of one department; {@code null}: of every
     * department) who has not submitted, as {@code by} asked from the follow-up page; someone already reminded today
     * is not reminded twice. The reminder is recorded with who asked for it.
     */
    public Reminded remindNow(long roundId, String departmentCode, String by) {
        LocalDate today = documents.today();
        String ofRound = OPEN + " and s.round.id = :round";
        TypedQuery<SelfInspection> query = departmentCode == null
                ? em.createQuery(ofRound + " order by s.id", SelfInspection.class)
                : em.createQuery(ofRound + " and d.code = :d order by s.id", SelfInspection.class)
                        .setParameter("d", departmentCode);
        List<SelfInspection> open = stillAsked(query.setParameter("round", roundId));
        Set<Long> remindedToday = new HashSet<>(em.createQuery("select r.inspection.id from InspectionReminder r "
                        + "where r.inspection.round.id = :round and r.day = :today "
                        + "and r.respondent = r.inspection.respondent", Long.class)
                .setParameter("round", roundId).setParameter("today", today).getResultList());
        Recipients recipients = open.isEmpty() ? null : recipients();
        // people, not forms: the office holding five departments' forms was reminded five times in one press, with
        // five identical lines and mails naming no department, and the page counted 7 people for 3 (ex-s36h 3)
        Set<Long> people = new HashSet<>();
        Map<Long, List<InspectionReminder>> owedTo = new LinkedHashMap<>();
        for (SelfInspection s : open) {
            people.add(s.getRespondent().getId());
            if (!remindedToday.contains(s.getId())) {
                owedTo.computeIfAbsent(s.getRespondent().getId(), k -> new ArrayList<>()).add(new InspectionReminder(s,
                        today, InspectionReminder.Kind.MANUAL, clock.instant(), by));
            }
        }
        owedTo.values().forEach(reminders -> remind(reminders,
                today.isAfter(reminders.get(0).getInspection().getRound().getDue()), recipients));
        em.flush();
        return new Reminded(owedTo.size(), people.size() - owedTo.size());
    }

    /**
     * The open self-inspections the query finds that are still asked of someone to remind: the respondent in post,
     * not gone from the unit or the post since the round opened, and a department's form of a department that still
     * has someone concerned (the office was reminded of the form of a department merged away; ex-s38f 2).
     */
    private List<SelfInspection> stillAsked(TypedQuery<SelfInspection> query) {
        Set<Long> concerned = ConcernedDepartments.ids(em);
        return query.setParameter("open", InspectionStatus.OPEN).getResultStream()
                .filter(s -> s.getRespondent().isInPost())
                .filter(s -> !InspectionRules.departmentNoLongerAsked(s.getRound().getScope(), s.getStatus(),
                        concerned.contains(s.getDepartment().getId()))).toList();
    }

    /**
     * What reminding now did: how many people were reminded, and how many had been reminded today already of
     * everything they have not submitted.
     */
    public record Reminded(int reminded, int alreadyToday) {
    }

    /** Who can be told: the enabled logins of each person, and the heads of each department with their addresses. */
    private record Recipients(Map<Long, List<String>> loginsOf, Map<Long, List<Long>> headsOf,
                              Map<Long, String> headMail) {
    }

    private Recipients recipients() {
        // two queries for the whole run
        Map<Long, List<String>> loginsOf = new HashMap<>();
        em.createQuery("select a.employee.id, a.username from Account a where a.enabled = true "
                + "and a.employee is not null", Object[].class).getResultList()
                .forEach(r -> loginsOf.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        Map<Long, List<Long>> headsOf = new HashMap<>();
        Map<Long, String> headMail = new HashMap<>();
        em.createQuery("select distinct e.department.id, e.id, e.email from Account a join a.employee e "
                        + "join a.roles r where r = :role and a.enabled = true", Object[].class)
                .setParameter("role", Role.DEPT_HEAD).getResultList().forEach(r -> {
                    headsOf.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Long) r[1]);
                    if (r[2] != null) {
                        headMail.put((Long) r[1], (String) r[2]);
                    }
                });
        return new Recipients(loginsOf, headsOf, headMail);
    }

    /**
     * Records the reminders of one person's forms of one round and tells the respondent once, under the bell and,
     * with an address, by e-mail once the transaction has committed, naming the departments of a department or an
     * office round; once overdue, each department's heads too (in copy of the mail).
     */
    private void remind(List<InspectionReminder> reminders, boolean overdue, Recipients to) {
        reminders.forEach(em::persist);
        List<SelfInspection> forms = reminders.stream().map(InspectionReminder::getInspection).toList();
        SelfInspection first = forms.get(0);
        InspectionRound round = first.getRound();
        Employee respondent = first.getRespondent();
        boolean forDepartments = round.getScope() != InspectionScope.PERSONAL;
        String departments = forms.stream().map(f -> f.getDepartment().getName()).distinct()
                .collect(Collectors.joining("、"));
        String fill = forms.size() == 1 ? "/inspections/fill.xhtml?id=" + first.getId() : "/inspections/mine.xhtml";
        List<String> about = forDepartments ? List.of(round.getName(), round.getDue().toString(), departments)
                : List.of(round.getName(), round.getDue().toString());
        String kind = overdue ? "overdue" : "reminder";
        String named = forDepartments ? kind + "For" : kind;
        to.loginsOf().getOrDefault(respondent.getId(), List.of()).forEach(login -> notifications.tell(login,
                "inspections.notice." + named, about, fill));
        Map<SelfInspection, List<Long>> headsOf = new LinkedHashMap<>();
        if (overdue) {
            forms.forEach(s -> headsOf.put(s, to.headsOf().getOrDefault(s.getDepartment().getId(), List.of()).stream()
                    .filter(h -> !h.equals(respondent.getId())).toList()));
        }
        if (respondent.getEmail() != null) {
            List<String> body = new ArrayList<>(List.of(respondent.getName(), round.getName(),
                    round.getDue().toString(), PortalAddress.of(portalUrl, fill)));
            if (forDepartments) {
                body.add(departments);
            }
            mails.fire(Mail.inChinese(List.of(respondent.getEmail()),
                    headsOf.values().stream().flatMap(List::stream).map(to.headMail()::get).filter(Objects::nonNull)
                            .distinct().toList(),
                    "inspections.mail.subject." + named, about, "inspections.mail.body." + named, body));
        }
        headsOf.forEach((s, heads) -> heads.stream().flatMap(h -> to.loginsOf().getOrDefault(h, List.of()).stream())
                .distinct().forEach(login -> notifications.tell(login, "inspections.notice.overdueHead",
                        List.of(round.getName(), round.getDue().toString(), respondent.getName(),
                                respondent.getEmployeeNo()),
                        "/inspections/department.xhtml?round=" + round.getId())));
    }

    /**
     * The rounds that asked anyone of the department ({@code null}: of any department), newest first, with their
     * completion in that department only.
     */
    public List<Rows.RoundSummary> rounds(String departmentCode) {
        return inspections.rounds().stream().map(r -> departmentCode == null ? r : narrowed(r, departmentCode))
                .filter(r -> r.total() > 0).toList();
    }

    /** The round with its completion in one department only. */
    private static Rows.RoundSummary narrowed(Rows.RoundSummary r, String departmentCode) {
        List<Rows.DepartmentCompletion> own = r.departments().stream().filter(d -> d.code().equals(departmentCode))
                .toList();
        return new Rows.RoundSummary(r.id(), r.name(), r.scope(), r.checklistKey(), r.checklistVersion(),
                r.checklistTitle(), r.openedOn(), r.due(), r.openedBy(),
                r.overdue() && own.stream().anyMatch(d -> !d.complete()),
                own.stream().mapToLong(Rows.DepartmentCompletion::submitted).sum(),
                own.stream().mapToLong(Rows.DepartmentCompletion::total).sum(), own);
    }

    /**
     * Who the round asked in the department ({@code null}: everyone), those not submitted first (the overdue among
     * them), then by department and staff number; empty for an unknown round.
     */
    public List<Rows.Respondent> respondents(long roundId, String departmentCode) {
        InspectionRound round = em.find(InspectionRound.class, roundId);
        if (round == null) {
            return List.of();
        }
        LocalDate today = documents.today();
        Map<Long, LocalDate> last = new HashMap<>();
        em.createQuery("select r.inspection.id, max(r.day) from InspectionReminder r where r.inspection.round = :round "
                        + "and r.respondent = r.inspection.respondent group by r.inspection.id", Object[].class).setParameter("round", round).getResultList()
                .forEach(r -> last.put((Long) r[0], (LocalDate) r[1]));
        Map<Long, Long> findings = new HashMap<>();
        em.createQuery("select f.inspection.id, count(f) from Finding f where f.inspection.round = :round "
                        + "group by f.inspection.id", Object[].class).setParameter("round", round).getResultList()
                .forEach(r -> findings.put((Long) r[0], (Long) r[1]));
        List<Rows.Respondent> rows = new ArrayList<>();
        List<SelfInspection> asked = departmentCode == null
                ? em.createNamedQuery(SelfInspection.OF_ROUND, SelfInspection.class).setParameter("round", round)
                        .getResultList()
                : em.createQuery("select s from SelfInspection s join fetch s.respondent join fetch s.department d "
                        + "where s.round = :round and d.code = :d order by s.id", SelfInspection.class)
                        .setParameter("round", round).setParameter("d", departmentCode).getResultList();
        Set<Long> concerned = ConcernedDepartments.ids(em);
        for (SelfInspection s : asked) {
            Employee p = s.getRespondent();
            if (InspectionRules.noLongerAsked(s.getStatus(), p.getStatus()) || InspectionRules.departmentNoLongerAsked(
                    round.getScope(), s.getStatus(), concerned.contains(s.getDepartment().getId()))) {
                // someone who left the post or the unit before filling it in is no longer asked (they are not
                // reminded either): not listed as outstanding (outside check: two leavers "未提交" for good)
                continue;
            }
            rows.add(new Rows.Respondent(s.getId(), p.getEmployeeNo(), p.getName(), s.getDepartment().getName(),
                    s.getDepartment().getNameEn(), s.getStatus(), s.getSubmittedAt(),
                    InspectionRules.overdue(s.getStatus(), round.getDue(), today), last.get(s.getId()),
                    findings.getOrDefault(s.getId(), 0L)));
        }
        rows.sort(Comparator.comparing(Rows.Respondent::submitted).thenComparing(r -> !r.overdue())
                .thenComparing(r -> r.departmentName()).thenComparing(Rows.Respondent::employeeNo));
        return rows;
    }

    /**
     * The hand-overs of the round's forms (of one department; {@code null}: of every department), oldest first: who
     * held each, who holds it now, why, by whose change and when.
     */
    public List<Rows.HandOver> handOvers(long roundId, String departmentCode) {
        TypedQuery<InspectionHandOver> query = em.createQuery("select h from InspectionHandOver h "
                + "join fetch h.inspection s join fetch s.department d join fetch h.from join fetch h.to "
                + "where s.round.id = :round" + (departmentCode == null ? "" : " and d.code = :d")
                + " order by h.doneAt, h.id", InspectionHandOver.class).setParameter("round", roundId);
        return (departmentCode == null ? query : query.setParameter("d", departmentCode)).getResultStream()
                .map(h -> new Rows.HandOver(h.getInspection().getId(), h.getInspection().getDepartment().getName(),
                        h.getInspection().getDepartment().getNameEn(), h.getFrom().getEmployeeNo(),
                        h.getFrom().getName(), h.getTo().getEmployeeNo(), h.getTo().getName(), h.getCause(),
                        h.getDoneBy(), h.getDoneAt()))
                .toList();
    }

    /** How many self-inspections of the department are not submitted after their round's due day. */
    public long overdueIn(String departmentCode) {
        Set<Long> concerned = ConcernedDepartments.ids(em);
        return em.createQuery("select s from SelfInspection s join fetch s.respondent join fetch s.round "
                        + "where s.department.code = :d and s.status = :open and s.round.due < :today",
                        SelfInspection.class)
                .setParameter("d", departmentCode).setParameter("open", InspectionStatus.OPEN)
                .setParameter("today", documents.today()).getResultStream().filter(s -> s.getRespondent().isInPost())
                .filter(s -> !InspectionRules.departmentNoLongerAsked(s.getRound().getScope(), s.getStatus(),
                        concerned.contains(s.getDepartment().getId())))
                .count();
    }

    /** The findings of the department ({@code null}: of every department) not yet closed, overdue first. */
    public List<Rows.FindingRow> openFindings(String departmentCode) {
        return inspections.openFindings(departmentCode);
    }
}
