package org.shoumi.portal.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import org.shoumi.portal.shared.Refused;

/**
 * A view's action on a boundary that may refuse it ({@link Refused}). When it is done: the done message, and
 * Post/Redirect/Get to a page. When it is refused: an error message for each reason, keyed by the feature's prefix
 * and the reason's name ({@code travel.refused.NO_BRIEFING}), and the same page again (outcome {@code null}).
 * Any other exception passes unchanged.
 */
@RequestScoped
public class Actions {

    @Inject
    Messages messages;

    /**
     * Calls the boundary; done, adds the message {@code doneKey} and redirects to {@code page}.
     *
     * @param page the view to show next, with a query if needed: {@code /matters/manage?id=5}
     * @param refusedPrefix the start of the keys of the refusal's reasons: {@code travel.refused.}
     */
    public String run(Runnable call, String doneKey, String page, String refusedPrefix) {
        return attempt(() -> {
            call.run();
            messages.info(doneKey);
            return redirect(page);
        }, refusedPrefix);
    }

    /**
     * Runs an action that adds its own messages and returns its outcome (for a done message with arguments, or a
     * page that depends on the result); a refusal is reported as by {@link #run}.
     */
    public String attempt(Supplier<String> action, String refusedPrefix) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            if (!(e instanceof Refused refused)) {
                throw e;
            }
            List<? extends Enum<?>> reasons = refused.reasons();
            for (int i = 0; i < reasons.size(); i++) {
                // each reason's message with its own arguments (by default only the first reason has any)
                messages.error(refusedPrefix + reasons.get(i).name(), refused.argsOf(i).toArray());
            }
            return null;
        }
    }

    /**
     * The page opened again with "the page had expired": for an action posted from a page whose beans are gone (a
     * page kept open in another tab after it was left), which has nothing loaded to act on. Nothing was done.
     */
    public String reopen(String page) {
        messages.warn("common.expiredReopened");
        return redirect(page);
    }

    /** The outcome that redirects to a page: {@code /matters/manage?id=5} → {@code /matters/manage?faces-redirect=true&id=5}. */
    public static String redirect(String page) {
        int query = page.indexOf('?');
        return query < 0 ? page + "?faces-redirect=true"
                : page.substring(0, query) + "?faces-redirect=true&" + page.substring(query + 1);
    }
}
