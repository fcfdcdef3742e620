package org.shoumi.portal.campaigns.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.campaigns.entity.Audience;

/**
 * A plan item as the secrecy officer fills it in: the audience (narrowed to departments, empty: all), the quiz
 * (null: none), the pledge due (null: none), the yearly 学时 target and the window.
 */
public record PlanItemDraft(Audience audience, Set<String> departments, String title, String quizCode,
                            PledgeKind pledgeKind, BigDecimal hoursTarget, LocalDate opensOn, LocalDate dueOn) {
}
