package org.shoumi.portal.web.shared;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * A page whose beans ended while a post of it was being answered: the same form sent twice at once, the first post
 * leaving the page (its redirect ends the view's beans) while the second is still on its way. The second then drew
 * the page from new, empty beans ("自查周期 null · null（第 null 版）", an editor with ???enum…null???; found by
 * outside checks). Called before the page is drawn, with whether its beans hold what they loaded: a post that finds
 * them empty reopens {@code page} with the "expired, opened again" note instead; a {@link Once} post sent twice
 * (a double click) reopens it with the "already sent" note alone.
 */
public final class GoneView {

    private GoneView() {
    }

    public static void reopenIfEmpty(boolean loaded, Messages messages, String page) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (loaded || !faces.isPostback() || faces.getResponseComplete()) {
            return;
        }
        // a repeated post says "already sent" on the page reopened (said again: the posted page, about to render,
        // took its own messages from those waiting for the next page)
        messages.warn(OnceInterceptor.isRepeat(faces) ? "common.alreadySent" : "common.expiredReopened");
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + page);
    }
}
