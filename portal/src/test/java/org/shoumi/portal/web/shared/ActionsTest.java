package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.shared.Refused;

class ActionsTest {

    enum Reason { FIRST, SECOND }

    static final class RefusedForTest extends RuntimeException implements Refused {
        private static final long serialVersionUID = 1L;
        private final List<Reason> reasons;

        RefusedForTest(Reason... reasons) {
            this.reasons = List.of(reasons);
        }

        @Override
        public Reason reason() {
            return reasons.get(0);
        }

        @Override
        public List<Reason> reasons() {
            return reasons;
        }
    }

    /** Records the keys instead of adding Faces messages. */
    static final class Recorded extends Messages {
        final List<String> said = new ArrayList<>();

        @Override
        public void info(String key, Object... args) {
            said.add("info " + key);
        }

        @Override
        public void error(String key, Object... args) {
            said.add("error " + key);
        }
    }

    private final Recorded messages = new Recorded();
    private final Actions actions = actions(messages);

    private static Actions actions(Messages messages) {
        Actions actions = new Actions();
        actions.messages = messages;
        return actions;
    }

    @Test
    void doneSaysSoAndRedirects() {
        assertEquals("/travel/manage?faces-redirect=true",
                actions.run(() -> { }, "travel.manage.approved", "/travel/manage", "travel.refused."));
        assertEquals(List.of("info travel.manage.approved"), messages.said);
    }

    @Test
    void theQueryOfThePageFollowsTheRedirectFlag() {
        assertEquals("/matters/manage?faces-redirect=true&id=5",
                actions.run(() -> { }, "matters.decided", "/matters/manage?id=5", "matters.refused."));
    }

    @Test
    void refusedSaysEveryReasonAndStays() {
        assertNull(actions.run(() -> {
            throw new RefusedForTest(Reason.FIRST, Reason.SECOND);
        }, "x.done", "/x", "x.refused."));
        assertEquals(List.of("error x.refused.FIRST", "error x.refused.SECOND"), messages.said);
    }

    @Test
    void anyOtherFailurePassesUnchanged() {
        IllegalStateException failure = new IllegalStateException("broken");
        assertSame(failure, assertThrows(IllegalStateException.class, () -> actions.attempt(() -> {
            throw failure;
        }, "x.refused.")));
        assertEquals(List.of(), messages.said);
    }

    @Test
    void anAttemptReturnsItsOwnOutcome() {
        assertEquals("/x?faces-redirect=true&id=1", actions.attempt(() -> "/x?faces-redirect=true&id=1", "x.refused."));
    }
}
