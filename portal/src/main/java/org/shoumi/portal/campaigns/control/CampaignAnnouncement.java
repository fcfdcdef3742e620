package org.shoumi.portal.campaigns.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What the work chat is told of a campaign launched: its title, whom it concerns by audience (the departments', posts'
 * and classes' names, never a person), the day its window opens and its due day, and how many people it was given to
 * only from {@code minimum} people on: a post to the whole unit's group saying "1 人" with a specific title pointed at
 * one person, and a post saying only "于…前完成" sent people to the portal before they could start (outside check).
 */
public final class CampaignAnnouncement {

    private CampaignAnnouncement() {
    }

    /** Whether the head count may be said: not below {@code minimum} people (it would point at them). */
    public static boolean saysHeadCount(int people, int minimum) {
        return people >= minimum;
    }

    /**
     * The message key and its arguments: title, audience, opening day, due day and, from {@code minimum} people, the
     * head count.
     *
     * @param departments the names of the departments aimed at (none: every department)
     * @param posts       the names of the posts aimed at (none: every post)
     * @param classes     the names of the secrecy classes aimed at (none: every secret-related class)
     * @param text        the working language's text of a key with arguments
     */
    public static Message of(String title, List<String> departments, List<String> posts, List<String> classes,
                             LocalDate opensOn, LocalDate dueOn, int people, int minimum,
                             BiFunction<String, List<String>, String> text) {
        List<String> parts = new ArrayList<>();
        String separator = text.apply("chat.audience.listSeparator", List.of());
        if (!departments.isEmpty()) {
            parts.add(text.apply("chat.audience.departments", List.of(String.join(separator, departments))));
        }
        if (!posts.isEmpty()) {
            parts.add(text.apply("chat.audience.posts", List.of(String.join(separator, posts))));
        }
        if (!classes.isEmpty()) {
            parts.add(text.apply("chat.audience.classes", List.of(String.join(separator, classes))));
        }
        String audience = parts.isEmpty() ? text.apply("chat.audience.everyone", List.of())
                : String.join(text.apply("chat.audience.partSeparator", List.of()), parts);
        return saysHeadCount(people, minimum)
                ? new Message("chat.campaign.launched", List.of(title, audience, opensOn.toString(), dueOn.toString(),
                        Integer.toString(people)))
                : new Message("chat.campaign.launched.few", List.of(title, audience, opensOn.toString(),
                        dueOn.toString()));
    }

    /** A bundle key and its arguments. */
    public record Message(String key, List<String> arguments) {
    }
}
