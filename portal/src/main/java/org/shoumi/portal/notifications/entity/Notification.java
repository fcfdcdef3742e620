package org.shoumi.portal.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One message to one login: a bundle key and its arguments (shown in the reader's language), where it leads, when it
 * was made and when it was read. Kept; reading only sets the read time.
 */
@Entity
@Table(name = "notification", indexes = @Index(name = "notification_recipient", columnList = "recipient, read_at"))
@NamedQuery(name = Notification.OF, query = "select n from Notification n where n.recipient = :r order by n.createdAt desc, n.id desc")
@NamedQuery(name = Notification.UNREAD, query = "select count(n) from Notification n where n.recipient = :r and n.readAt is null")
public class Notification {

    public static final String OF = "Notification.of";
    public static final String UNREAD = "Notification.unread";

    /** Separates the stored arguments (a character no argument contains). */
    private static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String recipient;

    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    @Column(length = 2000)
    private String arguments;

    /** A page of the portal, relative to its root (e.g. /index.xhtml); null: none. */
    @Column(length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(String recipient, String messageKey, List<String> arguments, String link, Instant createdAt) {
        this.recipient = Objects.requireNonNull(recipient);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.arguments = stored(arguments);
        this.link = link;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** The arguments as the column keeps them (joined, cut to 2,000 characters). */
    public static String stored(List<String> arguments) {
        String joined = String.join(SEPARATOR, arguments.stream().map(a -> a == null ? "" : a.replace(SEPARATOR, " "))
                .toList());
        return joined.length() > 2000 ? joined.substring(0, 2000) : joined;
    }

    public void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** Marks an argument told in both languages: the reader sees the one of theirs ({@link #argumentIn}). */
    private static final char BOTH = '\u0002';
    private static final char ENGLISH_PART = '\u0003';

    /**
     * An argument in both languages (a department's or a country's name), so that a notification made in Chinese reads
     * in English for an English reader (it showed 泰国 and 财务处 on English pages; found by an outside check). An
     * English name that is missing or the same as the Chinese one is not kept.
     */
    public static String inBoth(String chinese, String english) {
        String zh = chinese == null ? "" : chinese;
        return english == null || english.isBlank() || english.equals(zh) ? zh : BOTH + zh + ENGLISH_PART + english;
    }

    /** An argument as a reader of this language ("en", "zh") reads it. */
    public static String argumentIn(String argument, String language) {
        if (argument == null || argument.isEmpty() || argument.charAt(0) != BOTH) {
            return argument;
        }
        int split = argument.indexOf(ENGLISH_PART);
        if (split < 0) {
            return argument.substring(1);
        }
        return "en".equals(language) ? argument.substring(split + 1) : argument.substring(1, split);
    }

    public List<String> getArguments() {
        return arguments == null || arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
