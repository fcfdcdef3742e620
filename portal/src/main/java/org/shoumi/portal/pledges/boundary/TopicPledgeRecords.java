package org.shoumi.portal.pledges.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.pledges.entity.TopicPledgeIssue;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.shared.RecordSection;

/**
 * The topic pledges issued to a person, in their secrecy file (保密档案): each issue with its topic and occasion,
 * who issued it and when, and when the person signed it (or that they have not). The signed pledges themselves
 * are listed with the others; this adds the ones still owed. The workbook sheet lists every issue and person.
 */
@ApplicationScoped
public class TopicPledgeRecords implements RecordSection {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    /** Who recorded each entry, by the person's name as every sheet names people (the login only without one). */
    @jakarta.inject.Inject
    org.shoumi.portal.employees.boundary.Employees employees;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public FileSection of(String employeeNo, ResourceBundle text, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        List<Object[]> issued = rows("where e.employeeNo = :no", employeeNo);
        // who issued each, by the person's name, as the sheet and the other sections name people
        org.shoumi.portal.employees.boundary.LoginNames names = employees.namesOf(
                issued.stream().map(r -> ((TopicPledgeIssue) r[0]).getIssuedBy()).toList());
        for (Object[] r : issued) {
            lines.add(line((TopicPledgeIssue) r[0], (Instant) r[2], (Instant) r[3], text, zone, names));
        }
        return new FileSection(text.getString("record.topicPledges.title"), lines);
    }

    /**
     * The register (/pledges/topics.xhtml) is the secrecy officers' (an auditor reads every sheet of the workbook):
     * HR and administrators, who may download the workbook but whom its page refuses (403), get it without the
     * 专项保密承诺 sheet (outside check: the workbook showed HR registers their pages refuse). The person's own section
     * of a secrecy file is not affected.
     */
    @Override
    public boolean sheetFor(java.util.function.Predicate<String> callerInRole) {
        return callerInRole.test(Role.SECRECY_OFFICER.name()) || callerInRole.test(Role.AUDITOR.name());
    }

    @Override
    public Sheet sheet(ResourceBundle text, ZoneId zone) {
        org.shoumi.portal.employees.boundary.LoginNames names = employees.loginNames();
        List<List<String>> rows = new ArrayList<>();
        for (Object[] r : rows("", null)) {
            TopicPledgeIssue i = (TopicPledgeIssue) r[0];
            Employee e = (Employee) r[1];
            rows.add(List.of(Long.toString(i.getId()), text.getString("enum.PledgeTopic." + i.getTopic().name()),
                    i.getOccasion(), time(i.getIssuedAt(), zone), names.of(i.getIssuedBy()),
                    i.getDueOn() == null ? "" : i.getDueOn().toString(), e.getEmployeeNo(), e.getName(),
                    r[2] == null && r[3] != null ? MessageFormat.format(text.getString("record.topicPledges.withdrawn"),
                            time((Instant) r[3], zone)) : time((Instant) r[2], zone)));
        }
        return new Sheet(text.getString("record.topicPledges.sheet"),
                List.of(text.getString("record.topicPledges.col.issue"), text.getString("pledge.topics.col.topic"),
                        text.getString("pledge.topics.col.occasion"), text.getString("pledge.topics.col.issuedAt"),
                        text.getString("record.topicPledges.col.issuedBy"), text.getString("pledge.topics.col.due"),
                        text.getString("pledge.topics.col.employeeNo"), text.getString("pledge.topics.col.name"),
                        text.getString("pledge.topics.col.signed")), rows);
    }

    /**
     * [issue, person, first signature time or null, the issue's withdrawal time or null], by issue time then staff
     * number.
     */
    private List<Object[]> rows(String where, String employeeNo) {
        var query = em.createQuery("select i, e from TopicPledgeAddressee t join t.issue i join t.employee e " + where
                + " order by i.issuedAt, i.id, e.employeeNo", Object[].class);
        if (employeeNo != null) {
            query.setParameter("no", employeeNo);
        }
        List<Object[]> found = query.getResultList();
        Map<String, Instant> signed = new HashMap<>();
        em.createQuery("select s.topicIssueId, s.employee.id, s.signedAt from SignedPledge s "
                        + "where s.topicIssueId is not null", Object[].class).getResultStream()
                .forEach(r -> signed.merge(r[0] + "/" + r[1], (Instant) r[2], (a, b) -> a.isBefore(b) ? a : b));
        Map<Long, Instant> withdrawn = new HashMap<>();
        em.createQuery("select w.issue.id, w.withdrawnAt from TopicIssueWithdrawal w", Object[].class)
                .getResultStream().forEach(r -> withdrawn.put((Long) r[0], (Instant) r[1]));
        List<Object[]> rows = new ArrayList<>();
        for (Object[] r : found) {
            TopicPledgeIssue i = (TopicPledgeIssue) r[0];
            Employee e = (Employee) r[1];
            rows.add(new Object[] {i, e, signed.get(i.getId() + "/" + e.getId()), withdrawn.get(i.getId())});
        }
        return rows;
    }

    private static String line(TopicPledgeIssue i, Instant signedAt, Instant withdrawnAt, ResourceBundle text,
                               ZoneId zone, org.shoumi.portal.employees.boundary.LoginNames names) {
        String state = signedAt == null && withdrawnAt != null
                ? MessageFormat.format(text.getString("record.topicPledges.withdrawn"), time(withdrawnAt, zone))
                : signedAt == null ? text.getString("record.topicPledges.notSigned")
                : MessageFormat.format(text.getString("record.topicPledges.signed"), time(signedAt, zone));
        return MessageFormat.format(text.getString("record.topicPledges.line"), time(i.getIssuedAt(), zone),
                text.getString("enum.PledgeTopic." + i.getTopic().name()), i.getOccasion(), names.of(i.getIssuedBy()), state);
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }
}
