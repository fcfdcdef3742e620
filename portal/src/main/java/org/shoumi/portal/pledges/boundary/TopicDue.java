package org.shoumi.portal.pledges.boundary;

import java.time.Instant;
import java.time.LocalDate;
import org.shoumi.portal.pledges.entity.PledgeTopic;

/** A topic pledge a person still owes: the issue it answers, its topic, occasion and due day (null for none). */
public record TopicDue(long issueId, PledgeTopic topic, String occasion, LocalDate dueOn, Instant issuedAt) {

    public long getIssueId() {
        return issueId;
    }

    public PledgeTopic getTopic() {
        return topic;
    }

    public String getOccasion() {
        return occasion;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }
}
