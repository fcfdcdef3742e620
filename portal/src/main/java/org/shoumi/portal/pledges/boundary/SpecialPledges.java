package org.shoumi.portal.pledges.boundary;

import org.shoumi.content.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.documents.boundary.DocumentPublished;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.content.documents.control.DocumentTimeline;
import org.shoumi.content.documents.entity.DocumentKind;
import org.shoumi.content.documents.entity.DocumentVersion;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.PersonnelChange;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.portal.liaisons.boundary.LiaisonRows;
import org.shoumi.portal.liaisons.boundary.Liaisons;
import org.shoumi.portal.liaisons.control.LiaisonRules;
import org.shoumi.portal.notifications.boundary.Notifications;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.pledges.boundary.TopicIssueRefusedException.Reason;
import org.shoumi.portal.pledges.control.PledgeText;
import org.shoumi.portal.pledges.control.SpecialPledgeRules;
import org.shoumi.portal.pledges.entity.PledgeTopic;
import org.shoumi.portal.pledges.entity.SignedPledge;
import org.shoumi.portal.pledges.entity.TopicIssueWithdrawal;
import org.shoumi.portal.pledges.entity.TopicPledgeAddressee;
import org.shoumi.portal.pledges.entity.TopicPledgeIssue;
import org.shoumi.portal.security.entity.Role;

/**
 * The pledges no programme asks for. Topic pledges (专项保密承诺): an officer issues one to people for an occasion,
 * each of them owes it until signed (or until they leave the unit); the issue is an immutable record in the
 * evidence chain. Responsibility letters (保密工作责任书): each department head owes one per calendar year, and so
 * does each part-time secrecy liaison (兼职保密员) serving an appointment, again when newly appointed. And the
 * re-opening of signed pledges by a material change of their template: the agreement for everyone in the unit who
 * signed an older version, the in-post pledge for whoever signed this year's on an older version, the letter for
 * heads whose letter this year is older. Onboarding and exit pledges follow their programmes and are not re-opened;
 * a topic pledge not yet signed simply shows the new text, one already signed stays bound to its occasion.
 */
@ApplicationScoped
@Boundary
public class SpecialPledges {

    private static final String BUNDLE = "org.shoumi.portal.i18n.messages";

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Documents documents;

    @Inject
    EvidenceLog evidence;

    @Inject
    Notifications notifications;

    @Inject
    Liaisons liaisons;

    @Inject
    org.shoumi.portal.vetting.boundary.Vettings vettings;

    @Inject
    org.shoumi.portal.departures.boundary.Departures departures;

    @Inject
    org.shoumi.portal.employees.boundary.PersonnelHistory history;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    /** How many days ahead a topic pledge's sign-by day may lie (a year by default, as a travel request's departure). */
    @Inject
    @ConfigProperty(name = "shoumi.portal.pledges.topic-due-max-days", defaultValue = "365")
    int dueMaxDays;

    Clock clock = Clock.systemUTC();

    // ---- issuing topic pledges -------------------------------------------------------------------------------

    /**
     * Issues a topic pledge to the people listed and/or everyone in the unit of a department; refused, with
     * every problem and nothing stored, for a missing topic or occasion, an occasion over 200 characters, a due day
     * in the past, a staff number not on the roster or of someone who left the unit (named), of someone who left the
     * post (离岗), of someone whose 离岗 or 离职 is under way, or of someone not yet in post held back for a vetting
     * (named, each with its reason: {@link SpecialPledgeRules#notIssuable}), an unknown department or nobody at all. A department's issue reaches
     * only those of its people it may be issued to. Each person with a login is told under the bell. Returns the
     * issue's id.
     */
    public long issue(TopicIssueDraft draft, String officer) {
        return issued(draft, officer).id();
    }

    /**
     * {@link #issue}, saying also whom a department's issue left out: those who still owe the same pledge (named) and
     * how many of its people may not be given one (out of the post, leaving it, or not yet vetted), so that the
     * officer is not left to believe the whole department was asked.
     */
    /** How many days ahead a sign-by day may lie, and so the latest one allowed today (for the refusal's message). */
    public int dueMaxDays() {
        return dueMaxDays;
    }

    /** The latest sign-by day a topic pledge issued today may have. */
    public LocalDate latestDue() {
        return SpecialPledgeRules.latestDue(documents.today(), dueMaxDays);
    }

    public TopicIssued issued(TopicIssueDraft draft, String officer) {
        LocalDate today = documents.today();
        List<Reason> reasons = new ArrayList<>();
        SpecialPledgeRules.check(draft.topic(), draft.occasion(), draft.dueOn(), draft.staffNumbers(), today, dueMaxDays)
                .forEach(p -> reasons.add(Reason.valueOf(p.name())));
        List<String> numbers = reasons.contains(Reason.STAFF_LIST_TOO_LONG) ? List.of()
                : SpecialPledgeRules.staffNumbers(draft.staffNumbers());
        Map<String, Employee> people = new LinkedHashMap<>();
        List<String> listed = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> left = new ArrayList<>();
        List<String> leftPost = new ArrayList<>();
        List<String> leaving = new ArrayList<>();
        List<String> notVetted = new ArrayList<>();
        if (!numbers.isEmpty()) {
            // typed in any case: sm002 is SM002 (an outside check was told "花名册中没有：sm002"); the exact number
            // first, and a case-blind match only when it names one person
            Map<String, List<Employee>> found = em.createQuery("select e from Employee e "
                            + "where upper(e.employeeNo) in :nos", Employee.class)
                    .setParameter("nos", numbers.stream().map(n -> n.toUpperCase(java.util.Locale.ROOT)).toList())
                    .getResultStream().collect(Collectors.groupingBy(
                            e -> e.getEmployeeNo().toUpperCase(java.util.Locale.ROOT)));
            for (String no : numbers) {
                List<Employee> candidates = found.getOrDefault(no.toUpperCase(java.util.Locale.ROOT), List.of());
                Employee e = candidates.stream().filter(c -> c.getEmployeeNo().equals(no)).findFirst()
                        .orElse(candidates.size() == 1 ? candidates.get(0) : null);
                if (e == null) {
                    unknown.add(no);
                } else if (e.getStatus() == EmployeeStatus.LEFT_UNIT) {
                    left.add(no);
                } else {
                    // found by an outside tester: a 离岗 person and a 待上岗 person without vetting were given a
                    // pledge for a secret USB key that says they work in the post; and one whose 离岗 was open, after
                    // her exit pledge said every carrier was returned
                    Optional<SpecialPledgeRules.NotIssuable> not = notIssuable(e,
                            departures.leavingThePost(e.getEmployeeNo()));
                    if (not.isEmpty()) {
                        people.put(e.getEmployeeNo(), e);
                        listed.add(e.getEmployeeNo());
                    } else if (not.get() == SpecialPledgeRules.NotIssuable.LEFT_POST) {
                        leftPost.add(no);
                    } else if (not.get() == SpecialPledgeRules.NotIssuable.LEAVING_POST) {
                        leaving.add(no);
                    } else {
                        notVetted.add(no);
                    }
                }
            }
        }
        String department = draft.departmentCode() == null || draft.departmentCode().isBlank() ? null
                : draft.departmentCode().strip();
        int notIssuableInDepartment = 0;
        if (department != null) {
            if (em.createQuery(
                    "select count(d) from Department d where d.code = :c", Long.class).setParameter("c", department)
                    .getSingleResult() == 0) {
                reasons.add(Reason.UNKNOWN_DEPARTMENT);
            } else {
                Set<String> leavingNow = departures.leavingThePost();
                for (Employee e : em.createQuery("select e from Employee e where e.department.code = :c "
                                + "and e.status <> :left order by e.employeeNo", Employee.class)
                        .setParameter("c", department).setParameter("left", EmployeeStatus.LEFT_UNIT)
                        .getResultList()) {
                    // out of the post, leaving it, or not yet vetted: left out (and counted)
                    if (notIssuable(e, leavingNow.contains(e.getEmployeeNo())).isEmpty()) {
                        people.putIfAbsent(e.getEmployeeNo(), e);
                    } else if (!people.containsKey(e.getEmployeeNo())) {
                        notIssuableInDepartment++;
                    }
                }
            }
        }
        if (!unknown.isEmpty()) {
            reasons.add(Reason.UNKNOWN_STAFF);
        }
        if (!left.isEmpty()) {
            reasons.add(Reason.LEFT_STAFF);
        }
        if (!leftPost.isEmpty()) {
            reasons.add(Reason.LEFT_POST_STAFF);
        }
        if (!leaving.isEmpty()) {
            reasons.add(Reason.LEAVING_POST_STAFF);
        }
        if (!notVetted.isEmpty()) {
            reasons.add(Reason.NOT_VETTED_STAFF);
        }
        if (people.isEmpty() && !reasons.contains(Reason.UNKNOWN_DEPARTMENT)) {
            reasons.add(Reason.NO_PEOPLE);
        }
        if (!reasons.isEmpty()) {
            throw new TopicIssueRefusedException(reasons, unknown, left, leftPost, notVetted, List.of(), leaving);
        }
        // the same issue once: a form sent twice (or again from the page opened anew) issued it twice. The first
        // addressee's row is locked, so that two posts of the same issue at once are counted one after the other
        em.lock(people.values().stream().min(java.util.Comparator.comparing(Employee::getEmployeeNo)).orElseThrow(),
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        List<String> addressees = List.copyOf(people.keySet());
        String occasion = Texts.clean(draft.occasion());
        // the occasion compared as the other duplicate checks compare (spaces, width and case aside): a retyped
        // occasion issued the same pledge again (outside re-check)
        // an issue one of whose people left the post since is over for them (a re-posted person is given the carrier
        // anew): not the same issue sent twice
        Map<Long, Instant> lastLeft = history.lastLeftPost();
        boolean issued = em.createQuery("select i from TopicPledgeIssue i where i.topic = :topic and not exists "
                        + "(select w from TopicIssueWithdrawal w where w.issue = i)", TopicPledgeIssue.class).setParameter("topic", draft.topic()).getResultStream()
                .filter(i -> SpecialPledgeRules.sameOccasion(i.getOccasion(), occasion))
                .anyMatch(i -> java.util.Objects.equals(i.getDueOn(), draft.dueOn())
                        && java.util.Objects.equals(i.getDepartmentCode(), department)
                        && SpecialPledgeRules.samePeople(i.getAddressees(), addressees)
                        && people.values().stream().noneMatch(e -> SpecialPledgeRules.endedByLeaving(i.getIssuedAt(),
                                lastLeft.get(e.getId()))));
        if (issued) {
            throw new TopicIssueRefusedException(List.of(Reason.ALREADY_ISSUED), List.of(), List.of());
        }
        // found by outside checks: the same topic and occasion issued again (another sign-by day, another set of
        // people) had people owe and sign two identical pledges. Who still owes it is named, or left out of a
        // department's issue
        SpecialPledgeRules.Reissue reissue = SpecialPledgeRules.reissue(listed,
                people.keySet().stream().filter(no -> !listed.contains(no)).toList(),
                owing(draft.topic(), occasion, people.keySet(), lastLeft));
        if (!reissue.refused().isEmpty() || reissue.leftOut().size() == people.size()) {
            List<String> named = new ArrayList<>(reissue.refused());
            named.addAll(reissue.leftOut().size() == people.size() ? reissue.leftOut() : List.of());
            throw new TopicIssueRefusedException(List.of(Reason.ALREADY_OWED), List.of(), List.of(), List.of(),
                    List.of(), named);
        }
        reissue.leftOut().forEach(people::remove);
        TopicPledgeIssue issue = new TopicPledgeIssue(draft.topic(), occasion, draft.dueOn(),
                department, List.copyOf(people.keySet()), officer, clock.instant());
        em.persist(issue);
        people.values().forEach(e -> em.persist(new TopicPledgeAddressee(issue, e)));
        em.flush();
        evidence.append(EvidenceKind.PLEDGE_ISSUE, issue.getId());
        List<Long> ids = people.values().stream().map(Employee::getId).toList();
        List<String> logins = em.createQuery("select a.username from Account a where a.employee.id in :ids",
                String.class).setParameter("ids", ids).getResultList();
        String key = draft.dueOn() == null ? "pledge.topic.noticeOpen" : "pledge.topic.notice";
        List<String> args = draft.dueOn() == null ? List.of(issue.getOccasion())
                : List.of(issue.getOccasion(), draft.dueOn().toString());
        logins.forEach(u -> notifications.tell(u, key, args, "/pledges/mine.xhtml"));
        return new TopicIssued(issue.getId(), people.size(), List.copyOf(reissue.leftOut()),
                notIssuableInDepartment);
    }

    /**
     * Of these staff numbers, those who still owe a topic pledge of this topic and occasion (issued, not signed, and
     * not ended by their leaving the post since, {@code lastLeft} by person id: a person put back on a secret post is
     * given the carrier anew). The occasion is compared as {@link SpecialPledgeRules#sameOccasion} reads it.
     */
    private Set<String> owing(PledgeTopic topic, String occasion, java.util.Collection<String> staffNumbers,
                              Map<Long, Instant> lastLeft) {
        Set<String> asked = Set.copyOf(staffNumbers);
        return em.createQuery("select e.employeeNo, e.id, i.issuedAt, i.occasion from TopicPledgeAddressee t "
                        + "join t.employee e join t.issue i where i.topic = :topic and not exists (select s "
                        + "from SignedPledge s where s.employee = e and s.topicIssueId = i.id) and not exists "
                        + "(select w from TopicIssueWithdrawal w where w.issue = i)", Object[].class)
                .setParameter("topic", topic).getResultStream()
                .filter(r -> asked.contains((String) r[0]))
                .filter(r -> SpecialPledgeRules.sameOccasion((String) r[3], occasion))
                .filter(r -> !SpecialPledgeRules.endedByLeaving((Instant) r[2], lastLeft.get((Long) r[1])))
                .map(r -> (String) r[0]).collect(Collectors.toSet());
    }

    /**
     * Why a topic pledge may not be issued to this person still in the unit, if it may not ({@code leaving}: their
     * 离岗 or 离职 is under way).
     */
    private Optional<SpecialPledgeRules.NotIssuable> notIssuable(Employee e, boolean leaving) {
        return SpecialPledgeRules.notIssuable(e.getStatus(), leaving, e.getStatus() == EmployeeStatus.ONBOARDING
                && vettings.vettingMissing(e.getEmployeeNo()));
    }

    /**
     * Where the person stands towards topic pledges: their status, whether their 离岗 or 离职 is under way (asked of
     * the departures feature) and when they last left the post (from the personnel history).
     */
    public SpecialPledgeRules.PostStanding standing(Employee person) {
        return new SpecialPledgeRules.PostStanding(person.getStatus(), leaving(person),
                history.lastLeftPost(person).orElse(null));
    }

    /**
     * Whether the person, still in the post by their status, is leaving it: their 离岗 or 离职 is open (asked of the
     * departures feature, {@code Departures.leavingThePost}; a hand-over or a lowering that keeps them in a
     * secret-related post is none).
     */
    public boolean leaving(Employee person) {
        return !SpecialPledgeRules.outOfPost(person.getStatus()) && departures.leavingThePost(person.getEmployeeNo());
    }

    /**
     * Whether this issue was made to the person, not signed, and ended by their leaving the post since (they were put
     * back on a secret post after it: {@link SpecialPledgeRules#endedByLeaving}).
     */
    public boolean endedByLeaving(Employee person, long issueId) {
        Instant left = history.lastLeftPost(person).orElse(null);
        return left != null && em.createQuery("select i.issuedAt from TopicPledgeAddressee t join t.issue i "
                        + "where t.employee = :e and i.id = :i and not exists (select s from SignedPledge s "
                        + "where s.employee = :e and s.topicIssueId = i.id)", Instant.class)
                .setParameter("e", person).setParameter("i", issueId).getResultStream()
                .anyMatch(at -> SpecialPledgeRules.endedByLeaving(at, left));
    }

    /** Every issued topic pledge, newest first, with how many people signed and still owe it. */
    public List<SpecialPledgeRows.Issue> issues() {
        List<TopicPledgeIssue> issues = em.createNamedQuery(TopicPledgeIssue.ALL, TopicPledgeIssue.class)
                .getResultList();
        if (issues.isEmpty()) {
            return List.of();
        }
        Map<Long, int[]> counts = new HashMap<>();
        Set<String> leaving = departures.leavingThePost();
        Map<Long, Instant> lastLeft = history.lastLeftPost();
        // [concerned, signed, owed]
        em.createQuery("select t.issue.id, e.status, (select count(s) from SignedPledge s where s.topicIssueId = "
                        + "t.issue.id and s.employee = e), e.employeeNo, e.id, t.issue.issuedAt "
                        + "from TopicPledgeAddressee t join t.employee e", Object[].class)
                .getResultStream().forEach(r -> {
                    int[] c = counts.computeIfAbsent((Long) r[0], k -> new int[3]);
                    boolean signed = ((Number) r[2]).longValue() > 0;
                    c[0]++;
                    c[1] += signed ? 1 : 0;
                    c[2] += SpecialPledgeRules.owesTopic(new SpecialPledgeRules.PostStanding((EmployeeStatus) r[1],
                            leaving.contains((String) r[3]), lastLeft.get((Long) r[4])), (Instant) r[5], signed) ? 1 : 0;
                });
        Map<Long, TopicIssueWithdrawal> withdrawals = withdrawals();
        return issues.stream().map(i -> {
            int[] c = counts.getOrDefault(i.getId(), new int[3]);
            TopicIssueWithdrawal w = withdrawals.get(i.getId());
            // withdrawn: nobody owes it any more; who signed it keeps the signature
            return new SpecialPledgeRows.Issue(i.getId(), i.getTopic(), i.getOccasion(), i.getDueOn(),
                    i.getDepartmentCode(), i.getIssuedBy(), i.getIssuedAt(), c[0], c[1], w == null ? c[2] : 0,
                    w == null ? null : w.getWithdrawnAt(), w == null ? null : w.getWithdrawnBy(),
                    w == null ? null : w.getReason());
        }).toList();
    }

    /** The people one topic pledge was issued to, by staff number: who signed when, who still owes it. */
    public List<SpecialPledgeRows.Addressee> addressees(long issueId) {
        Map<Long, Instant> signed = new HashMap<>();
        em.createQuery("select s.employee.id, s.signedAt from SignedPledge s where s.topicIssueId = :i",
                Object[].class).setParameter("i", issueId).getResultStream()
                .forEach(r -> signed.merge((Long) r[0], (Instant) r[1], (a, b) -> a.isBefore(b) ? a : b));
        Set<String> leaving = departures.leavingThePost();
        Map<Long, Instant> lastLeft = history.lastLeftPost();
        TopicPledgeIssue issue = em.find(TopicPledgeIssue.class, issueId);
        Instant issuedAt = issue == null ? null : issue.getIssuedAt();
        boolean withdrawn = isWithdrawn(issueId);
        return em.createQuery("select e from TopicPledgeAddressee t join t.employee e join fetch e.department "
                        + "where t.issue.id = :i order by e.employeeNo", Employee.class).setParameter("i", issueId)
                .getResultStream().map(e -> {
                    Instant at = signed.get(e.getId());
                    return new SpecialPledgeRows.Addressee(e.getEmployeeNo(), e.getName(),
                            e.getDepartment().getName(), e.getDepartment().getNameEn(), e.getStatus(), at,
                            !withdrawn && SpecialPledgeRules.owesTopic(new SpecialPledgeRules.PostStanding(
                                    e.getStatus(), leaving.contains(e.getEmployeeNo()), lastLeft.get(e.getId())),
                                    issuedAt, at != null));
                }).toList();
    }

    /** The withdrawals on record, by issue id. */
    private Map<Long, TopicIssueWithdrawal> withdrawals() {
        Map<Long, TopicIssueWithdrawal> found = new HashMap<>();
        em.createQuery("select w from TopicIssueWithdrawal w join fetch w.issue", TopicIssueWithdrawal.class)
                .getResultStream().forEach(w -> found.put(w.getIssue().getId(), w));
        return found;
    }

    /** Whether the secrecy office withdrew this issue. */
    public boolean isWithdrawn(long issueId) {
        return em.createQuery("select count(w) from TopicIssueWithdrawal w where w.issue.id = :i", Long.class)
                .setParameter("i", issueId).getSingleResult() > 0;
    }

    /** Whether this issue was made to the person. */
    public boolean addressedTo(Employee person, long issueId) {
        return em.createQuery("select count(t) from TopicPledgeAddressee t where t.employee = :e and t.issue.id = :i",
                Long.class).setParameter("e", person).setParameter("i", issueId).getSingleResult() > 0;
    }

    /**
     * Withdraws an issue made by mistake (the wrong people, the wrong occasion), with the reason: kept with who and
     * when, and in the evidence chain; the issue stays as it was made. Those who had not signed it owe it no more
     * and are told under the bell; those who signed keep their signed pledge. Refused, nothing stored, for an issue
     * not on record, one withdrawn already, or a reason missing or over 500 characters.
     */
    public void withdraw(long issueId, String reason, String officer) {
        List<Reason> reasons = new ArrayList<>();
        String why = Texts.clean(reason);
        if (!Texts.saysSomething(why)) {
            reasons.add(Reason.WITHDRAW_REASON_MISSING);
        } else if (why.length() > TopicIssueWithdrawal.MAX_REASON) {
            reasons.add(Reason.WITHDRAW_REASON_TOO_LONG);
        }
        TopicPledgeIssue issue = em.find(TopicPledgeIssue.class, issueId,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (issue == null) {
            throw new TopicIssueRefusedException(List.of(Reason.NO_SUCH_ISSUE), List.of(), List.of());
        }
        if (isWithdrawn(issueId)) {
            throw new TopicIssueRefusedException(List.of(Reason.ALREADY_WITHDRAWN), List.of(), List.of());
        }
        if (!reasons.isEmpty()) {
            throw new TopicIssueRefusedException(reasons, List.of(), List.of());
        }
        // who owed it until now: told that it is withdrawn
        List<String> owed = addressees(issueId).stream().filter(SpecialPledgeRows.Addressee::owes)
                .map(SpecialPledgeRows.Addressee::employeeNo).toList();
        TopicIssueWithdrawal withdrawal = new TopicIssueWithdrawal(issue, clock.instant(), officer, why);
        em.persist(withdrawal);
        em.flush();
        evidence.append(EvidenceKind.TOPIC_ISSUE_WITHDRAWAL, withdrawal.getId());
        if (!owed.isEmpty()) {
            em.createQuery("select a.username from Account a where a.employee.employeeNo in :nos", String.class)
                    .setParameter("nos", owed).getResultStream()
                    .forEach(u -> notifications.tell(u, "pledge.topic.noticeWithdrawn",
                            List.of(issue.getOccasion(), why), "/pledges/mine.xhtml"));
        }
    }

    // ---- what a person owes ----------------------------------------------------------------------------------

    /**
     * The topic pledges the person still owes, oldest issue first; none once their 离岗 or 离职 is opened, nor after they
     * left the post or the unit, and, once put back on a secret post, none issued before they last left it.
     */
    public List<TopicDue> openTopics(Employee person) {
        SpecialPledgeRules.PostStanding standing = standing(person);
        if (standing.outOfPost()) {
            return List.of();
        }
        // two plain queries: with the signatures as a "not exists" subquery, EclipseLink wrote the person's id into
        // the SQL text, so Derby compiled a new statement for every person (4 % of the home page's CPU)
        List<TopicPledgeIssue> addressed = em.createQuery("select i from TopicPledgeAddressee t join t.issue i "
                + "where t.employee = :e and not exists (select w from TopicIssueWithdrawal w where w.issue = i) "
                + "order by i.issuedAt, i.id", TopicPledgeIssue.class).setParameter("e", person)
                .getResultList();
        if (addressed.isEmpty()) {
            return List.of();
        }
        java.util.Set<Long> signed = new java.util.HashSet<>(em.createQuery("select s.topicIssueId from SignedPledge s "
                + "where s.employee = :e and s.topicIssueId is not null", Long.class).setParameter("e", person)
                .getResultList());
        return addressed.stream().filter(i -> !signed.contains(i.getId()))
                .filter(i -> SpecialPledgeRules.owesTopic(standing, i.getIssuedAt(), false)).map(i -> new TopicDue(i.getId(),
                i.getTopic(), i.getOccasion(), i.getDueOn(), i.getIssuedAt())).toList();
    }

    /**
     * The issue a topic signature answers: the one asked for if the person owes it, else (none asked for) their
     * oldest open one; empty when they owe none of these.
     */
    public Optional<TopicDue> topicToSign(Employee person, Long issueId) {
        return openTopics(person).stream().filter(t -> issueId == null || t.issueId() == issueId).findFirst();
    }

    /** The topic and occasion as printed in the pledge (the topic's name in Chinese, the pledges' language). */
    public PledgeText.Topic printed(TopicDue due) {
        ResourceBundle labels = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);
        return new PledgeText.Topic(labels.getString("enum.PledgeTopic." + due.topic().name()), due.occasion());
    }

    /**
     * Whether the person owes this kind for a reason no programme gives: an open topic pledge, their department
     * head's letter this year, or a pledge re-opened by a material change of its template.
     */
    public boolean owes(Employee person, PledgeKind kind) {
        return switch (kind) {
            case TOPIC -> !openTopics(person).isEmpty();
            case RESPONSIBILITY -> owesLetter(person);
            case LIAISON -> owesLiaisonLetter(person);
            case AGREEMENT -> person.getStatus() != EmployeeStatus.LEFT_UNIT && reopened(person, kind, null);
            // not once their 离岗 or 离职 is opened: they owe the exit pledge, which says the opposite (outside check)
            case IN_POST -> person.getStatus() == EmployeeStatus.ACTIVE && person.getSecrecyClass().isSecretRelated()
                    && reopened(person, kind, startOfYear()) && !leaving(person);
            case ONBOARDING, EXIT -> false;
        };
    }

    /** Whether the login of this person is a department head's (heads the department the person belongs to). */
    public boolean isHead(Employee person) {
        return em.createQuery("select count(a) from Account a join a.roles r where a.employee = :e and r = :role",
                Long.class).setParameter("e", person).setParameter("role", Role.DEPT_HEAD).getSingleResult() > 0;
    }

    private boolean owesLetter(Employee person) {
        boolean head = isHead(person);
        if (!head) {
            return false;
        }
        // a letter signed for another department than the one they are in now is none for this one (tester zg)
        Optional<SignedPledge> last = lastOf(person, PledgeKind.RESPONSIBILITY).filter(s -> namesDepartment(s, person));
        // not once their 离岗 or 离职 is opened: they hand the department's secrecy work over (outside check)
        return SpecialPledgeRules.owesLetter(true,
                new SpecialPledgeRules.PostStanding(person.getStatus(), leaving(person)),
                last.map(s -> day(s.getSignedAt())).orElse(null), last.map(SignedPledge::getTemplateVersion).orElse(0),
                requiredVersion(PledgeKind.RESPONSIBILITY, last.map(SignedPledge::getTemplateKey).orElse(null)),
                documents.today());
    }

    private boolean owesLiaisonLetter(Employee person) {
        Optional<LiaisonRows.Since> since = liaisons.servingSince(person);
        if (since.isEmpty()) {
            return false;
        }
        Optional<SignedPledge> last = lastOf(person, PledgeKind.LIAISON);
        return SpecialPledgeRules.owesLiaisonLetter(since.get().on(), since.get().recordedAt(),
                new SpecialPledgeRules.PostStanding(person.getStatus(), leaving(person)),
                last.map(s -> day(s.getSignedAt())).orElse(null), last.map(SignedPledge::getSignedAt).orElse(null),
                last.map(SignedPledge::getTemplateVersion).orElse(0),
                requiredVersion(PledgeKind.LIAISON, last.map(SignedPledge::getTemplateKey).orElse(null)),
                documents.today());
    }

    private Optional<SignedPledge> lastOf(Employee person, PledgeKind kind) {
        return em.createQuery("select s from SignedPledge s where s.employee = :e and s.pledgeKind = :k "
                        + "order by s.signedAt desc", SignedPledge.class).setParameter("e", person)
                .setParameter("k", kind).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Whether the person's newest signature of this kind (since {@code since}, null for ever) was on a version of
     * the template older than its newest material version in force; false when they signed none.
     */
    private boolean reopened(Employee person, PledgeKind kind, Instant since) {
        Optional<DocumentVersion> template = template(kind);
        if (template.isEmpty()) {
            return false;
        }
        String key = template.get().getDocumentKey();
        Integer signed = em.createQuery("select max(s.templateVersion) from SignedPledge s where s.employee = :e "
                        + "and s.pledgeKind = :k and s.templateKey = :key and s.signedAt >= :since", Integer.class)
                .setParameter("e", person).setParameter("k", kind).setParameter("key", key)
                .setParameter("since", since == null ? Instant.EPOCH : since).getSingleResult();
        return signed != null && SpecialPledgeRules.reopened(signed, requiredVersion(kind, key));
    }

    /** The newest material version in force of the template of this kind (0 when none, or another key). */
    private int requiredVersion(PledgeKind kind, String signedKey) {
        return template(kind).filter(t -> signedKey == null || t.getDocumentKey().equals(signedKey))
                .map(t -> DocumentTimeline.requiredVersion(documents.versions(t.getDocumentKey()), documents.today()))
                .orElse(0);
    }

    private Optional<DocumentVersion> template(PledgeKind kind) {
        LocalDate today = documents.today();
        return documents.all(DocumentKind.PLEDGE).values().stream()
                .map(versions -> DocumentTimeline.current(versions, today)).flatMap(Optional::stream)
                .filter(v -> v.getPledgeKind() == kind).findFirst();
    }

    // ---- responsibility letters ------------------------------------------------------------------------------

    /**
     * Every department with each head (a login with the DEPT_HEAD role whose person is in the department) and
     * their letter this year; a department without a head login is one row without a head.
     */
    public List<SpecialPledgeRows.Letter> letters() {
        Instant from = startOfYear();
        int required = requiredVersion(PledgeKind.RESPONSIBILITY, null);
        List<Employee> heads = em.createQuery("select distinct e from Account a join a.employee e join a.roles r "
                        + "where r = :role and e.status <> :left order by e.employeeNo", Employee.class)
                .setParameter("role", Role.DEPT_HEAD).setParameter("left", EmployeeStatus.LEFT_UNIT).getResultList();
        Map<Long, SignedPledge> letters = new HashMap<>();
        em.createQuery("select s from SignedPledge s where s.pledgeKind = :k and s.signedAt >= :from "
                        + "order by s.signedAt", SignedPledge.class).setParameter("k", PledgeKind.RESPONSIBILITY)
                .setParameter("from", from).getResultStream().forEach(s -> letters.put(s.getEmployee().getId(), s));
        Map<String, List<Employee>> byDepartment = heads.stream()
                .collect(Collectors.groupingBy(e -> e.getDepartment().getCode()));
        Set<String> leaving = departures.leavingThePost();
        List<SpecialPledgeRows.Letter> rows = new ArrayList<>();
        for (Department d : em.createNamedQuery(Department.ALL, Department.class).getResultList()) {
            List<Employee> its = byDepartment.getOrDefault(d.getCode(), List.of());
            if (its.isEmpty()) {
                rows.add(new SpecialPledgeRows.Letter(d.getCode(), d.getName(), d.getNameEn(), null, null, null, null,
                        false, false));
            }
            for (Employee h : its) {
                // a letter signed as head of another department does not cover this one (tester zg)
                SignedPledge s = letters.get(h.getId());
                s = s == null || !namesDepartment(s, h) ? null : s;
                rows.add(new SpecialPledgeRows.Letter(d.getCode(), d.getName(), d.getNameEn(), h.getEmployeeNo(),
                        h.getName(), s == null ? null : s.getSignedAt(), s == null ? null : s.getTemplateVersion(),
                        s != null && !SpecialPledgeRules.reopened(s.getTemplateVersion(), required),
                        leaving.contains(h.getEmployeeNo())));
            }
        }
        return rows;
    }

    /** Whether a head's responsibility letter names the department the person is in now. */
    private boolean namesDepartment(SignedPledge letter, Employee person) {
        List<SpecialPledgeRules.Move> moves = em.createNamedQuery(PersonnelChange.OF_EMPLOYEE, PersonnelChange.class)
                .setParameter("employee", person).getResultStream()
                .map(c -> new SpecialPledgeRules.Move(c.getChangedAt(), c.getOldDepartment(), c.getNewDepartment()))
                .toList();
        return SpecialPledgeRules.letterForDepartment(letter.getSignedAt(), moves, person.getDepartment().getCode());
    }

    // ---- the department a letter names -----------------------------------------------------------------------

    /** The kinds whose text names the signer's department ("与{{department}}负责人…", "与{{department}}兼职保密员…"). */
    private static final Set<PledgeKind> LETTERS = Set.of(PledgeKind.RESPONSIBILITY, PledgeKind.LIAISON);

    /**
     * The department each responsibility letter among {@code pledges} names (a head's 部门保密工作责任书 or a liaison's
     * 兼职保密员保密工作责任书), by the letter's id: the department its signer was in when signing, which its text names
     * ({@link SpecialPledgeRules#letterDepartment}, the rule the letters page counts a letter by). Other pledges are
     * not in the map. The secrecy file counted a letter with no department, and the year report in the signer's
     * department at the year's end (outside check: 办公室 counted the letter its head had signed as head of 财务处).
     */
    public Map<Long, SpecialPledgeRows.LetterFor> namedDepartments(java.util.Collection<SignedPledge> pledges) {
        List<SignedPledge> letters = pledges.stream().filter(p -> LETTERS.contains(p.getPledgeKind())).toList();
        if (letters.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<SpecialPledgeRules.Move>> moves = new HashMap<>();
        List<Long> signers = letters.stream().map(p -> p.getEmployee().getId()).distinct().toList();
        for (int i = 0; i < signers.size(); i += 500) {
            em.createQuery("select c.employee.id, c.changedAt, c.oldDepartment, c.newDepartment from PersonnelChange c "
                            + "where c.employee.id in :ids", Object[].class)
                    .setParameter("ids", signers.subList(i, Math.min(signers.size(), i + 500))).getResultStream()
                    .forEach(r -> moves.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                            .add(new SpecialPledgeRules.Move((Instant) r[1], (String) r[2], (String) r[3])));
        }
        Map<String, Department> departments = new HashMap<>();
        em.createNamedQuery(Department.ALL, Department.class).getResultStream()
                .forEach(d -> departments.put(d.getCode(), d));
        Map<Long, SpecialPledgeRows.LetterFor> named = new HashMap<>();
        for (SignedPledge p : letters) {
            String code = SpecialPledgeRules.letterDepartment(p.getSignedAt(),
                    moves.getOrDefault(p.getEmployee().getId(), List.of()), p.getEmployee().getDepartment().getCode());
            Department d = departments.get(code);
            named.put(p.getId(), new SpecialPledgeRows.LetterFor(p.getId(), p.getPledgeKind(), code,
                    d == null ? code : d.getName(), d == null ? code : d.getNameEn()));
        }
        return named;
    }

    /**
     * The responsibility letters of heads and liaisons signed from {@code from} (inclusive) to {@code to} (exclusive),
     * each with the department it names ({@link #namedDepartments}): the year report counts each there. One per
     * signer, capacity (head, liaison) and department named, the newest: a letter signed again after a material change
     * of its template is still the one letter, as the letters page counts it ({@link
     * SpecialPledgeRules#lettersInForce}; outside check ex-s38e 4).
     */
    public List<SpecialPledgeRows.LetterFor> lettersSigned(Instant from, Instant to) {
        List<SignedPledge> letters = em.createQuery("select s from SignedPledge s join fetch s.employee e "
                        + "join fetch e.department where s.pledgeKind in :kinds and s.signedAt >= :from "
                        + "and s.signedAt < :to", SignedPledge.class)
                .setParameter("kinds", LETTERS).setParameter("from", from).setParameter("to", to).getResultList();
        Map<Long, SpecialPledgeRows.LetterFor> named = namedDepartments(letters);
        List<SpecialPledgeRules.SignedLetter> signed = letters.stream().map(s -> new SpecialPledgeRules.SignedLetter(
                s.getId(), s.getEmployee().getId(), s.getPledgeKind(), named.get(s.getId()).departmentCode(),
                s.getSignedAt())).toList();
        return SpecialPledgeRules.lettersInForce(signed).stream().map(l -> named.get(l.id())).toList();
    }

    /**
     * Every department with each liaison serving it now (in post, in the department; see {@link Liaisons}) and
     * their letter: the newest this year, counted when signed on or after the appointment began and not before it
     * was recorded, on the version now required. A department no liaison serves is one row without a liaison.
     */
    public List<SpecialPledgeRows.Letter> liaisonLetters() {
        int required = requiredVersion(PledgeKind.LIAISON, null);
        Map<String, SignedPledge> letters = new HashMap<>();
        em.createQuery("select s from SignedPledge s join fetch s.employee where s.pledgeKind = :k "
                        + "and s.signedAt >= :from order by s.signedAt", SignedPledge.class)
                .setParameter("k", PledgeKind.LIAISON).setParameter("from", startOfYear()).getResultStream()
                .forEach(s -> letters.put(s.getEmployee().getEmployeeNo(), s));
        List<SpecialPledgeRows.Letter> rows = new ArrayList<>();
        Set<String> leaving = departures.leavingThePost();
        for (LiaisonRows.DepartmentCover cover : liaisons.covers()) {
            List<LiaisonRows.Serving> serving = cover.liaisons().stream()
                    .filter(l -> l.standing() == LiaisonRules.Standing.SERVING).toList();
            if (serving.isEmpty()) {
                rows.add(new SpecialPledgeRows.Letter(cover.code(), cover.name(), cover.nameEn(), null, null, null,
                        null, false, false));
            }
            for (LiaisonRows.Serving l : serving) {
                SignedPledge s = letters.get(l.employeeNo());
                // a letter signed before this appointment began, or before it was recorded (the same day), answered an
                // earlier one
                SignedPledge mine = s == null || !SpecialPledgeRules.answersAppointment(day(s.getSignedAt()),
                        s.getSignedAt(), l.since(), l.recordedAt()) ? null : s;
                rows.add(new SpecialPledgeRows.Letter(cover.code(), cover.name(), cover.nameEn(), l.employeeNo(),
                        l.personName(), mine == null ? null : mine.getSignedAt(),
                        mine == null ? null : mine.getTemplateVersion(),
                        mine != null && !SpecialPledgeRules.reopened(mine.getTemplateVersion(), required),
                        leaving.contains(l.employeeNo())));
            }
        }
        return rows;
    }

    // ---- a material change re-opens signing ------------------------------------------------------------------

    /**
     * A new version of a pledge template was published: when it changes the substance and is in force already,
     * everyone whose signature it re-opens is told under the bell (found with one query). A version effective
     * later re-opens signing on its day without a bell; a non-material one re-opens nothing.
     */
    void templatePublished(@Observes DocumentPublished published) {
        if (published.kind() != DocumentKind.PLEDGE || !published.materialChange() || published.pledgeKind() == null
                || published.effective().isAfter(documents.today())) {
            // a version in force later is told on its day (announceComingIntoForce)
            return;
        }
        tellReopened(published.key(), published.version(), published.pledgeKind(), published.title(),
                documents.version(published.key(), published.version()).map(DocumentVersion::getChangeNote)
                        .orElse(null));
    }

    /**
     * The material changes of pledge templates that come into force on {@code day} and were published before it:
     * whoever owes the new version is told under the bell, as a change in force at once tells them when it is
     * published (an outside check found the notice of a change published for a later day never sent). Run once a
     * day ({@link PledgeChangeSchedule}); returns how many versions were announced.
     */
    public int announceComingIntoForce(LocalDate day) {
        List<DocumentVersion> versions = em.createQuery("select v from DocumentVersion v where v.kind = :k "
                        + "and v.materialChange = true and v.effective = :day and v.publishedAt < :dayStarts "
                        + "and v.pledgeKind is not null", DocumentVersion.class)
                .setParameter("k", DocumentKind.PLEDGE).setParameter("day", day)
                .setParameter("dayStarts", day.atStartOfDay(ZoneId.of(zone)).toInstant()).getResultList();
        versions.forEach(v -> tellReopened(v.getDocumentKey(), v.getVersion(), v.getPledgeKind(), v.getTitle(),
                v.getChangeNote()));
        return versions.size();
    }

    private void tellReopened(String key, int version, PledgeKind pledgeKind, String title, String note) {
        // who signed this template on an older version (this year, for the yearly kinds) and not on this one
        String signedOlder = "exists (select s from SignedPledge s where s.employee = e and s.pledgeKind = :k "
                + "and s.templateKey = :key and s.signedAt >= :from) and not exists (select n from SignedPledge n "
                + "where n.employee = e and n.pledgeKind = :k and n.templateKey = :key and n.templateVersion >= :v)";
        String base = "select distinct a.username from Account a join a.employee e where " + signedOlder;
        jakarta.persistence.TypedQuery<String> q = switch (pledgeKind) {
            case AGREEMENT -> em.createQuery(base + " and e.status <> :left", String.class)
                    .setParameter("left", EmployeeStatus.LEFT_UNIT).setParameter("from", Instant.EPOCH);
            // not those whose 离岗 or 离职 is open: the in-post pledge is no longer theirs to sign (outside check: the
            // bell told a leaver to sign it again)
            case IN_POST -> em.createQuery(base + " and e.status = :active and e.secrecyClass <> :none "
                            + "and e.employeeNo not in :leaving", String.class)
                    .setParameter("active", EmployeeStatus.ACTIVE).setParameter("from", startOfYear())
                    .setParameter("none", org.shoumi.portal.employees.entity.SecrecyClass.NONE)
                    .setParameter("leaving", leavingNow());
            // the letters: not those whose 离岗 or 离职 is open either, who hand their duties over
            case RESPONSIBILITY -> em.createQuery(base + " and e.status = :active and exists (select h from Account h "
                            + "join h.roles r where h = a and r = :role) and e.employeeNo not in :leaving", String.class)
                    .setParameter("active", EmployeeStatus.ACTIVE).setParameter("from", startOfYear())
                    .setParameter("role", Role.DEPT_HEAD).setParameter("leaving", leavingNow());
            // only the liaisons serving now, whose letter this year is on an older version
            case LIAISON -> em.createQuery(base + " and e.employeeNo in :serving and e.employeeNo not in :leaving",
                            String.class)
                    .setParameter("from", startOfYear()).setParameter("serving", servingLiaisons())
                    .setParameter("leaving", leavingNow());
            // onboarding and exit follow their programmes; an open topic pledge just shows the new text
            case ONBOARDING, EXIT, TOPIC -> null;
        };
        if (q == null) {
            return;
        }
        List<String> logins = q.setParameter("k", pledgeKind).setParameter("key", key)
                .setParameter("v", version).getResultList();
        // once per login and version: the daily run may be made again on its day, and a version told at publishing
        // is not told again
        // with the officer's 修改说明, as the reading page of a rule shows it (outside check: the bell said only that
        // the pledge had changed)
        String what = note == null ? "" : note.strip().replaceAll("[。.；;，,\\s]+$", "");
        Set.copyOf(logins).forEach(u -> notifications.tellOnce(u,
                what.isEmpty() ? "pledge.reopened.notice" : "pledge.reopened.noticeNote",
                what.isEmpty() ? List.of(title, Integer.toString(version))
                        : List.of(title, Integer.toString(version), what), "/pledges/mine.xhtml"));
    }

    /** The staff numbers of everyone whose 离岗 or 离职 is open ("" when none, so that "in" has a value to compare). */
    private List<String> leavingNow() {
        List<String> leaving = List.copyOf(departures.leavingThePost());
        return leaving.isEmpty() ? List.of("") : leaving;
    }

    /** The staff numbers of the liaisons serving now ("" when none, so that "in" has a value to compare). */
    private List<String> servingLiaisons() {
        List<String> serving = liaisons.servingNow().stream().map(Employee::getEmployeeNo).toList();
        return serving.isEmpty() ? List.of("") : serving;
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneId.of(zone));
    }

    private Instant startOfYear() {
        return documents.today().withDayOfYear(1).atStartOfDay(ZoneId.of(zone)).toInstant();
    }
}
