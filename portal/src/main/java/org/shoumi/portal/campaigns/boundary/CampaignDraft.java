package org.shoumi.portal.campaigns.boundary;

import java.time.LocalDate;
import java.util.Set;
import org.shoumi.portal.employees.entity.SecrecyClass;

/** A campaign as the secrecy officer fills it in; empty target sets mean everyone. */
public record CampaignDraft(String code, String title, String quizCode, LocalDate opensOn, LocalDate dueOn,
                            Set<String> departments, Set<String> posts, Set<SecrecyClass> classes) {
}
