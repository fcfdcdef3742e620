package org.shoumi.portal.campaigns.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.shoumi.portal.campaigns.entity.Campaign;
import org.shoumi.portal.programmes.boundary.CampaignQuizzes;

/**
 * Answers the programmes' question "what did this campaign set?" from the campaign records. A launched campaign
 * never changes, so each answer is kept once found (the overview asks for every programme).
 */
@ApplicationScoped
public class CampaignQuizLookup implements CampaignQuizzes {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    private final Map<String, Asks> known = new ConcurrentHashMap<>();

    @Override
    public Optional<Asks> asksOf(String typed) {
        // in any case, as the launch reads it (ye4-a is YE4-A; the drill-down's ?campaign=ye4-a named none)
        String campaignCode = org.shoumi.portal.campaigns.control.CampaignCode.of(typed);
        Asks asks = known.get(campaignCode);
        if (asks != null) {
            return Optional.of(asks);
        }
        Optional<Asks> found = em.createNamedQuery(Campaign.BY_CODE, Campaign.class).setParameter("code", campaignCode)
                .getResultStream().map(c -> new Asks(c.quiz().orElse(null), c.pledgeKind().orElse(null),
                        c.getTitle(), c.getPlanYear()))
                .findFirst();
        found.ifPresent(a -> known.put(campaignCode, a));
        return found;
    }

    @Override
    public boolean targeted(String quizCode) {
        return em.createQuery("select count(c) from Campaign c where c.quizCode = :q", Long.class)
                .setParameter("q", quizCode).getSingleResult() > 0;
    }
}
