package org.shoumi.portal.web.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.bank.entity.BankQuestion;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * What a review page opened before a colleague's change is told (found by an outside check: 停用 on a page opened
 * before a revision read "已于 … 停用，无需再次停用" while the revision stayed in use and was drawn).
 */
class ReviewConflictTest {

    private static final Instant AT = Instant.parse("2026-12-07T02:42:00Z");

    private static BankQuestion first() {
        return new BankQuestion("code-019", QuestionType.JUDGE, "涉密计算机可以连接互联网。", List.of(), "FALSE", "解析",
                "保密法规", null, 2, null, "test").created("officer", AT, null);
    }

    private static BankQuestion revise(BankQuestion q) {
        return q.revise(q.getStem(), List.of(), "FALSE", "新解析", 2, null, null, "并发修订解析", "officer2", AT);
    }

    @Test
    void aVersionARevisionReplacedIsReplacedNotRetired() {
        BankQuestion v1 = first();
        BankQuestion v2 = revise(v1);
        QuestionReviewView.Conflict conflict = QuestionReviewView.conflict(v1, v2);
        assertEquals(v2, conflict.replacedBy(), "the version in use is named");
        assertEquals(v1, conflict.page());

        // replaced twice: the version in use now is named
        BankQuestion v3 = revise(v2);
        assertEquals(v3, QuestionReviewView.conflict(v1, v3).replacedBy());
    }

    @Test
    void aRetiredVersionOrARetiredRevisionIsRetired() {
        BankQuestion alone = first();
        alone.retire("过时", "officer2", AT);
        QuestionReviewView.Conflict retired = QuestionReviewView.conflict(alone, alone);
        assertNull(retired.replacedBy());
        assertEquals(alone, retired.newest());

        BankQuestion v1 = first();
        BankQuestion v2 = revise(v1);
        v2.retire("过时", "officer2", AT);
        QuestionReviewView.Conflict lineageRetired = QuestionReviewView.conflict(v1, v2);
        assertNull(lineageRetired.replacedBy(), "nothing in use to name");
        assertEquals(v2, lineageRetired.newest(), "the retirement said is the newest version's");
    }
}
