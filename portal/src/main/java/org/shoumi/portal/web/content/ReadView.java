package org.shoumi.portal.web.content;

import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.NotFound;
import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import org.shoumi.portal.training.boundary.AcknowledgementRefusedException;
import org.shoumi.portal.training.boundary.Acknowledgements;
import org.shoumi.portal.training.boundary.Reading;
import org.shoumi.portal.web.shared.Messages;

/**
 * Reading one rule or duty document and acknowledging it. The time the page was first shown is kept on the
 * server; the acknowledgement counts only after the configured minimum reading time.
 */
@Named
@ViewScoped
public class ReadView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Acknowledgements acknowledgements;

    @Inject
    ExternalContext external;

    @Inject
    Messages messages;

    private String key;
    private Reading reading;
    private Instant openedAt;

    public void load() throws IOException {
        reading = key == null ? null : acknowledgements.read(external.getRemoteUser(), key).orElse(null);
        if (reading == null) {
            NotFound.answer(external);
            return;
        }
        if (openedAt == null) {
            openedAt = Instant.now();
        }
    }

    public String acknowledge() {
        try {
            acknowledgements.acknowledge(external.getRemoteUser(), reading.key(), reading.version(), openedAt);
            messages.info("content.ack.done", reading.title(), reading.version());
            return Actions.redirect("/index.xhtml");
        } catch (AcknowledgementRefusedException refused) {
            messages.error("content.ack.refused." + refused.reason().name(), refused.minimumSeconds());
            if (refused.reason() == AcknowledgementRefusedException.Reason.OUTDATED_VERSION) {
                // found by an outside check: the page kept showing the old version and its button, refused at every
                // press until reloaded by hand; it opens again with the version in force (the reading time anew)
                return Actions.redirect("/content/read.xhtml?key="
                        + java.net.URLEncoder.encode(reading.key(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return null;
        }
    }

    public long getMinimumSeconds() {
        return acknowledgements.minReadingSeconds();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public Reading getReading() {
        return reading;
    }
}
