package org.shoumi.portal.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A field's message where the page has no message for that field is said among the page's own messages, above the
 * form. A forged or stale choice (a checklist, scope, carrier or trip not on the list, a self-inspection answer
 * other than yes or no) is refused by Faces with "the value sent is not one of the choices" for the field, and where
 * the field has no {@code p:message} that text went only to the growl, which fades after a few seconds: an outside
 * check saw the page come back with nothing saved and no word why. The page's messages now carry it (the growl,
 * rendered after them with {@code redisplay="false"}, does not say it again).
 */
public class UnplacedMessages implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        UIViewRoot root = faces.getViewRoot();
        if (root == null || faces.getResponseComplete()) {
            return;
        }
        List<String> fields = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            if (id != null) {
                fields.add(id);
            }
        }
        List<FacesMessage> unplaced = new ArrayList<>();
        for (String id : fields) {
            boolean[] placed = {false};
            try {
                root.invokeOnComponent(faces, id, (context, component) -> placed[0] = placed(context, component));
            } catch (RuntimeException notThere) {
                placed[0] = false;
            }
            if (!placed[0]) {
                faces.getMessages(id).forEachRemaining(unplaced::add);
            }
        }
        for (FacesMessage message : unplaced) {
            faces.addMessage(null, message);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }

    private static boolean placed(FacesContext context, UIComponent component) {
        return TooLong.hasMessageFor(context, component);
    }
}
