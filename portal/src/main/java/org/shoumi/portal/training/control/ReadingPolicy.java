package org.shoumi.portal.training.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.shoumi.content.documents.control.DocumentTimeline;
import org.shoumi.content.documents.entity.DocumentKind;
import org.shoumi.content.documents.entity.DocumentVersion;
import org.shoumi.portal.employees.entity.EmployeeStatus;

/**
 * Who must read what, and whether a reading counts. Rules concern everyone still in the unit; a post's duties
 * concern the people in (or about to take) that post. A person owes an acknowledgement when their newest one
 * is older than the newest material version in force.
 */
public final class ReadingPolicy {

    /** Why a document is on someone's list. */
    public enum Reason { NEW, CHANGED }

    /** A document someone has to (re-)read, at the version in force. */
    public record ReadingTask(String key, DocumentKind kind, String title, int version, Reason reason) {
    }

    private ReadingPolicy() {
    }

    public static boolean concerns(DocumentKind kind, String documentPost, String personPost, EmployeeStatus status) {
        return switch (kind) {
            case RULE -> status != EmployeeStatus.LEFT_UNIT;
            case DUTY -> documentPost != null && documentPost.equals(personPost)
                    && (status == EmployeeStatus.ACTIVE || status == EmployeeStatus.ONBOARDING);
            default -> false;
        };
    }

    /** Whether the page was open long enough for the acknowledgement to count. */
    public static boolean readLongEnough(Instant openedAt, Instant now, long minimumSeconds) {
        return openedAt != null && !now.isBefore(openedAt)
                && Duration.between(openedAt, now).getSeconds() >= minimumSeconds;
    }

    /**
     * The reading tasks of one person.
     *
     * @param documents     every rule and duty document, each with all its versions, in teaching order
     * @param acknowledged  the newest acknowledged version per document key
     */
    public static List<ReadingTask> openTasks(Map<String, List<DocumentVersion>> documents,
                                              Map<String, Integer> acknowledged, String personPost,
                                              EmployeeStatus status, LocalDate today) {
        List<ReadingTask> tasks = new ArrayList<>();
        documents.forEach((key, versions) -> {
            DocumentVersion current = DocumentTimeline.current(versions, today).orElse(null);
            if (current == null || !concerns(current.getKind(), current.getPostCode(), personPost, status)) {
                return;
            }
            int required = DocumentTimeline.requiredVersion(versions, today);
            int mine = acknowledged.getOrDefault(key, 0);
            if (mine < required) {
                tasks.add(new ReadingTask(key, current.getKind(), current.getTitle(), current.getVersion(),
                        mine == 0 ? Reason.NEW : Reason.CHANGED));
            }
        });
        // rules before duties; otherwise the order the documents come in (the order they were first published)
        tasks.sort(Comparator.comparing((ReadingTask t) -> t.kind() == DocumentKind.DUTY));
        return tasks;
    }
}
