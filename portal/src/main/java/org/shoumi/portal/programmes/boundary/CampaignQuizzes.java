package org.shoumi.portal.programmes.boundary;

import java.util.Optional;
import org.shoumi.content.documents.entity.PledgeKind;

/**
 * The quiz and pledge of the campaign that gave an in-post programme. Implemented by the campaigns feature, which
 * sits above the programmes and gives them; the programmes only ask, so they never depend on campaigns.
 */
public interface CampaignQuizzes {

    /**
     * What a campaign asks for: its quiz and its pledge, each null when it asks for none; its title; and the year of
     * the plan whose item it is (null for a campaign launched by hand).
     */
    record Asks(String quiz, PledgeKind pledge, String title, Integer planYear) {
        public Asks(String quiz, PledgeKind pledge, String title) {
            this(quiz, pledge, title, null);
        }
    }

    /** What the campaign with this code asks for; empty for an unknown campaign. */
    Optional<Asks> asksOf(String campaignCode);

    /** The title of the campaign or plan item with this code; empty for an unknown one or one without a title. */
    default Optional<String> titleOf(String campaignCode) {
        return asksOf(campaignCode).map(Asks::title).filter(t -> t != null && !t.isBlank());
    }

    /**
     * Whether the quiz belongs to a campaign or plan item: then only the people it was given to may see and start
     * it. Quizzes no campaign uses (practice, contests, the onboarding exam) are open to everyone.
     */
    boolean targeted(String quizCode);
}
