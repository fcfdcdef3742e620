package org.shoumi.portal.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shoumi.content.documents.entity.DocumentKind;
import org.shoumi.content.documents.entity.DocumentVersion;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.training.control.ReadingPolicy.Reason;
import org.shoumi.portal.training.control.ReadingPolicy.ReadingTask;

class ReadingPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static DocumentVersion v(String key, DocumentKind kind, String post, int version, String effective,
                                     boolean material) {
        return new DocumentVersion(key, version, kind, "title " + key, post, null, LocalDate.parse(effective),
                material, "body " + version, null, Instant.EPOCH, "test");
    }

    private final Map<String, List<DocumentVersion>> docs = new LinkedHashMap<>();

    {
        docs.put("duties.driver", List.of(v("duties.driver", DocumentKind.DUTY, "DRIVER", 1, "2026-01-01", true)));
        docs.put("rules.code", List.of(v("rules.code", DocumentKind.RULE, null, 1, "2026-01-01", true),
                v("rules.code", DocumentKind.RULE, null, 2, "2026-05-01", true)));
        docs.put("rules.mobile", List.of(v("rules.mobile", DocumentKind.RULE, null, 1, "2026-01-01", true),
                v("rules.mobile", DocumentKind.RULE, null, 2, "2026-05-01", false)));
        docs.put("duties.secretary", List.of(v("duties.secretary", DocumentKind.DUTY, "SECRETARY", 1, "2026-01-01", true)));
        docs.put("rules.future", List.of(v("rules.future", DocumentKind.RULE, null, 1, "2026-09-01", true)));
    }

    @Test
    void rulesConcernEveryoneStillInTheUnitDutiesOnlyThePostsHolders() {
        assertTrue(ReadingPolicy.concerns(DocumentKind.RULE, null, "DRIVER", EmployeeStatus.LEFT_POST));
        assertFalse(ReadingPolicy.concerns(DocumentKind.RULE, null, "DRIVER", EmployeeStatus.LEFT_UNIT));
        assertTrue(ReadingPolicy.concerns(DocumentKind.DUTY, "DRIVER", "DRIVER", EmployeeStatus.ONBOARDING));
        assertFalse(ReadingPolicy.concerns(DocumentKind.DUTY, "DRIVER", "SECRETARY", EmployeeStatus.ACTIVE));
        assertFalse(ReadingPolicy.concerns(DocumentKind.DUTY, "DRIVER", "DRIVER", EmployeeStatus.LEFT_POST));
        assertFalse(ReadingPolicy.concerns(DocumentKind.PLEDGE, null, "DRIVER", EmployeeStatus.ACTIVE));
    }

    @Test
    void aNewcomerMustReadEveryRuleInForceAndTheirOwnDutiesRulesFirstInTeachingOrder() {
        List<ReadingTask> tasks = ReadingPolicy.openTasks(docs, Map.of(), "DRIVER", EmployeeStatus.ONBOARDING, TODAY);
        assertEquals(List.of("rules.code", "rules.mobile", "duties.driver"), tasks.stream().map(ReadingTask::key).toList());
        tasks.forEach(t -> assertEquals(Reason.NEW, t.reason()));
        assertEquals(2, tasks.get(0).version(), "the version in force is the one to read");
    }

    @Test
    void aMaterialChangeReopensAcknowledgementATypoFixDoesNot() {
        List<ReadingTask> tasks = ReadingPolicy.openTasks(docs,
                Map.of("rules.code", 1, "rules.mobile", 1, "duties.driver", 1), "DRIVER", EmployeeStatus.ACTIVE, TODAY);
        assertEquals(1, tasks.size());
        assertEquals("rules.code", tasks.get(0).key());
        assertEquals(Reason.CHANGED, tasks.get(0).reason());
    }

    @Test
    void nothingIsOwedOnceTheRequiredVersionsAreAcknowledged() {
        assertEquals(List.of(), ReadingPolicy.openTasks(docs,
                Map.of("rules.code", 2, "rules.mobile", 1, "duties.driver", 1), "DRIVER", EmployeeStatus.ACTIVE, TODAY));
        assertEquals(List.of(), ReadingPolicy.openTasks(docs, Map.of(), "DRIVER", EmployeeStatus.LEFT_UNIT, TODAY));
    }

    @Test
    void readingTimeBelowTheMinimumDoesNotCount() {
        Instant opened = Instant.parse("2026-06-01T08:00:00Z");
        assertFalse(ReadingPolicy.readLongEnough(opened, opened.plusSeconds(29), 30));
        assertTrue(ReadingPolicy.readLongEnough(opened, opened.plusSeconds(30), 30));
        assertFalse(ReadingPolicy.readLongEnough(null, opened, 30));
        assertFalse(ReadingPolicy.readLongEnough(opened, opened.minusSeconds(60), 0), "a clock going backwards is refused");
    }
}
