package org.shoumi.portal.pledges.boundary;

import java.time.LocalDate;
import org.shoumi.portal.pledges.entity.PledgeTopic;

/**
 * What an officer submits to issue a topic pledge: the topic, the occasion (≤200 characters, no classified
 * content), an optional due day, and the people: staff numbers typed as a list, a department code, or both.
 */
public record TopicIssueDraft(PledgeTopic topic, String occasion, LocalDate dueOn, String staffNumbers,
                              String departmentCode) {
}
