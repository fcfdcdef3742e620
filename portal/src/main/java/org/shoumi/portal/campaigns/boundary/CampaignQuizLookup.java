package org.shoumi.portal.campaigns.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.shoumi.portal.campaigns.entity.Campaign;
import org.shoumi.portal.programmes.boundary.CampaignQuizzes;

/** Answers the programmes' question "which quiz did this campaign set?" from the campaign records. */
@ApplicationScoped
public class CampaignQuizLookup implements CampaignQuizzes {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Override
    public Optional<String> quizOf(String campaignCode) {
        return em.createNamedQuery(Campaign.BY_CODE, Campaign.class).setParameter("code", campaignCode)
                .getResultStream().map(Campaign::getQuizCode).findFirst();
    }
}
