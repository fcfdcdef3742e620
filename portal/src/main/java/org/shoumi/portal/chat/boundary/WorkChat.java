package org.shoumi.portal.chat.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.documents.boundary.DocumentPublished;
import org.shoumi.portal.chat.control.ChatRobot;
import org.shoumi.portal.shared.Announcement;
import org.shoumi.portal.shared.Backlog;
import org.shoumi.portal.shared.PortalAddress;
import org.shoumi.portal.shared.WorkingLanguage;

/**
 * Posts the unit's announcements to its work chat, a 企业微信 or 钉钉 group robot, when
 * {@code shoumi.portal.chat.webhook} is set: a self-inspection round opened, a campaign launched, a rule or post
 * duty changed materially (everyone has to read it again). The text is Chinese, the unit's working language, and
 * ends with the portal's address; it never names a person. Posted once the transaction that made the announcement
 * has committed, in the background, one after the other; a robot that refuses (or cannot be reached) is logged and
 * not asked again: the people concerned have their tasks in the portal anyway.
 */
@ApplicationScoped
public class WorkChat {

    private static final Logger LOG = Logger.getLogger(WorkChat.class.getName());

    @Inject
    @ConfigProperty(name = "shoumi.portal.chat.webhook")
    Optional<String> webhook;

    @Inject
    @ConfigProperty(name = "shoumi.portal.chat.kind", defaultValue = "wecom")
    String kind;

    @Inject
    @ConfigProperty(name = "shoumi.portal.chat.secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "shoumi.portal.url", defaultValue = "http://localhost:9080/portal/")
    String portalUrl;

    @Resource
    ManagedExecutorService executor;

    Clock clock = Clock.systemUTC();

    private final Backlog<String> backlog = new Backlog<>(this::post);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    void announced(@Observes(during = TransactionPhase.AFTER_SUCCESS) Announcement announcement) {
        say(announcement.messageKey(), announcement.arguments());
    }

    /** A rule or a post's duties published with a material change: everyone concerned reads it again. */
    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentPublished published) {
        if (published.materialChange() && published.kind().isAcknowledged()) {
            say("chat.document.published", List.of(published.title(), Integer.toString(published.version())));
        }
    }

    private void say(String key, List<String> arguments) {
        if (webhook.filter(w -> !w.isBlank()).isEmpty()) {
            return;
        }
        String message = WorkingLanguage.format(key, arguments) + "\n"
                + WorkingLanguage.format("chat.link", List.of(PortalAddress.of(portalUrl, "/")));
        backlog.add(message, executor);
    }

    private void post(String message) {
        Optional<ChatRobot.Kind> robot = ChatRobot.Kind.of(kind);
        if (robot.isEmpty()) {
            LOG.warning(() -> "shoumi.portal.chat.kind is '" + kind + "': neither wecom nor dingtalk; nothing posted");
            return;
        }
        String body = Json.createObjectBuilder().add("msgtype", "text")
                .add("text", Json.createObjectBuilder().add("content", message)).build().toString();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(ChatRobot.address(webhook.orElseThrow(),
                            robot.get(), secret.orElse(null), clock.millis())))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (!ChatRobot.accepted(answer.statusCode(), answer.body())) {
                LOG.warning(() -> "The work chat refused an announcement: HTTP " + answer.statusCode() + " "
                        + answer.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.log(Level.WARNING, "Posting to the work chat was interrupted", e);
        } catch (Exception e) {
            // the address holds the robot's token: it is not logged
            LOG.warning(() -> "Posting to the work chat failed: " + e);
        }
    }
}
