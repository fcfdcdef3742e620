package org.shoumi.portal.programmes.boundary;

import java.util.Optional;

/**
 * The quiz of the campaign that gave an in-post programme. Implemented by the campaigns feature, which sits above
 * the programmes and gives them; the programmes only ask, so they never depend on campaigns.
 */
public interface CampaignQuizzes {

    /** The quiz code of the campaign with this code; empty for an unknown campaign. */
    Optional<String> quizOf(String campaignCode);
}
