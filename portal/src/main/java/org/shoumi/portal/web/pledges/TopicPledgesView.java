package org.shoumi.portal.web.pledges;

import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.organisation.boundary.Organisation;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.pledges.boundary.SpecialPledgeRows;
import org.shoumi.portal.pledges.boundary.SpecialPledges;
import org.shoumi.portal.pledges.boundary.TopicIssueDraft;
import org.shoumi.portal.pledges.boundary.TopicIssued;
import org.shoumi.portal.pledges.boundary.TopicIssueRefusedException;
import org.shoumi.portal.pledges.entity.PledgeTopic;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.Once;
import org.shoumi.portal.web.shared.Times;

/**
 * The secrecy office's special pledges: issuing a topic pledge (专项保密承诺) to people or a department for an
 * occasion, every issue with how many signed, for the chosen issue ({@code ?issue=ID}) who signed and who has
 * not, and which departments' heads have signed this year's responsibility letter (保密工作责任书).
 */
@Named
@ViewScoped
public class TopicPledgesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SpecialPledges special;

    @Inject
    Organisation organisation;

    @Inject
    ExternalContext external;

    @Inject
    Messages messages;

    @Inject
    Times times;

    private Long selected;
    private List<SpecialPledgeRows.Issue> issues;
    private List<SpecialPledgeRows.Addressee> addressees;
    private List<SpecialPledgeRows.Letter> letters;

    private List<SpecialPledgeRows.Letter> liaisonLetters;

    private PledgeTopic topic;
    private String occasion;
    private LocalDate dueOn;
    private String staffNumbers;
    private String department;

    /** The reason typed for withdrawing the chosen issue. */
    private String withdrawReason;

    public void load() {
        issues = special.issues();
        letters = special.letters();
        liaisonLetters = special.liaisonLetters();
        addressees = selected == null ? List.of() : special.addressees(selected);
    }

    @Once
    public String issue() {
        try {
            TopicIssued issued = special.issued(new TopicIssueDraft(topic, occasion, dueOn, staffNumbers,
                    department), external.getRemoteUser());
            messages.info("pledge.issue.done", occasion == null ? "" : occasion.strip(), issued.addressed());
            if (!issued.stillOwing().isEmpty()) {
                messages.warn("pledge.issue.leftOutOwing", issued.stillOwing().size(),
                        String.join(messages.text("common.listSeparator"), issued.stillOwing()));
            }
            if (issued.notIssuable() > 0) {
                messages.warn("pledge.issue.leftOutNotIssuable", issued.notIssuable());
            }
            return Actions.redirect("/pledges/topics.xhtml?issue=" + issued.id());
        } catch (TopicIssueRefusedException refused) {
            for (TopicIssueRefusedException.Reason r : refused.reasons()) {
                switch (r) {
                    case UNKNOWN_STAFF -> messages.error("pledge.issue.refused.UNKNOWN_STAFF",
                            String.join(messages.text("common.listSeparator"), refused.unknown()));
                    case LEFT_STAFF -> messages.error("pledge.issue.refused.LEFT_STAFF",
                            String.join(messages.text("common.listSeparator"), refused.left()));
                    case LEFT_POST_STAFF -> messages.error("pledge.issue.refused.LEFT_POST_STAFF",
                            String.join(messages.text("common.listSeparator"), refused.leftPost()));
                    case LEAVING_POST_STAFF -> messages.error("pledge.issue.refused.LEAVING_POST_STAFF",
                            String.join(messages.text("common.listSeparator"), refused.leaving()));
                    case NOT_VETTED_STAFF -> messages.error("pledge.issue.refused.NOT_VETTED_STAFF",
                            String.join(messages.text("common.listSeparator"), refused.notVetted()));
                    case DUE_TOO_FAR -> messages.error("pledge.issue.refused.DUE_TOO_FAR", special.dueMaxDays(),
                            special.latestDue().toString());
                    case ALREADY_OWED -> messages.error("pledge.issue.refused.ALREADY_OWED",
                            String.join(messages.text("common.listSeparator"), refused.owing()));
                    default -> messages.error("pledge.issue.refused." + r.name());
                }
            }
            return null;
        }
    }

    /**
     * Withdraws the chosen issue with the reason typed (an issue made by mistake): those who had not signed owe it no
     * more; a refusal keeps the reason typed.
     */
    @Once
    public String withdraw() {
        if (selected == null) {
            return null;
        }
        try {
            special.withdraw(selected, withdrawReason, external.getRemoteUser());
            messages.info("pledge.topics.withdraw.done");
            return Actions.redirect("/pledges/topics.xhtml?issue=" + selected);
        } catch (TopicIssueRefusedException refused) {
            refused.reasons().forEach(r -> messages.error("pledge.issue.refused." + r.name()));
            return null;
        }
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }

    /** The issue chosen, from the list; null when none is. */
    public SpecialPledgeRows.Issue getChosen() {
        return selected == null || issues == null ? null
                : issues.stream().filter(i -> i.id() == selected).findFirst().orElse(null);
    }

    public String time(Instant at) {
        return times.format(at);
    }

    public PledgeTopic[] getTopics() {
        return PledgeTopic.values();
    }

    public List<Department> getDepartments() {
        return organisation.departments();
    }

    public Long getSelected() {
        return selected;
    }

    public void setSelected(Long selected) {
        this.selected = selected;
    }

    public List<SpecialPledgeRows.Issue> getIssues() {
        return issues;
    }

    public List<SpecialPledgeRows.Addressee> getAddressees() {
        return addressees;
    }

    public List<SpecialPledgeRows.Letter> getLetters() {
        return letters;
    }

    /** This year's letters of the departments' part-time secrecy liaisons. */
    public List<SpecialPledgeRows.Letter> getLiaisonLetters() {
        return liaisonLetters;
    }

    public PledgeTopic getTopic() {
        return topic;
    }

    public void setTopic(PledgeTopic topic) {
        this.topic = topic;
    }

    public String getOccasion() {
        return occasion;
    }

    public void setOccasion(String occasion) {
        this.occasion = occasion;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getStaffNumbers() {
        return staffNumbers;
    }

    public void setStaffNumbers(String staffNumbers) {
        this.staffNumbers = staffNumbers;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }
}
